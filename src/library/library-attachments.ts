import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { formatLanguage } from '../common/i18n/intl-format';
import { coversAudience, type VisibilityScope } from '../common/visibility/visibility-level';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { LibraryResource } from './library-resource.entity';
import { sizeOf } from './library-views.service';

/** At most this many resources hang under one post (a reading list belongs in the library). */
export const MAX_ATTACHMENTS = 10;

/** Why a reference in an attachment field was refused. */
export type AttachmentRefusal =
  /** No published resource with this number that the author may see. */
  | { readonly reason: 'not-found'; readonly reference: string }
  /** Published, but fewer people may see it than the post's readers: they would see a hole. */
  | { readonly reason: 'narrower'; readonly reference: string; readonly title: string }
  | { readonly reason: 'too-many'; readonly max: number };

export interface CheckedAttachments {
  readonly resourceIds: readonly number[];
  readonly refused: readonly AttachmentRefusal[];
}

/** An attachment as a post shows it: what it is and how big, at a glance. */
export interface AttachmentView {
  readonly id: number;
  readonly title: string;
  readonly href: string;
  readonly typeLabel: string;
  readonly size: { key: string; params: { size: number } } | null;
  readonly language: string;
}

/**
 * Reads resource numbers from what a member typed or pasted: library addresses
 * (`https://portal/library/12`, `/library/12/download`) or bare numbers, separated by commas,
 * spaces or lines. Anything else is returned as it was, to be named in the error.
 */
export function parseAttachmentReferences(text: string | undefined): {
  ids: number[];
  unreadable: string[];
} {
  const ids: number[] = [];
  const unreadable: string[] = [];
  for (const part of (text ?? '').split(/[\s,;]+/)) {
    if (!part) continue;
    const match = /^(?:(?:https?:\/\/[^/]+)?\/library\/)?(\d{1,9})(?:[/?#].*)?$/.exec(part);
    const id = match ? Number(match[1]) : 0;
    if (id >= 1) {
      if (!ids.includes(id)) ids.push(id);
    } else unreadable.push(part);
  }
  return { ids, unreadable };
}

/**
 * The library's side of attachments elsewhere (forum posts): which resources a member may
 * attach for a given audience, and what a reader sees of them. Only published resources that
 * everyone in the audience may see are accepted, so no reader meets a link to a 404; readers
 * are still filtered by the policy when the post is shown, because a resource's visibility can
 * narrow later.
 */
@Injectable()
export class LibraryAttachments {
  constructor(
    @InjectRepository(LibraryResource) private readonly resources: Repository<LibraryResource>,
    private readonly policy: VisibilityPolicy,
  ) {}

  async check(
    actor: Actor,
    text: string | undefined,
    audience: VisibilityScope,
  ): Promise<CheckedAttachments> {
    const { ids, unreadable } = parseAttachmentReferences(text);
    const refused: AttachmentRefusal[] = unreadable.map((reference) => ({
      reason: 'not-found' as const,
      reference,
    }));
    if (ids.length > MAX_ATTACHMENTS)
      return { resourceIds: [], refused: [{ reason: 'too-many', max: MAX_ATTACHMENTS }] };
    const user = userOf(actor);
    const found = new Map((await this.visibleRows(user, ids)).map((row) => [row.id, row] as const));
    const accepted: number[] = [];
    for (const id of ids) {
      const row = found.get(id);
      if (!row) refused.push({ reason: 'not-found', reference: String(id) });
      else if (!coversAudience(row.visibility, audience))
        refused.push({ reason: 'narrower', reference: String(id), title: row.title });
      else accepted.push(id);
    }
    return { resourceIds: accepted, refused };
  }

  /** The resources a reader may see among `ids`, in the order given. */
  async forReader(
    user: AuthenticatedUser,
    ids: readonly number[],
    locale: string,
  ): Promise<Map<number, AttachmentView>> {
    const views = new Map<number, AttachmentView>();
    for (const row of await this.visibleRows(user, ids)) views.set(row.id, this.view(row, locale));
    return views;
  }

  /**
   * Titles and addresses of published resources, in the order given, for an audience that was
   * checked when they were attached (a live post pushed to its thread's room).
   */
  async announced(ids: readonly number[]): Promise<{ title: string; href: string }[]> {
    if (ids.length === 0) return [];
    const rows = await this.resources.find({
      where: { id: In([...ids]), status: 'published' },
      select: { id: true, title: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row.title]));
    return ids.flatMap((id) =>
      byId.has(id) ? [{ title: byId.get(id)!, href: `/library/${id}` }] : [],
    );
  }

  /** Published resources matching a title, that cover the audience: the composer's picker. */
  async attachable(
    actor: Actor,
    query: string,
    audience: VisibilityScope,
  ): Promise<AttachmentView[]> {
    const text = query.trim().toLowerCase().slice(0, 80);
    const qb = this.resources
      .createQueryBuilder('resource')
      .where(
        this.policy.condition(
          userOf(actor),
          VisibilityPolicy.embeddedColumns('resource'),
          'resource',
        ),
      )
      .andWhere('resource.status = :published', { published: 'published' })
      .orderBy('resource.createdAt', 'DESC')
      .addOrderBy('resource.id', 'DESC')
      .take(40);
    if (text)
      qb.andWhere("LOWER(resource.title) LIKE :title ESCAPE '!'", {
        title: `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`,
      });
    const rows = await qb.getMany();
    return rows
      .filter((row) => coversAudience(row.visibility, audience))
      .slice(0, 10)
      .map((row) => this.view(row, actor.locale));
  }

  private async visibleRows(user: AuthenticatedUser, ids: readonly number[]) {
    if (ids.length === 0) return [];
    return this.resources
      .createQueryBuilder('resource')
      .where({ id: In([...ids]) })
      .andWhere(
        this.policy.condition(user, VisibilityPolicy.embeddedColumns('resource'), 'resource'),
      )
      .andWhere('resource.status = :published', { published: 'published' })
      .getMany();
  }

  private view(row: LibraryResource, locale: string): AttachmentView {
    return {
      id: row.id,
      title: row.title,
      href: `/library/${row.id}`,
      typeLabel: `library.type.${row.kind === 'link' ? 'link' : row.fileType}`,
      size: sizeOf(row.fileSize),
      language: formatLanguage(row.language, locale) ?? row.language,
    };
  }
}

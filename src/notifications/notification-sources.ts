import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import type { NotificationSource, NotificationSubject } from './notification-source';

const NOTHING: ReadonlyMap<string, NotificationSubject> = new Map();

/** The registered sources, one per subject kind. */
@Injectable()
export class NotificationSources {
  private readonly sources = new Map<string, NotificationSource>();

  /** Registers the source of a subject kind (once per kind: a second one is a programming error). */
  register(source: NotificationSource): void {
    if (!/^[a-z][a-z0-9-]{0,31}$/.test(source.kind)) {
      throw new Error(`notification source kind "${source.kind}": a-z, 0-9, -; at most 32`);
    }
    if (this.sources.has(source.kind)) {
      throw new Error(`a notification source for "${source.kind}" is registered already`);
    }
    this.sources.set(source.kind, source);
  }

  has(kind: string): boolean {
    return this.sources.has(kind);
  }

  /** What `user` may see of these subjects of one kind now; an unknown kind shows nothing. */
  describe(
    user: AuthenticatedUser,
    kind: string,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const source = this.sources.get(kind);
    if (!source || ids.length === 0) return Promise.resolve(NOTHING);
    return source.describe(user, [...new Set(ids)]);
  }

  /** The same for subjects of several kinds, keyed `kind:id`. */
  async describeAll(
    user: AuthenticatedUser,
    refs: readonly { subjectKind: string; subjectId: string }[],
  ): Promise<Map<string, NotificationSubject>> {
    const byKind = new Map<string, string[]>();
    for (const ref of refs) {
      const ids = byKind.get(ref.subjectKind) ?? [];
      ids.push(ref.subjectId);
      byKind.set(ref.subjectKind, ids);
    }
    const found = new Map<string, NotificationSubject>();
    await Promise.all(
      [...byKind].map(async ([kind, ids]) => {
        for (const [id, subject] of await this.describe(user, kind, ids)) {
          found.set(`${kind}:${id}`, subject);
        }
      }),
    );
    return found;
  }
}

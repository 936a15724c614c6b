import { Injectable, Logger } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** A number on a navigation entry: its catalogue label, and the live room that keeps it current. */
export interface NavigationCount {
  count: number;
  label: string;
  room?: string;
}

/** What a module adds to a signed-in member's pages. */
export interface PageAddition {
  /** Locals the layout reads (`liveUpdates`, `unreadNotifications`…). */
  locals?: Record<string, unknown>;
  /** Numbers on navigation entries, by area id (`navigationCounts[id]` in the layout). */
  navigationCounts?: Record<string, NavigationCount>;
}

/**
 * One module's contribution to every page of the layout for a member (a header badge, a count
 * on its navigation entry). `forMember` answers at once when it can (a count kept in memory)
 * and with a promise only when it must read: a page pays for a read only after a change.
 */
export interface PageAdditionSource {
  /** Unique: names the source in the log when it fails. */
  readonly id: string;
  forMember(user: AuthenticatedUser): PageAddition | undefined | Promise<PageAddition | undefined>;
}

/** The locals every source added to one page. */
export type AddedLocals = Record<string, unknown>;

/**
 * The registry of page additions: modules register their source when they start, and the page
 * shell asks them all when a page with the layout is rendered (a redirect, a file, a JSON
 * answer or a fragment without the layout pays nothing). One step for every module, instead of
 * a middleware and a render wrapper each.
 */
@Injectable()
export class PageAdditions {
  private readonly logger = new Logger('PageAdditions');
  private readonly sources: PageAdditionSource[] = [];

  register(source: PageAdditionSource): void {
    if (this.sources.some((known) => known.id === source.id)) {
      throw new Error(`page addition ${source.id} is registered twice`);
    }
    this.sources.push(source);
  }

  /**
   * What this member's page gets from every source: the locals themselves when every source
   * answered at once, else a promise of them. A source that fails is logged and left out: the
   * page renders without its badge.
   */
  forMember(user: AuthenticatedUser): AddedLocals | Promise<AddedLocals> {
    const answers = this.sources.map((source) => this.ask(source, user));
    if (!answers.some((answer) => answer instanceof Promise)) {
      return merge(answers as (PageAddition | undefined)[]);
    }
    return Promise.all(answers.map((answer) => Promise.resolve(answer))).then(merge);
  }

  private ask(
    source: PageAdditionSource,
    user: AuthenticatedUser,
  ): PageAddition | undefined | Promise<PageAddition | undefined> {
    const failed = (error: unknown) => {
      this.logger.warn({ err: error, source: source.id }, 'page addition failed');
      return undefined;
    };
    try {
      const answer = source.forMember(user);
      return answer instanceof Promise ? answer.catch(failed) : answer;
    } catch (error) {
      return failed(error);
    }
  }
}

function merge(additions: (PageAddition | undefined)[]): AddedLocals {
  const locals: AddedLocals = {};
  let counts: Record<string, NavigationCount> | undefined;
  for (const addition of additions) {
    if (!addition) continue;
    Object.assign(locals, addition.locals);
    if (addition.navigationCounts) counts = { ...counts, ...addition.navigationCounts };
  }
  if (counts) locals.navigationCounts = counts;
  return locals;
}

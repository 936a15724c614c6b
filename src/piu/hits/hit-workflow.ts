import type { HitStatus } from '../pipeline/screening-hit.entity';
import type { HitEventKind } from './screening-hit-event.entity';

/**
 * The review of a hit, as rules without a framework: which step applies from which status, who
 * may take it, and where it leads.
 *
 *   new ──take──▶ in-review ──clear──▶ cleared
 *    ▲              │   ▲
 *    └──release─────┘   └──send back──┐
 *                   │                 │
 *                   └──propose──▶ proposed ──confirm (another analyst)──▶ confirmed ──escalate──▶ escalated
 *
 * Confirming takes two people (four eyes): the analyst who proposed may not approve. The
 * second analyst may instead send the hit back to the proposer's review.
 */
export const HIT_ACTIONS = [
  'take',
  'release',
  'clear',
  'propose',
  'confirm',
  'send-back',
  'escalate',
] as const;
export type HitAction = (typeof HIT_ACTIONS)[number];

/** The reasons an analyst may give for clearing a hit as a false match. */
export const CLEAR_REASONS = [
  'date-of-birth-differs',
  'nationality-differs',
  'document-differs',
  'gender-differs',
  'common-name',
  'identity-verified',
  'entry-outdated',
  'other',
] as const;
export type ClearReason = (typeof CLEAR_REASONS)[number];

/** Reasons that say nothing by themselves: a note must go with them. */
export const REASONS_NEEDING_NOTE: ReadonlySet<ClearReason> = new Set(['other']);

/** What the rules look at: the hit as it stands. */
export interface HitPosition {
  status: HitStatus;
  assigneeId: number | null;
  /** Who proposed to confirm it (the analyst of the last proposal), while it is proposed. */
  proposerId: number | null;
}

/** Who acts. */
export interface HitActor {
  userId: number;
  /** A supervisor of the PIU may release a hit another analyst holds. */
  supervisor: boolean;
}

/** Why a step does not apply. */
export type HitRefusal =
  /** Someone else holds the hit (in review): the message names them. */
  | 'held-by-other'
  /** The analyst proposed it and may not approve it too. */
  | 'own-proposal'
  /** The hit is no longer (or not yet) in the status the step starts from. */
  | 'wrong-status';

export type HitDecision =
  | { ok: true; to: HitStatus; assigneeId: number | null; event: HitEventKind }
  | { ok: false; refusal: HitRefusal };

const FROM: Record<HitAction, HitStatus> = {
  take: 'new',
  release: 'in-review',
  clear: 'in-review',
  propose: 'in-review',
  confirm: 'proposed',
  'send-back': 'proposed',
  escalate: 'confirmed',
};

const EVENT: Record<HitAction, HitEventKind> = {
  take: 'taken',
  release: 'released',
  clear: 'cleared',
  propose: 'proposed',
  confirm: 'confirmed',
  'send-back': 'sent-back',
  escalate: 'escalated',
};

const refuse = (refusal: HitRefusal): HitDecision => ({ ok: false, refusal });

/** Where `action` by `actor` takes a hit in `position`, or why it may not. */
export function decide(action: HitAction, position: HitPosition, actor: HitActor): HitDecision {
  const { status, assigneeId } = position;
  const heldByOther = assigneeId !== null && assigneeId !== actor.userId;
  if (status !== FROM[action]) {
    // Taking a hit someone took meanwhile: the message says who has it.
    if (action === 'take' && status === 'in-review' && heldByOther) return refuse('held-by-other');
    return refuse('wrong-status');
  }
  const event = EVENT[action];
  switch (action) {
    case 'take':
      return { ok: true, to: 'in-review', assigneeId: actor.userId, event };
    case 'release':
      if (heldByOther && !actor.supervisor) return refuse('held-by-other');
      return { ok: true, to: 'new', assigneeId: null, event };
    case 'clear':
      if (heldByOther) return refuse('held-by-other');
      return { ok: true, to: 'cleared', assigneeId, event };
    case 'propose':
      if (heldByOther) return refuse('held-by-other');
      return { ok: true, to: 'proposed', assigneeId: actor.userId, event };
    case 'confirm':
      if (isProposer(position, actor)) return refuse('own-proposal');
      return { ok: true, to: 'confirmed', assigneeId, event };
    case 'send-back':
      if (isProposer(position, actor)) return refuse('own-proposal');
      // Back in the hands of the analyst who proposed it.
      return { ok: true, to: 'in-review', assigneeId: position.proposerId ?? assigneeId, event };
    case 'escalate':
      return { ok: true, to: 'escalated', assigneeId, event };
  }
}

function isProposer(position: HitPosition, actor: HitActor): boolean {
  return position.proposerId === actor.userId || position.assigneeId === actor.userId;
}

/** The steps `actor` may take on a hit in `position`: what the hit page offers. */
export function availableActions(position: HitPosition, actor: HitActor): HitAction[] {
  return HIT_ACTIONS.filter((action) => decide(action, position, actor).ok);
}

/**
 * The words of the Pool of Experts, as codes. Labels are catalogue keys (`experts.<list>.<code>`),
 * so a page never shows a code to a reader.
 */
export const BACKGROUNDS = ['policy', 'legal', 'detection', 'technical'] as const;
export type Background = (typeof BACKGROUNDS)[number];

/** The four pillars and the maritime component (src/organisations/pillars.ts has their names). */
export const EXPERT_PILLARS = [
  'legislative',
  'piu',
  'carrier-engagement',
  'technology',
  'maritime',
] as const;
export type ExpertPillar = (typeof EXPERT_PILLARS)[number];

/** UN M49 regions (src/member-states/data/un-member-states.ts): a State's region is one of them. */
export const EXPERIENCE_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type ExperienceRegion = (typeof EXPERIENCE_REGIONS)[number];

export const EXPERT_STATUSES = ['pending', 'active', 'inactive'] as const;
export type ExpertStatus = (typeof EXPERT_STATUSES)[number];

export const REQUEST_FORMATS = ['remote', 'in-person'] as const;
export type RequestFormat = (typeof REQUEST_FORMATS)[number];

export const REQUEST_STATUSES = ['open', 'engaged', 'closed', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * proposed (by staff) → accepted (by the expert) → active (confirmed by the State) → closed;
 * declined by the expert, or cancelled by staff before it closes.
 */
export const ENGAGEMENT_STATUSES = [
  'proposed',
  'accepted',
  'active',
  'closed',
  'declined',
  'cancelled',
] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/** Engagements that hold the expert's dates: a second one overlapping them is refused. */
export const HOLDING_STATUSES: readonly EngagementStatus[] = ['proposed', 'accepted', 'active'];

/** Engagements that are over, one way or another: the expert's "past" list. */
export const ENDED_STATUSES: readonly EngagementStatus[] = ['closed', 'declined', 'cancelled'];

/**
 * Which backgrounds fit each pillar best: a legislative request wants lawyers first, a
 * technology one engineers. Used by the matching, and shown as its reason.
 */
export const PILLAR_BACKGROUNDS: Record<ExpertPillar, readonly Background[]> = {
  legislative: ['legal', 'policy'],
  piu: ['detection', 'policy'],
  'carrier-engagement': ['technical', 'policy'],
  technology: ['technical'],
  maritime: ['detection', 'technical'],
};

/** A comma-separated column back to its codes (empty text: none). */
export function codesOf(stored: string | null | undefined): string[] {
  return (stored ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}

/** Codes to the stored column: known codes only, in the list's order, each once. */
export function storedCodes(codes: readonly string[], known: readonly string[]): string {
  return known.filter((code) => codes.includes(code)).join(',');
}

import {
  BACKGROUNDS,
  EXPERIENCE_REGIONS,
  EXPERT_PILLARS,
  PILLAR_BACKGROUNDS,
  type ExpertPillar,
  type ExpertStatus,
} from '../expert-vocabulary';
import { overlaps } from './plain-date';

/**
 * Ranking the pool for one assistance request: plain TypeScript, no Nest, no database. The
 * service loads the pool once per request into `PoolExpert`s (bit masks and day numbers), so
 * matching 5,000 experts is a loop over small objects (see bench/experts.bench.ts).
 */

/** A day range, both ends included, as day numbers (plain-date.ts). */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

export interface PoolExpert {
  readonly id: number;
  readonly name: string;
  readonly status: ExpertStatus;
  readonly consent: boolean;
  /** Bits over BACKGROUNDS, EXPERT_PILLARS, EXPERIENCE_REGIONS. */
  readonly backgrounds: number;
  readonly pillars: number;
  readonly regions: number;
  readonly languages: readonly string[];
  /** Declared availability windows; none declared means "ask". */
  readonly available: readonly DayRange[];
  readonly unavailable: readonly DayRange[];
  /** Dates of engagements that hold the expert (proposed, accepted, active). */
  readonly engaged: readonly DayRange[];
  /** Mean of the States' four competency ratings over past engagements, or null. */
  readonly feedback: number | null;
  /** Engagements running or agreed now (accepted, active). */
  readonly load: number;
}

export interface MatchRequest {
  readonly pillar: string;
  readonly language: string;
  /** The requesting State's UN region, or null. */
  readonly region: string | null;
  readonly from: number;
  readonly to: number;
}

/** One reason of a rank: a catalogue key (`experts.reason.<code>`) and the points it gave. */
export interface MatchReason {
  readonly code: string;
  readonly points: number;
  readonly params?: Record<string, string | number>;
}

export interface RankedExpert {
  readonly expert: PoolExpert;
  readonly score: number;
  readonly reasons: MatchReason[];
}

export const ABSENCE_CODES = [
  'pending',
  'inactive',
  'noConsent',
  'noLanguage',
  'otherPillar',
  'unavailable',
  'engaged',
] as const;
export type AbsenceCode = (typeof ABSENCE_CODES)[number];

export interface AbsentExpert {
  readonly expert: PoolExpert;
  /** Every reason that keeps them out, most basic first. */
  readonly reasons: AbsenceCode[];
}

export interface MatchResult {
  readonly ranked: RankedExpert[];
  readonly absent: AbsentExpert[];
}

/** The weights of the reasons, in points (a perfect match scores 100). */
export const WEIGHTS = {
  pillar: 35,
  background: 15,
  language: 15,
  region: 10,
  availability: 10,
  feedback: 10,
  load: 5,
} as const;

export function maskOf(codes: readonly string[], known: readonly string[]): number {
  let mask = 0;
  for (const code of codes) {
    const index = known.indexOf(code);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

export const backgroundMask = (codes: readonly string[]) => maskOf(codes, BACKGROUNDS);
export const pillarMask = (codes: readonly string[]) => maskOf(codes, EXPERT_PILLARS);
export const regionMask = (codes: readonly string[]) => maskOf(codes, EXPERIENCE_REGIONS);

/** Ties are broken by name; a collator made once compares far faster than localeCompare. */
const byName = new Intl.Collator('en');

function anyOverlap(ranges: readonly DayRange[], from: number, to: number): boolean {
  for (const range of ranges) if (overlaps(range.from, range.to, from, to)) return true;
  return false;
}

function covered(ranges: readonly DayRange[], from: number, to: number): boolean {
  for (const range of ranges) if (range.from <= from && range.to >= to) return true;
  return false;
}

/**
 * The ranked list (best first, ties by name) and who is absent and why. An expert is absent
 * when not vetted (pending, inactive), without consent, without the request's language, on
 * another pillar altogether, declared unavailable during the window, or already engaged then.
 */
export function matchExperts(request: MatchRequest, pool: readonly PoolExpert[]): MatchResult {
  const pillarIndex = EXPERT_PILLARS.indexOf(request.pillar as ExpertPillar);
  const pillarBit = pillarIndex < 0 ? 0 : 1 << pillarIndex;
  const fitting = backgroundMask(PILLAR_BACKGROUNDS[request.pillar as ExpertPillar] ?? []);
  const regionIndex =
    request.region === null ? -1 : EXPERIENCE_REGIONS.indexOf(request.region as never);
  const regionBit = regionIndex < 0 ? 0 : 1 << regionIndex;
  const ranked: RankedExpert[] = [];
  const absent: AbsentExpert[] = [];
  for (const expert of pool) {
    const out: AbsenceCode[] = [];
    if (expert.status !== 'active') out.push(expert.status === 'pending' ? 'pending' : 'inactive');
    if (!expert.consent) out.push('noConsent');
    if (!expert.languages.includes(request.language)) out.push('noLanguage');
    const pillarFit = (expert.pillars & pillarBit) !== 0;
    const backgroundFit = (expert.backgrounds & fitting) !== 0;
    if (!pillarFit && !backgroundFit) out.push('otherPillar');
    if (anyOverlap(expert.unavailable, request.from, request.to)) out.push('unavailable');
    if (anyOverlap(expert.engaged, request.from, request.to)) out.push('engaged');
    if (out.length > 0) {
      absent.push({ expert, reasons: out });
      continue;
    }
    ranked.push(rank(expert, request, pillarFit, backgroundFit, regionBit));
  }
  ranked.sort((a, b) => b.score - a.score || byName.compare(a.expert.name, b.expert.name));
  return { ranked, absent };
}

function rank(
  expert: PoolExpert,
  request: MatchRequest,
  pillarFit: boolean,
  backgroundFit: boolean,
  regionBit: number,
): RankedExpert {
  const reasons: MatchReason[] = [];
  reasons.push(
    pillarFit
      ? { code: 'pillar', points: WEIGHTS.pillar }
      : { code: 'pillarBackgroundOnly', points: 0 },
  );
  reasons.push(
    backgroundFit
      ? { code: 'background', points: WEIGHTS.background }
      : { code: 'backgroundOther', points: 0 },
  );
  reasons.push({ code: 'language', points: WEIGHTS.language });
  reasons.push(
    regionBit !== 0 && (expert.regions & regionBit) !== 0
      ? { code: 'region', points: WEIGHTS.region }
      : { code: 'regionNone', points: 0 },
  );
  if (expert.available.length === 0) {
    reasons.push({ code: 'availabilityUndeclared', points: WEIGHTS.availability / 2 });
  } else if (covered(expert.available, request.from, request.to)) {
    reasons.push({ code: 'availabilityCovered', points: WEIGHTS.availability });
  } else if (anyOverlap(expert.available, request.from, request.to)) {
    reasons.push({ code: 'availabilityPartial', points: WEIGHTS.availability / 2 });
  } else {
    reasons.push({ code: 'availabilityOutside', points: 0 });
  }
  if (expert.feedback === null) {
    reasons.push({ code: 'feedbackNone', points: WEIGHTS.feedback / 2 });
  } else {
    const points = Math.round(((expert.feedback - 1) / 4) * WEIGHTS.feedback * 10) / 10;
    reasons.push({
      code: 'feedback',
      points,
      params: { rating: Math.round(expert.feedback * 10) / 10 },
    });
  }
  const loadPoints = Math.max(0, WEIGHTS.load - expert.load * 2.5);
  reasons.push({ code: 'load', points: loadPoints, params: { count: expert.load } });
  const score = Math.round(reasons.reduce((sum, reason) => sum + reason.points, 0) * 10) / 10;
  return { expert, score, reasons };
}

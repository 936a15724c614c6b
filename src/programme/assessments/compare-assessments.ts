/** One indicator's answer as the comparison reads it. */
export interface ComparedAnswer {
  indicatorId: number;
  code: string;
  pillar: string;
  text: string;
  position: number;
  level: number | null;
  evidence: string | null;
  findings: string | null;
  recommendations: string | null;
}

const TEXTS = ['evidence', 'findings', 'recommendations'] as const;
type TextField = (typeof TEXTS)[number];

/** One row of the comparison: the level before and after, and the texts that changed. */
export interface ComparisonRow {
  indicatorId: number;
  code: string;
  pillar: string;
  text: string;
  before: number | null;
  after: number | null;
  /** after − before when both are answered; null otherwise. */
  delta: number | null;
  /** `up`, `down`, `same`, `new` (not asked before), `dropped` (not asked now), `unanswered`. */
  trend: 'up' | 'down' | 'same' | 'new' | 'dropped' | 'unanswered';
  changed: { field: TextField; before: string; after: string }[];
}

const normalised = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A later assessment against the previous finalised one, indicator by indicator, in
 * questionnaire order: every indicator either asked (the set may have changed between the
 * two). Texts count as changed when they differ beyond white space.
 */
export function compareAssessments(
  previous: readonly ComparedAnswer[],
  current: readonly ComparedAnswer[],
  pillarOrder: (pillar: string) => number,
): ComparisonRow[] {
  const before = new Map(previous.map((answer) => [answer.indicatorId, answer]));
  const after = new Map(current.map((answer) => [answer.indicatorId, answer]));
  const indicators = [
    ...new Map([...previous, ...current].map((a) => [a.indicatorId, a])).values(),
  ];
  indicators.sort(
    (a, b) =>
      pillarOrder(a.pillar) - pillarOrder(b.pillar) ||
      a.position - b.position ||
      a.indicatorId - b.indicatorId,
  );
  return indicators.map((indicator) => {
    const was = before.get(indicator.indicatorId);
    const now = after.get(indicator.indicatorId);
    const levelBefore = was?.level ?? null;
    const levelAfter = now?.level ?? null;
    const delta = levelBefore !== null && levelAfter !== null ? levelAfter - levelBefore : null;
    const trend: ComparisonRow['trend'] = !was
      ? 'new'
      : !now
        ? 'dropped'
        : delta === null
          ? 'unanswered'
          : delta > 0
            ? 'up'
            : delta < 0
              ? 'down'
              : 'same';
    const changed =
      was && now
        ? TEXTS.filter((field) => normalised(was[field]) !== normalised(now[field])).map(
            (field) => ({ field, before: was[field] ?? '', after: now[field] ?? '' }),
          )
        : [];
    return {
      indicatorId: indicator.indicatorId,
      code: (now ?? was)!.code,
      pillar: indicator.pillar,
      text: (now ?? was)!.text,
      before: levelBefore,
      after: levelAfter,
      delta,
      trend,
      changed,
    };
  });
}

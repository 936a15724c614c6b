import { PILLARS } from '../../organisations/pillars';

const POSITION = new Map<string, number>(PILLARS.map((pillar) => [pillar.code, pillar.position]));

/** The pillar's place in the questionnaire (legislative first, maritime last). */
export function pillarOrder(pillar: string): number {
  return POSITION.get(pillar) ?? Number.MAX_SAFE_INTEGER;
}

export const PILLAR_CODES: readonly string[] = PILLARS.map((pillar) => pillar.code);

interface Ordered {
  pillar: string;
  position: number;
  id: number;
}

/** Answers in questionnaire order: by their indicator's pillar, position, then id. */
export function inQuestionnaireOrder<T extends { indicator: Ordered }>(answers: T[]): T[] {
  return [...answers].sort(
    (a, b) =>
      pillarOrder(a.indicator.pillar) - pillarOrder(b.indicator.pillar) ||
      a.indicator.position - b.indicator.position ||
      a.indicator.id - b.indicator.id,
  );
}

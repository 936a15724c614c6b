import { PILLARS } from '../../organisations/pillars';

const POSITION = new Map<string, number>(PILLARS.map((pillar) => [pillar.code, pillar.position]));

/** The pillar's place in the questionnaire (legislative first, maritime last). */
export function pillarOrder(pillar: string): number {
  return POSITION.get(pillar) ?? Number.MAX_SAFE_INTEGER;
}

export const PILLAR_CODES: readonly string[] = PILLARS.map((pillar) => pillar.code);

import { compareAssessments, type ComparedAnswer } from './compare-assessments';

const order = (pillar: string) => ['legislative', 'piu', 'maritime'].indexOf(pillar);

function answer(
  id: number,
  pillar: string,
  level: number | null,
  extra: Partial<ComparedAnswer> = {},
) {
  return {
    indicatorId: id,
    code: `I-${id}`,
    pillar,
    text: `Indicator ${id}`,
    position: id,
    level,
    evidence: null,
    findings: null,
    recommendations: null,
    ...extra,
  };
}

describe('compareAssessments', () => {
  it('gives each indicator its level before and after, in questionnaire order', () => {
    const rows = compareAssessments(
      [answer(1, 'legislative', 1), answer(2, 'piu', 3), answer(3, 'legislative', 2)],
      [answer(2, 'piu', 2), answer(1, 'legislative', 3), answer(3, 'legislative', 2)],
      order,
    );
    expect(rows.map((row) => [row.code, row.before, row.after, row.delta, row.trend])).toEqual([
      ['I-1', 1, 3, 2, 'up'],
      ['I-3', 2, 2, 0, 'same'],
      ['I-2', 3, 2, -1, 'down'],
    ]);
  });

  it('names indicators asked only before or only now, and unanswered ones', () => {
    const rows = compareAssessments(
      [answer(1, 'legislative', 1), answer(2, 'piu', 2)],
      [answer(2, 'piu', null), answer(4, 'maritime', 1)],
      order,
    );
    expect(rows.map((row) => [row.code, row.trend])).toEqual([
      ['I-1', 'dropped'],
      ['I-2', 'unanswered'],
      ['I-4', 'new'],
    ]);
  });

  it('lists the texts that changed, ignoring white space', () => {
    const [row] = compareAssessments(
      [answer(1, 'legislative', 2, { findings: 'No law.', evidence: 'Decree 12' })],
      [answer(1, 'legislative', 2, { findings: 'A draft law  exists.', evidence: ' Decree 12 ' })],
      order,
    );
    expect(row.changed).toEqual([
      { field: 'findings', before: 'No law.', after: 'A draft law  exists.' },
    ]);
  });
});

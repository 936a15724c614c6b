import { dateOfBirthQualifier, nationalityQualifier } from '../../screening/matching/qualifiers';
import { conditionsView, explanationView, qualifierReasonCode } from './hit-explanation';

describe('the engine’s explanation in the analyst’s words', () => {
  it('names each qualifier’s reason by the engine’s own checks', () => {
    const dob = (value: string, listed: string) =>
      qualifierReasonCode(dateOfBirthQualifier(value, [{ kind: 'exact', date: listed }])!);
    expect(dob('1971-04-02', '1971-04-02')).toBe('dob-exact');
    expect(dob('1971-02-04', '1971-04-02')).toBe('dob-swapped');
    expect(dob('1971-04-09', '1971-04-02')).toBe('dob-other-day');
    expect(dob('1972-04-02', '1971-04-02')).toBe('dob-near-year');
    expect(dob('1990-04-02', '1971-04-02')).toBe('dob-mismatch');
    expect(
      qualifierReasonCode(dateOfBirthQualifier('1971-04-02', [{ kind: 'year', year: 1971 }])!),
    ).toBe('dob-year');
    expect(
      qualifierReasonCode(
        dateOfBirthQualifier('1971-04-02', [{ kind: 'range', fromYear: 1970, toYear: 1972 }])!,
      ),
    ).toBe('dob-range');
    expect(qualifierReasonCode(nationalityQualifier('KEN', ['UGA'])!)).toBe('nationality-mismatch');
    expect(
      qualifierReasonCode({
        qualifier: 'document',
        effect: 1,
        reason: 'document K1 issued by KEN is listed',
      }),
    ).toBe('document-same-issuer');
  });

  it('shows the score, the word pairs and the checks', () => {
    const view = explanationView(0.9712, {
      queryName: 'ALDRIC QUORVEN',
      entryName: 'Aldric Tamsin QUORVEN',
      entryNameQuality: 'primary',
      nameScore: 0.93,
      tokens: [
        { query: 'quorven', entry: 'quorven', similarity: 1, weight: 2.4, method: 'equal' },
        { entry: 'tamsin', similarity: 0, weight: 1.1, method: 'none' },
        { query: 'x', entry: 'y', similarity: 0.5, weight: 1, method: 'something-new' },
      ],
      qualifiers: [{ qualifier: 'nationality', effect: -0.05, reason: 'nationality KEN not…' }],
      summary: '',
    });
    expect(view).toMatchObject({
      score: '0.97',
      nameScore: '0.93',
      entryNameQualityKey: 'hits.nameQuality.primary',
      tokens: [
        { traveller: 'QUORVEN', entry: 'QUORVEN', methodKey: 'hits.method.equal', matched: true },
        { traveller: '', entry: 'TAMSIN', methodKey: 'hits.method.none', matched: false },
        { methodKey: 'hits.method.none' },
      ],
      qualifiers: [
        {
          labelKey: 'hits.qualifier.nationality',
          reason: { key: 'hits.reason.nationality-mismatch' },
          effect: '−0.05',
          lowers: true,
        },
      ],
    });
  });

  it('shows a rule’s conditions with the traveller’s values', () => {
    expect(
      conditionsView([
        {
          path: 'criteria.all[0]',
          field: 'traveller.nationality',
          op: 'in',
          expected: ['SYR', 'IRQ'],
          actual: 'SYR',
          negated: false,
        },
        {
          path: 'criteria.all[1]',
          field: 'traveller.bagCount',
          op: 'between',
          expected: [0, 1],
          actual: undefined,
          negated: true,
        },
        {
          path: 'criteria.all[2]',
          field: 'journey.oneWay',
          op: '=',
          expected: true,
          actual: true,
          negated: false,
        },
      ]),
    ).toEqual([
      {
        negated: false,
        field: 'traveller.nationality',
        fieldKey: 'rules.field.traveller.nationality',
        opKey: 'rules.op.in',
        expected: 'SYR, IRQ',
        actual: 'SYR',
      },
      {
        negated: true,
        field: 'traveller.bagCount',
        fieldKey: 'rules.field.traveller.bagCount',
        opKey: 'rules.op.between',
        expected: '0, 1',
        actual: { key: 'hits.rule.absent' },
      },
      {
        negated: false,
        field: 'journey.oneWay',
        fieldKey: 'rules.field.journey.oneWay',
        opKey: 'rules.op.eq',
        expected: { key: 'rules.value.true' },
        actual: { key: 'rules.value.true' },
      },
    ]);
  });
});

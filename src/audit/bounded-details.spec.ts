import { boundedDetails, MAX_DETAIL_STRING, MAX_DETAILS_JSON, TRUNCATED } from './bounded-details';

describe('boundedDetails', () => {
  it('keeps small details as they are', () => {
    expect(JSON.parse(boundedDetails({ path: '/states/KEN', code: 'KEN', n: 3 }))).toEqual({
      path: '/states/KEN',
      code: 'KEN',
      n: 3,
    });
  });

  it('cuts a long string and marks the cut', () => {
    const path = `/states/KEN?q=${'a'.repeat(15_000)}`;
    const stored = JSON.parse(boundedDetails({ path })) as { path: string };
    expect(stored.path).toHaveLength(MAX_DETAIL_STRING + TRUNCATED.length);
    expect(stored.path.startsWith('/states/KEN?q=aaa')).toBe(true);
    expect(stored.path.endsWith(TRUNCATED)).toBe(true);
  });

  it('bounds many keys, long lists and deep nesting, and stays valid JSON under the limit', () => {
    const many = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`key${i}`, 'x'.repeat(300)]),
    );
    const json = boundedDetails({ filters: many, list: Array(1000).fill(1) });
    expect(json.length).toBeLessThanOrEqual(MAX_DETAILS_JSON);
    expect(JSON.parse(json)).toMatchObject({ truncated: true });
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 100; i += 1) deep = { deep };
    expect(boundedDetails(deep)).toContain(TRUNCATED);
  });
});

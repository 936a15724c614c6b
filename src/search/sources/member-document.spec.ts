import { memberDocument, memberVisibility, type MemberRow } from './member-document';

const row = (
  overrides: Partial<MemberRow> = {},
  organisation: Partial<MemberRow['organisation']> = {},
): MemberRow => ({
  id: 7,
  name: 'Wanjiru Kamau',
  role: 'official',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  organisation: {
    id: 3,
    kind: 'state',
    code: 'KEN',
    name: 'Kenya',
    iwgRegionId: 5,
    ...organisation,
  },
  ...overrides,
});

describe('members in the search index', () => {
  it('makes programme people, experts and partners findable by everyone signed in', () => {
    for (const role of ['admin', 'staff', 'expert', 'partner'] as const)
      expect(memberVisibility(row({ role }, { kind: 'programme', iwgRegionId: null }))).toEqual({
        level: 'programme',
        regionId: null,
        stateId: null,
      });
  });

  it('makes a State’s officials and focal points findable in their IWG region, else their State', () => {
    for (const role of ['official', 'focal-point'] as const) {
      expect(memberVisibility(row({ role }))).toEqual({
        level: 'region',
        regionId: 5,
        stateId: null,
      });
      expect(memberVisibility(row({ role }, { iwgRegionId: null }))).toEqual({
        level: 'state',
        regionId: null,
        stateId: 3,
      });
    }
  });

  it('keeps PIU analysts to their own State', () => {
    expect(memberVisibility(row({ role: 'piu-analyst' }))).toEqual({
      level: 'state',
      regionId: null,
      stateId: 3,
    });
  });

  it('indexes the name, its Latin spelling, the organisation and the role', () => {
    const document = memberDocument(row({ name: 'Олег Воронин', role: 'focal-point' }));
    expect(document).toMatchObject({
      kind: 'member',
      refId: 7,
      title: 'Олег Воронин',
      body: 'Kenya',
      tags: ['focal-point'],
    });
    expect(document.keywords).toEqual(['oleg voronin', 'KEN', 'national focal point']);
  });
});

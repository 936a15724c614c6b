import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SnakeNamingStrategy } from '../../database/snake-naming.strategy';
import { ROLES, type Role } from '../identity/role';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { VisibilityColumns } from './visibility-columns';
import { VISIBILITY_LEVELS, type VisibilityLevel, type VisibilityScope } from './visibility-level';
import { VisibilityPolicy } from './visibility-policy';

const KENYA = 101;
const FRANCE = 102;
const NIGERIA = 103;
const EAST_AFRICA = 7;
const WEST_AFRICA = 8;

function userOf(role: Role, overrides: Partial<AuthenticatedUser> = {}): AuthenticatedUser {
  const inState = role === 'official' || role === 'focal-point' || role === 'piu-analyst';
  return {
    id: 1,
    email: 'someone@example.org',
    name: 'Someone',
    role,
    organisationId: inState ? KENYA : 1,
    organisationKind: inState ? 'state' : role === 'partner' ? 'partner' : 'programme',
    organisationCode: inState ? 'KEN' : 'UNOCT',
    organisationName: inState ? 'Kenya' : 'Programme',
    stateId: inState ? KENYA : null,
    iwgRegionId: inState ? EAST_AFRICA : null,
    assignedStateIds: role === 'expert' ? [NIGERIA] : [],
    guestRegionIds: [],
    twoFactorEnabled: true,
    piuSupervisor: false,
    termsVersion: '2026-11-01',
    timeZone: 'UTC',
    locale: null,
    ...overrides,
  };
}

/** Rows of every level: the user's own region/State, another one, and none. */
const ROWS: { name: string; row: VisibilityScope }[] = [
  { name: 'programme', row: { level: 'programme', regionId: null, stateId: null } },
  { name: 'region: own', row: { level: 'region', regionId: EAST_AFRICA, stateId: null } },
  { name: 'region: other', row: { level: 'region', regionId: WEST_AFRICA, stateId: null } },
  { name: 'region: none', row: { level: 'region', regionId: null, stateId: null } },
  { name: 'state: own', row: { level: 'state', regionId: null, stateId: KENYA } },
  { name: 'state: other', row: { level: 'state', regionId: null, stateId: FRANCE } },
  { name: 'state: assigned', row: { level: 'state', regionId: null, stateId: NIGERIA } },
  { name: 'state: none', row: { level: 'state', regionId: null, stateId: null } },
  { name: 'staff', row: { level: 'staff', regionId: null, stateId: null } },
  // Ids on a level that does not use them change nothing.
  {
    name: 'programme with ids',
    row: { level: 'programme', regionId: WEST_AFRICA, stateId: FRANCE },
  },
  { name: 'staff with own ids', row: { level: 'staff', regionId: EAST_AFRICA, stateId: KENYA } },
  {
    name: 'region with own state id',
    row: { level: 'region', regionId: WEST_AFRICA, stateId: KENYA },
  },
  {
    name: 'state with own region id',
    row: { level: 'state', regionId: EAST_AFRICA, stateId: FRANCE },
  },
];

// prettier-ignore
const EXPECTED: Record<Role, string[]> = {
  admin:         ROWS.map((r) => r.name),
  staff:         ROWS.map((r) => r.name),
  partner:       ['programme', 'programme with ids'],
  'focal-point': ['programme', 'region: own', 'state: own', 'programme with ids'],
  official:      ['programme', 'region: own', 'state: own', 'programme with ids'],
  'piu-analyst': ['programme', 'region: own', 'state: own', 'programme with ids'],
  expert:        ['programme', 'state: assigned', 'programme with ids'],
};

const policy = new VisibilityPolicy();

describe('VisibilityPolicy.canSee: role × level', () => {
  for (const role of ROLES) {
    it(`${role} sees exactly ${EXPECTED[role].join(', ')}`, () => {
      const visible = ROWS.filter(({ row }) => policy.canSee(userOf(role), row)).map((r) => r.name);
      expect(visible).toEqual(EXPECTED[role]);
    });
  }

  it('covers every role and every level', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ROLES].sort());
    expect(new Set(ROWS.map((r) => r.row.level))).toEqual(new Set(VISIBILITY_LEVELS));
  });

  it('gives `staff` content to admin and staff only', () => {
    const staffRow: VisibilityScope = { level: 'staff', regionId: null, stateId: null };
    expect(ROLES.filter((role) => policy.canSee(userOf(role), staffRow))).toEqual([
      'admin',
      'staff',
    ]);
  });

  it('gives an official of a State outside any IWG region no region rows', () => {
    const user = userOf('official', { iwgRegionId: null });
    expect(policy.canSee(user, { level: 'region', regionId: EAST_AFRICA, stateId: null })).toBe(
      false,
    );
    expect(policy.canSee(user, { level: 'region', regionId: null, stateId: null })).toBe(false);
    expect(policy.canSee(user, { level: 'state', regionId: null, stateId: KENYA })).toBe(true);
  });

  it('gives an expert every assigned State and none once the assignments end', () => {
    const assigned = userOf('expert', { assignedStateIds: [KENYA, FRANCE, KENYA] });
    expect(policy.canSee(assigned, { level: 'state', regionId: null, stateId: KENYA })).toBe(true);
    expect(policy.canSee(assigned, { level: 'state', regionId: null, stateId: FRANCE })).toBe(true);
    expect(policy.reach(assigned).stateIds).toEqual([KENYA, FRANCE]);
    const ended = userOf('expert', { assignedStateIds: [] });
    expect(policy.canSee(ended, { level: 'state', regionId: null, stateId: KENYA })).toBe(false);
    expect(policy.canSee(ended, { level: 'programme', regionId: null, stateId: null })).toBe(true);
  });

  it('does not let an expert see region rows, even of an assigned State', () => {
    const expert = userOf('expert', { assignedStateIds: [KENYA], iwgRegionId: EAST_AFRICA });
    expect(policy.canSee(expert, { level: 'region', regionId: EAST_AFRICA, stateId: null })).toBe(
      false,
    );
  });

  it('gives a partner or expert guest the region rows of the IWGs they were invited to, nothing more', () => {
    for (const role of ['partner', 'expert'] as const) {
      const guest = userOf(role, { guestRegionIds: [WEST_AFRICA, WEST_AFRICA] });
      expect(policy.canSee(guest, { level: 'region', regionId: WEST_AFRICA, stateId: null })).toBe(
        true,
      );
      expect(policy.canSee(guest, { level: 'region', regionId: EAST_AFRICA, stateId: null })).toBe(
        false,
      );
      expect(policy.canSee(guest, { level: 'state', regionId: WEST_AFRICA, stateId: KENYA })).toBe(
        false,
      );
      expect(policy.reach(guest).regionIds).toEqual([WEST_AFRICA]);
      // Removed from the IWG: the next signed-in copy carries no guest region.
      const removed = userOf(role, { guestRegionIds: [] });
      expect(
        policy.canSee(removed, { level: 'region', regionId: WEST_AFRICA, stateId: null }),
      ).toBe(false);
    }
  });

  it('ignores guest regions for State members: they take part in their own region only', () => {
    const official = userOf('official', { guestRegionIds: [WEST_AFRICA] });
    expect(policy.canSee(official, { level: 'region', regionId: WEST_AFRICA, stateId: null })).toBe(
      false,
    );
  });

  it('refuses a level it does not know, except to those who see everything', () => {
    const odd = { level: 'public', regionId: null, stateId: null };
    expect(policy.canSee(userOf('official'), odd)).toBe(false);
    expect(policy.canSee(userOf('partner'), odd)).toBe(false);
    expect(policy.canSee(userOf('admin'), odd)).toBe(true);
  });

  it('denies by default a role it does not know', () => {
    const stranger = userOf('official', { role: 'visitor' as Role });
    expect(policy.reach(stranger)).toEqual({
      everything: false,
      programme: false,
      regionIds: [],
      stateIds: [],
    });
    expect(policy.canSee(stranger, { level: 'programme', regionId: null, stateId: null })).toBe(
      false,
    );
  });
});

describe('VisibilityPolicy.clause', () => {
  const columns = { level: 'd.level', regionId: 'd.region_id', stateId: 'd.state_id' };

  it('is always true for admin and staff', () => {
    expect(policy.clause(userOf('admin'), columns)).toEqual({ sql: '1 = 1', parameters: {} });
    expect(policy.clause(userOf('staff'), columns)).toEqual({ sql: '1 = 1', parameters: {} });
  });

  it('names its parameters after the prefix, so two conditions can share a query', () => {
    const { sql, parameters } = policy.clause(userOf('official'), columns, 'doc.x');
    expect(sql).toBe(
      '(d.level = :doc_x_programme OR (d.level = :doc_x_region AND d.region_id IN (:...doc_x_regions)) OR (d.level = :doc_x_state AND d.state_id IN (:...doc_x_states)))',
    );
    expect(parameters).toEqual({
      doc_x_programme: 'programme',
      doc_x_region: 'region',
      doc_x_regions: [EAST_AFRICA],
      doc_x_state: 'state',
      doc_x_states: [KENYA],
    });
  });

  it('is false for a role it does not know', () => {
    const stranger = userOf('official', { role: 'visitor' as Role });
    expect(policy.clause(stranger, columns).sql).toBe('1 = 0');
  });
});

@Entity('visible_thing')
class VisibleThing {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 40 })
  name!: string;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;
}

describe('VisibilityPolicy.condition agrees with canSee (SQLite in memory)', () => {
  let dataSource: DataSource;
  const users: { label: string; user: AuthenticatedUser }[] = [
    ...ROLES.map((role) => ({ label: role, user: userOf(role) })),
    { label: 'official without region', user: userOf('official', { iwgRegionId: null }) },
    {
      label: 'focal point of France',
      user: userOf('focal-point', { stateId: FRANCE, iwgRegionId: WEST_AFRICA }),
    },
    {
      label: 'expert with two States',
      user: userOf('expert', { assignedStateIds: [KENYA, FRANCE] }),
    },
    { label: 'expert with none', user: userOf('expert', { assignedStateIds: [] }) },
    { label: 'partner guest', user: userOf('partner', { guestRegionIds: [WEST_AFRICA] }) },
    {
      label: 'expert guest',
      user: userOf('expert', { assignedStateIds: [KENYA], guestRegionIds: [EAST_AFRICA] }),
    },
  ];

  beforeAll(async () => {
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [VisibleThing],
      namingStrategy: new SnakeNamingStrategy(),
      // A throw-away schema for this test only; the portal's own tables come from migrations.
      synchronize: true,
    });
    await dataSource.initialize();
    const repository = dataSource.getRepository(VisibleThing);
    const levels: VisibilityLevel[] = [...VISIBILITY_LEVELS];
    const regions = [null, EAST_AFRICA, WEST_AFRICA];
    const states = [null, KENYA, FRANCE, NIGERIA];
    // Every combination of level × region × State: 4 × 3 × 4 = 48 rows.
    const rows = levels.flatMap((level) =>
      regions.flatMap((regionId) =>
        states.map((stateId) =>
          repository.create({
            name: `${level}/${regionId ?? '-'}/${stateId ?? '-'}`,
            visibility: { level, regionId, stateId },
          }),
        ),
      ),
    );
    await repository.save(rows);
  });
  afterAll(() => dataSource.destroy());

  it('stores the embedded columns under their snake-case names', async () => {
    const columns = await dataSource.query<{ name: string }[]>(
      `PRAGMA table_info('visible_thing')`,
    );
    expect(columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['visibility_level', 'visibility_region_id', 'visibility_state_id']),
    );
  });

  it.each(users.map((u) => [u.label, u.user] as const))(
    '%s: the query lists exactly the rows canSee allows',
    async (_label, user) => {
      const all = await dataSource.getRepository(VisibleThing).find({ order: { id: 'ASC' } });
      expect(all).toHaveLength(48);
      const expected = all.filter((row) => policy.canSee(user, row.visibility)).map((r) => r.name);
      const listed = await dataSource
        .getRepository(VisibleThing)
        .createQueryBuilder('thing')
        .where(policy.condition(user, VisibilityPolicy.embeddedColumns('thing')))
        .orderBy('thing.id', 'ASC')
        .getMany();
      expect(listed.map((r) => r.name)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    },
  );

  it('combines with other conditions and a second alias without parameter clashes', async () => {
    const user = userOf('official');
    const listed = await dataSource
      .getRepository(VisibleThing)
      .createQueryBuilder('a')
      .innerJoin(VisibleThing, 'b', 'b.id = a.id')
      .where('a.name LIKE :prefix', { prefix: 'state/%' })
      .andWhere(policy.condition(user, VisibilityPolicy.embeddedColumns('a'), 'a'))
      .andWhere(policy.condition(userOf('partner'), VisibilityPolicy.embeddedColumns('b'), 'b'))
      .getMany();
    // Rows that are state-level for the official and programme-level for the partner: none.
    expect(listed).toEqual([]);
    const stateRows = await dataSource
      .getRepository(VisibleThing)
      .createQueryBuilder('a')
      .where('a.name LIKE :prefix', { prefix: 'state/%' })
      .andWhere(policy.condition(user, VisibilityPolicy.embeddedColumns('a'), 'a'))
      .getMany();
    expect(stateRows.map((r) => r.name).sort()).toEqual([
      'state/-/101',
      'state/7/101',
      'state/8/101',
    ]);
  });
});

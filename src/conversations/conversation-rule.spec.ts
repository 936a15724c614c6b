import type { Role } from '../common/identity/role';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { mayConverse, refusedPair, type ConversationPerson } from './conversation-rule';

const policy = new VisibilityPolicy();
let nextId = 1;

/** Organisations: KEN and TZA in IWG region 1, NGA in region 2, SOM in none; 100 the programme. */
const STATES: Partial<Record<string, { id: number; region: number | null }>> = {
  KEN: { id: 10, region: 1 },
  TZA: { id: 11, region: 1 },
  NGA: { id: 20, region: 2 },
  SOM: { id: 30, region: null },
};

function person(
  role: Role,
  org = 'UNOCT',
  extra: Partial<ConversationPerson> = {},
): ConversationPerson {
  const state = STATES[org];
  return {
    id: nextId++,
    email: `p${nextId}@example.org`,
    name: `Person ${nextId}`,
    role,
    organisationId: state?.id ?? (role === 'partner' ? 200 : 100),
    organisationKind: state ? 'state' : role === 'partner' ? 'partner' : 'programme',
    organisationCode: org,
    organisationName: org,
    stateId: state?.id ?? null,
    iwgRegionId: state?.region ?? null,
    assignedStateIds: [],
    guestRegionIds: [],
    twoFactorEnabled: true,
    piuSupervisor: false,
    termsVersion: null,
    timeZone: 'UTC',
    locale: null,
    active: true,
    ...extra,
  };
}

describe('mayConverse', () => {
  it('lets officials of one IWG region talk, in both directions', () => {
    const kenyan = person('official', 'KEN');
    const tanzanian = person('focal-point', 'TZA');
    expect(mayConverse(policy, kenyan, tanzanian)).toBe(true);
    expect(mayConverse(policy, tanzanian, kenyan)).toBe(true);
  });

  it('refuses officials of different regions, and of a State in no region with others', () => {
    expect(mayConverse(policy, person('official', 'KEN'), person('official', 'NGA'))).toBe(false);
    expect(mayConverse(policy, person('official', 'SOM'), person('official', 'KEN'))).toBe(false);
    expect(mayConverse(policy, person('official', 'SOM'), person('focal-point', 'SOM'))).toBe(true);
  });

  it('lets staff and admins talk with any State official, and officials with them', () => {
    for (const role of ['staff', 'admin'] as const) {
      expect(mayConverse(policy, person(role), person('official', 'NGA'))).toBe(true);
      expect(mayConverse(policy, person('official', 'SOM'), person(role))).toBe(true);
    }
  });

  it('needs both directions: a partner sees no State official unless a guest of their region', () => {
    const official = person('official', 'KEN');
    // The official may find the partner (programme-wide), the partner may not find the official.
    expect(mayConverse(policy, official, person('partner', 'CTED'))).toBe(false);
    expect(mayConverse(policy, person('partner', 'CTED'), official)).toBe(false);
    const guest = person('partner', 'CTED', { guestRegionIds: [1] });
    expect(mayConverse(policy, guest, official)).toBe(true);
    expect(mayConverse(policy, guest, person('official', 'NGA'))).toBe(false);
    expect(mayConverse(policy, person('partner', 'CTED'), person('expert'))).toBe(true);
  });

  it('lets an expert talk with the officials of a State they are assigned to', () => {
    const somali = person('official', 'SOM');
    expect(mayConverse(policy, person('expert'), somali)).toBe(false);
    expect(mayConverse(policy, person('expert', 'UNOCT', { assignedStateIds: [30] }), somali)).toBe(
      true,
    );
  });

  it('leaves PIU analysts out, even within their own State', () => {
    const analyst = person('piu-analyst', 'KEN');
    expect(mayConverse(policy, analyst, person('official', 'KEN'))).toBe(false);
    expect(mayConverse(policy, person('focal-point', 'KEN'), analyst)).toBe(false);
    expect(mayConverse(policy, person('staff'), analyst)).toBe(false);
  });

  it('leaves deactivated accounts out, and nobody talks with themself', () => {
    const staff = person('staff');
    expect(mayConverse(policy, staff, person('official', 'KEN', { active: false }))).toBe(false);
    expect(mayConverse(policy, person('official', 'KEN', { active: false }), staff)).toBe(false);
    expect(mayConverse(policy, staff, staff)).toBe(false);
  });
});

describe('refusedPair', () => {
  it('names the first pair of a group who may not talk with each other', () => {
    const staff = person('staff');
    const kenyan = person('official', 'KEN');
    const nigerian = person('official', 'NGA');
    expect(refusedPair(policy, [staff, kenyan])).toBeNull();
    expect(refusedPair(policy, [staff, kenyan, nigerian])).toEqual([kenyan, nigerian]);
  });
});

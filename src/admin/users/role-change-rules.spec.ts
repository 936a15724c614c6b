import { roleChangeRefusal, rolesAdminMayGrant, type RoleChange } from './role-change-rules';

describe('role change rules', () => {
  const change = (overrides: Partial<RoleChange>): RoleChange => ({
    actorId: 1,
    targetId: 2,
    from: 'official',
    to: 'focal-point',
    organisationKind: 'state',
    ...overrides,
  });

  it('lets an admin move a State official to focal point', () => {
    expect(roleChangeRefusal(change({}))).toBeNull();
  });

  it('refuses an admin changing their own role', () => {
    expect(
      roleChangeRefusal(
        change({
          actorId: 5,
          targetId: 5,
          from: 'admin',
          to: 'staff',
          organisationKind: 'programme',
        }),
      ),
    ).toBe('admin.users.cannotChangeOwnRole');
  });

  it('never grants piu-analyst, even within a State', () => {
    expect(roleChangeRefusal(change({ to: 'piu-analyst' }))).toBe('admin.users.cannotGrantAnalyst');
  });

  it('lets an admin take piu-analyst away (the role is the State focal point’s to give)', () => {
    expect(roleChangeRefusal(change({ from: 'piu-analyst', to: 'official' }))).toBeNull();
  });

  it('refuses a role that does not fit the organisation kind', () => {
    expect(roleChangeRefusal(change({ to: 'admin' }))).toBe('admin.users.roleDoesNotFit');
    expect(
      roleChangeRefusal(change({ from: 'staff', to: 'official', organisationKind: 'programme' })),
    ).toBe('admin.users.roleDoesNotFit');
    expect(
      roleChangeRefusal(change({ from: 'partner', to: 'staff', organisationKind: 'partner' })),
    ).toBe('admin.users.roleDoesNotFit');
  });

  it('accepts expert in any organisation', () => {
    expect(roleChangeRefusal(change({ to: 'expert' }))).toBeNull();
    expect(
      roleChangeRefusal(change({ from: 'partner', to: 'expert', organisationKind: 'partner' })),
    ).toBeNull();
  });

  it('refuses a change to the same role', () => {
    expect(roleChangeRefusal(change({ to: 'official' }))).toBe('admin.users.roleUnchanged');
  });

  it('offers only the roles that fit, never piu-analyst', () => {
    expect(rolesAdminMayGrant('state')).toEqual(['focal-point', 'official', 'expert']);
    expect(rolesAdminMayGrant('programme')).toEqual(['admin', 'staff', 'expert']);
    expect(rolesAdminMayGrant('partner')).toEqual(['partner', 'expert']);
  });
});

import { authenticatedUser } from '../../../test/support/authenticated-user';
import { navigationFor } from '../views/navigation';
import type { Role } from '../identity/role';
import { defineArea, mayUse } from './area';

const TEST_AREA = defineArea({
  id: 'area-spec',
  path: '/area-spec',
  roles: ['staff', 'expert'],
  navigation: { label: 'nav.areaSpec', order: 55 },
});

function userWith(role: Role) {
  return authenticatedUser(role);
}

describe('areas', () => {
  it('refuses a second declaration of the same id', () => {
    expect(() => defineArea({ id: 'area-spec', path: '/elsewhere', roles: 'all' })).toThrow(
      /declared twice/,
    );
  });

  it('lets the listed roles in, and only them', () => {
    expect(mayUse(TEST_AREA, 'staff')).toBe(true);
    expect(mayUse(TEST_AREA, 'official')).toBe(false);
  });

  it('puts a declared area in the navigation of the roles that may use it, in its order', () => {
    const forStaff = navigationFor(userWith('staff'), '/area-spec/42');
    const entry = forStaff.find((item) => item.href === '/area-spec');
    expect(entry).toEqual({
      id: 'area-spec',
      href: '/area-spec',
      label: 'nav.areaSpec',
      current: true,
    });
    expect(navigationFor(userWith('official'), '/').map((item) => item.href)).not.toContain(
      '/area-spec',
    );
  });

  it('marks an area current below its path only, not on a longer sibling path', () => {
    const items = navigationFor(userWith('staff'), '/area-spec-other');
    expect(items.find((item) => item.href === '/area-spec')?.current).toBe(false);
  });
});

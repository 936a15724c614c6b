import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Role } from '../../users/role';

interface NavigationItem {
  href: string;
  label: string;
  current: boolean;
}

/** The modules in the shell, with the roles that use them (deny by default: listed roles only). */
const ITEMS: { href: string; label: string; roles: Role[] | 'all' }[] = [
  { href: '/', label: 'nav.home', roles: 'all' },
  {
    href: '/states',
    label: 'nav.states',
    roles: ['admin', 'staff', 'focal-point', 'official', 'expert'],
  },
  { href: '/invitations', label: 'nav.invitations', roles: ['admin', 'focal-point'] },
  { href: '/piu-analysts', label: 'nav.piuAnalysts', roles: ['focal-point'] },
  { href: '/admin/users', label: 'nav.users', roles: ['admin'] },
  { href: '/admin/member-states', label: 'nav.memberStates', roles: ['admin', 'staff'] },
  { href: '/admin/audit', label: 'nav.audit', roles: ['admin'] },
  { href: '/account', label: 'nav.account', roles: 'all' },
];

export function navigationFor(user: AuthenticatedUser, path: string): NavigationItem[] {
  return ITEMS.filter((item) => item.roles === 'all' || item.roles.includes(user.role)).map(
    (item) => ({
      href: item.href,
      label: item.label,
      current: item.href === '/' ? path === '/' : path.startsWith(item.href),
    }),
  );
}

import type { AuthenticatedUser } from '../auth/authenticated-user';
import { declaredAreas, mayUse } from '../areas/area';

interface NavigationItem {
  href: string;
  label: string;
  current: boolean;
}

/** The navigation for one user: the declared areas with an entry that their role may use. */
export function navigationFor(user: AuthenticatedUser, path: string): NavigationItem[] {
  return declaredAreas()
    .filter((area) => area.navigation && mayUse(area, user.role))
    .map((area) => ({
      href: area.path,
      label: area.navigation!.label,
      current:
        area.path === '/'
          ? path === '/'
          : path === area.path || path.startsWith(`${area.path.replace(/\/$/, '')}/`),
    }));
}

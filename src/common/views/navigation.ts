import type { AuthenticatedUser } from '../auth/authenticated-user';
import { declaredAreas, mayUse } from '../areas/area';

interface NavigationItem {
  /** The area's id: a module may show a count on its entry (`navigationCounts[id]`). */
  id: string;
  href: string;
  label: string;
  current: boolean;
}

/** The navigation for one user: the declared areas with an entry that their role may use. */
export function navigationFor(user: AuthenticatedUser, path: string): NavigationItem[] {
  return declaredAreas()
    .filter((area) => area.navigation && mayUse(area, user.role))
    .map((area) => ({
      id: area.id,
      href: area.path,
      label: area.navigation!.label,
      current:
        area.path === '/'
          ? path === '/'
          : path === area.path || path.startsWith(`${area.path.replace(/\/$/, '')}/`),
    }));
}

import { SetMetadata } from '@nestjs/common';
import type { Role } from '../identity/role';

export const AREA = 'area';

/**
 * One part of the portal that a set of roles may use: declared once, in the feature's
 * `<feature>.area.ts`, and read by the session guard (403 or 404 for other roles), the navigation and
 * the authorisation matrix test. Rows inside an area are still checked one by one in services.
 */
export interface Area {
  /** Stable name, unique across the portal. */
  readonly id: string;
  /** Where the area starts: the navigation links here and marks it current below it. */
  readonly path: string;
  /** Who may use it: listed roles only (deny by default), or every signed-in role. */
  readonly roles: readonly Role[] | 'all';
  /** Present when the area has a navigation entry: the label's catalogue key and its place. */
  readonly navigation?: { readonly label: string; readonly order: number };
  /**
   * What other roles get: 403 by default; `not-found` (404) where even the area's existence is
   * its owners' business, as a State's passenger data is its PIU analysts' alone.
   */
  readonly othersGet?: 'forbidden' | 'not-found';
}

const DECLARED = new Map<string, Area>();

/** Declares an area (once per id; a second declaration of the same id is a programming error). */
export function defineArea(area: Area): Area {
  if (DECLARED.has(area.id)) throw new Error(`area "${area.id}" is declared twice`);
  const frozen = Object.freeze({ ...area });
  DECLARED.set(area.id, frozen);
  return frozen;
}

/** Every declared area, in navigation order (areas without an entry last). */
export function declaredAreas(): Area[] {
  const order = (area: Area) => area.navigation?.order ?? Number.MAX_SAFE_INTEGER;
  return [...DECLARED.values()].sort((a, b) => order(a) - order(b));
}

export function mayUse(area: Area, role: Role): boolean {
  return area.roles === 'all' || area.roles.includes(role);
}

/** The status a role outside the area gets. */
export function deniedStatus(area: Area | undefined): 403 | 404 {
  return area?.othersGet === 'not-found' ? 404 : 403;
}

/**
 * Puts a controller (or one handler) in an area. A route that needs a session but belongs to
 * no area is refused for everyone: a new route cannot be open by omission.
 */
export const InArea = (area: Area): MethodDecorator & ClassDecorator => SetMetadata(AREA, area);

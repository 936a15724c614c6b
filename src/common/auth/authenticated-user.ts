import type { OrganisationKind } from '../identity/role';
import type { Role } from '../identity/role';

/**
 * The signed-in person as every guard, service and view sees them (never the entity). It is
 * kept with the session and reused until the user's or organisation's row version changes, so
 * whatever changes a field here must change the row through TypeORM (update or save bumps
 * `version`), or bump `version` itself.
 */
export interface AuthenticatedUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisationId: number;
  organisationKind: OrganisationKind;
  organisationCode: string;
  organisationName: string;
  /** The user's State (organisation id) when they belong to one. */
  stateId: number | null;
  /** The IWG region of the user's State, if it takes part in one. */
  iwgRegionId: number | null;
  /** States an expert is assigned to now (filled by the experts module; empty otherwise). */
  assignedStateIds: number[];
  /**
   * IWG regions a partner or expert was invited into as a guest of one IWG (filled by the users
   * service from the IWG module's guest list; empty for other roles). An invitation or its
   * removal bumps the user's `version`, so the change applies on the next request.
   */
  guestRegionIds: number[];
  twoFactorEnabled: boolean;
  /** A PIU analyst who supervises their State's PIU (keys, lists, rules, retention). */
  piuSupervisor: boolean;
  termsVersion: string | null;
  timeZone: string;
  /** The portal language the person chose; null follows the browser's Accept-Language. */
  locale: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: AuthenticatedUser;
  }
}

import type { SignedInUser } from '../../users/users.service';
import type { FlashEntry } from '../../common/views/flash';
import type { WorkPurpose } from '../../piu/work-purpose/work-purpose';
import type { RequestSession } from './portal-session';

/** What the portal keeps in a session. Never passwords, never passenger data. */
export interface SessionData {
  /** Set once the person is fully signed in (password, then second factor when enrolled). */
  userId: number;
  /** Password accepted, second factor still to come. */
  pendingUserId: number;
  /** Where to go once the second factor is through. */
  pendingNext: string;
  /** Epoch ms of sign-in: the absolute lifetime counts from here. */
  authenticatedAt: number;
  /** A TOTP secret being enrolled, until the first valid code confirms it. */
  enrolmentSecret: string;
  /** Recovery codes shown once, right after enrolment. */
  freshRecoveryCodes: string[];
  flash: FlashEntry[];
  /** The sign-in before this one (epoch ms), shown on the dashboard. */
  previousLoginAt: number;
  /** Where the session was opened from, for the "active sessions" page. */
  meta: { ip?: string; userAgent?: string };
  /**
   * The signed-in user as last read, kept so a request need not load it again. The store
   * drops it on read when the user's or organisation's row version has moved since.
   */
  signedIn: SignedInUser;
  /** Why a PIU analyst works with passenger data in this session (piu/work-purpose). */
  workPurpose: WorkPurpose;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by the session middleware (session-middleware.ts); gone once destroyed. */
      session: RequestSession;
    }
  }
}

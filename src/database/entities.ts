import { AuditEvent } from '../audit/audit-event.entity';
import { Session } from '../auth/sessions/session.entity';
import { OneTimeToken } from '../auth/tokens/one-time-token.entity';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { LibraryResource } from '../library/library-resource.entity';
import { LibraryTag } from '../library/library-tag.entity';
import { LibraryVersion } from '../library/library-version.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Pillar } from '../organisations/pillar.entity';
import { RecoveryCode } from '../users/recovery-code.entity';
import { User } from '../users/user.entity';

/** Every entity of the portal: the data source and the migration generator read this list. */
export const ENTITIES = [
  AuditEvent,
  IwgRegion,
  LibraryResource,
  LibraryTag,
  LibraryVersion,
  OneTimeToken,
  Organisation,
  Pillar,
  RecoveryCode,
  Session,
  User,
];

import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../users/role';

export const ROLES_KEY = 'roles';

/** Coarse rule: only these roles may use the area (403 for the others). Rows are checked in services. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);

import { IsIn } from 'class-validator';
import { ROLES, type Role } from '../../../users/role';

export class ChangeRoleDto {
  @IsIn(ROLES, { message: 'admin.users.roleInvalid' })
  role!: Role;
}

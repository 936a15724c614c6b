import { IsIn } from 'class-validator';
import { ROLES, type Role } from '../../../common/identity/role';

export class ChangeRoleDto {
  @IsIn(ROLES, { message: 'admin.users.roleInvalid' })
  role!: Role;
}

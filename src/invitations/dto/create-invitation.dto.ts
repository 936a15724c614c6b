import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { messageWith } from '../../common/forms/form-error';
import { ROLES, type Role } from '../../common/identity/role';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** The invitation form: who, in which role, for which organisation (fixed for focal points). */
export class CreateInvitationDto {
  @Transform(trimmed)
  @IsEmail({}, { message: 'validation.email' })
  @MaxLength(254, { message: messageWith('validation.emailTooLong', { max: 254 }) })
  @IsString({ message: 'validation.email' })
  email!: string;

  @IsIn(ROLES, { message: 'invitations.roleRequired' })
  role!: Role;

  /** A select posts the id as text, and nothing (or '') when the inviter cannot choose. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === '' || value === undefined || value === null ? undefined : Number(value),
  )
  @IsInt({ message: 'invitations.organisationRequired' })
  organisationId?: number;
}

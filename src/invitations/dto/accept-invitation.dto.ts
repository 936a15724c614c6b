import { Transform } from 'class-transformer';
import { Equals, IsString, MaxLength, MinLength } from 'class-validator';
import { NewPasswordDto } from '../../auth/password-reset/dto/new-password.dto';
import { messageWith } from '../../common/forms/form-error';

export const NAME_MAX_LENGTH = 200;

/**
 * Registration from an invitation: the invitee's name, a password twice, the terms. Every
 * field is checked here, so one submission shows every problem at once. (With one message a
 * field, the rule nearest the property is checked first: "missing" before "too long".)
 */
export class AcceptInvitationDto extends NewPasswordDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(NAME_MAX_LENGTH, {
    message: messageWith('registration.nameTooLong', { max: NAME_MAX_LENGTH }),
  })
  @MinLength(1, { message: 'registration.nameRequired' })
  @IsString({ message: 'registration.nameRequired' })
  name!: string;

  /** Browsers send "on" when the box is ticked and nothing otherwise. */
  @Equals('on', { message: 'terms.mustAccept' })
  accept?: string;
}

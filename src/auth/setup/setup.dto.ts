import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { messageWith } from '../../common/forms/form-error';
import { AcceptInvitationDto } from '../../invitations/dto/accept-invitation.dto';

/** The first administrator: what an invitee gives (name, password twice, terms), plus the e-mail. */
export class SetupDto extends AcceptInvitationDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'validation.email' })
  @MaxLength(254, { message: messageWith('validation.emailTooLong', { max: 254 }) })
  @IsString({ message: 'validation.email' })
  email!: string;
}

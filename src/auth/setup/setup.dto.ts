import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { AcceptInvitationDto } from '../../invitations/dto/accept-invitation.dto';

/** The first administrator: what an invitee gives (name, password twice, terms), plus the e-mail. */
export class SetupDto extends AcceptInvitationDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(254, { message: 'validation.email' })
  @IsEmail({}, { message: 'validation.email' })
  email!: string;
}

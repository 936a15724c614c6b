import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';
import { NewPasswordDto } from '../../auth/password-reset/dto/new-password.dto';

/** Registration from an invitation: the invitee's name, a password twice, the terms. */
export class AcceptInvitationDto extends NewPasswordDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'registration.nameRequired' })
  @Length(1, 200, { message: 'registration.nameRequired' })
  name!: string;

  /**
   * Browsers send "on" when the box is ticked and nothing otherwise. Checked by the service
   * together with the password, so one submission shows every problem at once.
   */
  @IsOptional()
  @IsString()
  accept?: string;
}

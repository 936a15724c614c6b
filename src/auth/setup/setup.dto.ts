import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { NewPasswordDto } from '../password-reset/dto/new-password.dto';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** The first administrator: e-mail, name, a password twice, the terms. */
export class SetupDto extends NewPasswordDto {
  @Transform(trimmed)
  @MaxLength(254, { message: 'validation.email' })
  @IsEmail({}, { message: 'validation.email' })
  email!: string;

  @Transform(trimmed)
  @IsString({ message: 'registration.nameRequired' })
  @Length(1, 200, { message: 'registration.nameRequired' })
  name!: string;

  /** "on" when ticked; checked by the service with the password (every problem at once). */
  @IsOptional()
  @IsString()
  accept?: string;
}

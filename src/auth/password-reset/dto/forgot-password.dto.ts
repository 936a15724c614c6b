import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { messageWith } from '../../../common/forms/form-error';

export class ForgotPasswordDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'validation.email' })
  @MaxLength(254, { message: messageWith('validation.emailTooLong', { max: 254 }) })
  @IsString({ message: 'validation.email' })
  email!: string;
}

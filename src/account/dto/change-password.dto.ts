import { IsString, MaxLength, MinLength } from 'class-validator';

/** The password form. The strength rule itself is PasswordPolicy's, applied by the service. */
export class ChangePasswordDto {
  @IsString({ message: 'validation.required' })
  @MinLength(1, { message: 'validation.required' })
  @MaxLength(1024, { message: 'account.password.inputTooLong' })
  currentPassword!: string;

  @IsString({ message: 'validation.required' })
  @MinLength(1, { message: 'validation.required' })
  @MaxLength(1024, { message: 'account.password.inputTooLong' })
  newPassword!: string;

  @IsString({ message: 'validation.required' })
  @MinLength(1, { message: 'validation.required' })
  @MaxLength(1024, { message: 'account.password.inputTooLong' })
  newPasswordAgain!: string;
}

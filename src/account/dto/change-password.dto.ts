import { IsString, MaxLength, MinLength } from 'class-validator';

/**
 * The password form. The strength rule itself is PasswordPolicy's, applied by the service.
 * With one message a field, the rule nearest the property is checked first.
 */
export class ChangePasswordDto {
  @MaxLength(1024, { message: 'account.password.inputTooLong' })
  @MinLength(1, { message: 'validation.required' })
  @IsString({ message: 'validation.required' })
  currentPassword!: string;

  @MaxLength(1024, { message: 'account.password.inputTooLong' })
  @MinLength(1, { message: 'validation.required' })
  @IsString({ message: 'validation.required' })
  newPassword!: string;

  @MaxLength(1024, { message: 'account.password.inputTooLong' })
  @MinLength(1, { message: 'validation.required' })
  @IsString({ message: 'validation.required' })
  newPasswordAgain!: string;
}

import { IsString, Length, MaxLength, MinLength } from 'class-validator';

/** Enrolling an authenticator: its first code, and the password (or a code of the one it replaces). */
export class EnrolAuthenticatorDto {
  @IsString({ message: 'validation.required' })
  @Length(6, 16, { message: 'twoFactor.codeFormat' })
  code!: string;

  @IsString({ message: 'validation.required' })
  @MinLength(1, { message: 'validation.required' })
  @MaxLength(1024, { message: 'account.password.inputTooLong' })
  passwordOrCode!: string;
}

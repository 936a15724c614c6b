import { IsString, MaxLength, MinLength } from 'class-validator';

/**
 * Turning two-step verification off asks again who is at the keyboard: the password, or a
 * current code from the authenticator. (The field name keeps it out of a re-rendered form.)
 */
export class ConfirmIdentityDto {
  @IsString({ message: 'validation.required' })
  @MinLength(1, { message: 'validation.required' })
  @MaxLength(1024, { message: 'account.password.inputTooLong' })
  passwordOrCode!: string;
}

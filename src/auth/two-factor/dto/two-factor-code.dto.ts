import { IsString, Length } from 'class-validator';

/** A six-digit authenticator code or a recovery code (xxxx-xxxx-xx). */
export class TwoFactorCodeDto {
  @Length(6, 16, { message: 'twoFactor.codeFormat' })
  @IsString({ message: 'validation.required' })
  code!: string;
}

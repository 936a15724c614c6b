import { IsString, MaxLength } from 'class-validator';

/**
 * A new password typed twice. Length and strength are the PasswordPolicy's business (its
 * messages carry the estimator's feedback); the DTO only makes sure both are strings and not
 * absurdly long before anything hashes them.
 */
export class NewPasswordDto {
  @IsString({ message: 'validation.required' })
  @MaxLength(1024, { message: 'password.tooLong' })
  password!: string;

  @IsString({ message: 'validation.required' })
  @MaxLength(1024, { message: 'password.tooLong' })
  passwordAgain!: string;
}

import { IsString } from 'class-validator';
import { AcceptablePassword } from '../../passwords/acceptable-password.decorator';
import { SameAs } from '../../../common/forms/same-as.decorator';

/**
 * A new password typed twice, checked by the password policy (length and strength, with the
 * estimator's advice). When the form also has the owner's e-mail or name (set-up,
 * registration), the estimator guesses those first.
 */
export class NewPasswordDto {
  @AcceptablePassword({ email: 'email', name: 'name' })
  @IsString({ message: 'validation.required' })
  password!: string;

  @SameAs('password', { message: 'password.mismatch' })
  @IsString({ message: 'validation.required' })
  passwordAgain!: string;
}

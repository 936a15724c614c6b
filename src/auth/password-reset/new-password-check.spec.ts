import { FormError, type FieldErrors } from '../../common/forms/form-error';
import { translateText } from '../../common/i18n/translator';
import { PasswordPolicy } from '../passwords/password-policy';
import { assertNewPassword, newPasswordErrors, termsErrors } from './new-password-check';

/** The errors as an English page shows them (keys and parameters are translated there). */
function english(errors: FieldErrors): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [
      field,
      messages.map((message) => translateText('en', message)),
    ]),
  );
}

describe('new password check', () => {
  const policy = new PasswordPolicy();
  const owner = { email: 'grace.wambui@interior.go.ke', name: 'Grace Wambui' };

  it('accepts a strong password typed twice', () => {
    const strong = 'copper-meadow-tundra-58-kestrel';
    expect(newPasswordErrors(policy, strong, strong, owner)).toEqual({});
    expect(() => assertNewPassword(policy, strong, strong, owner)).not.toThrow();
  });

  it('gives the reason as a key with the length, for the page to translate', () => {
    const errors = newPasswordErrors(policy, 'short', 'short', owner);
    expect(errors).toEqual({ password: [{ key: 'password.tooShort', params: { min: 12 } }] });
    expect(english(errors)).toEqual({ password: ['Use at least 12 characters.'] });
  });

  it("refuses the owner's own name with the estimator's feedback after the reason", () => {
    const errors = newPasswordErrors(policy, 'GraceWambui2024', 'GraceWambui2024', owner);
    expect(english(errors).password).toEqual([
      'This password is too easy to guess.',
      'There should not be any personal or page related data.',
      'Add more words that are less common.',
    ]);
  });

  it('reports a mismatch on the second field, with the password problem, in one error', () => {
    let thrown: unknown;
    try {
      assertNewPassword(policy, 'short', 'other', owner, termsErrors(undefined));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FormError);
    expect(english((thrown as FormError).fieldErrors)).toEqual({
      accept: ['You must accept the terms to use the platform.'],
      password: ['Use at least 12 characters.'],
      passwordAgain: ['The two passwords are not the same.'],
    });
  });

  it('asks for the terms box only when it is not ticked', () => {
    expect(termsErrors('on')).toEqual({});
    expect(termsErrors('')).toEqual({ accept: ['terms.mustAccept'] });
  });
});

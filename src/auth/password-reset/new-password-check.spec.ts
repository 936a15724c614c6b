import { FormError } from '../../common/forms/form-error';
import { translate } from '../../common/i18n/translator';
import { PasswordPolicy } from '../passwords/password-policy';
import { assertNewPassword, newPasswordErrors, termsErrors } from './new-password-check';

describe('new password check', () => {
  const policy = new PasswordPolicy();
  const owner = { email: 'grace.wambui@interior.go.ke', name: 'Grace Wambui' };

  it('accepts a strong password typed twice', () => {
    const strong = 'copper-meadow-tundra-58-kestrel';
    expect(newPasswordErrors(policy, strong, strong, owner)).toEqual({});
    expect(() => assertNewPassword(policy, strong, strong, owner)).not.toThrow();
  });

  it('gives the reason as a catalogue key with the length as a parameter', () => {
    expect(newPasswordErrors(policy, 'short', 'short', owner)).toEqual({
      password: [{ key: 'password.tooShort', params: { min: 12 } }],
    });
  });

  it("refuses the owner's own name with the estimator's feedback after the reason, as keys", () => {
    const errors = newPasswordErrors(policy, 'GraceWambui2024', 'GraceWambui2024', owner);
    expect(errors.password).toEqual([
      { key: 'password.tooWeak', params: { score: expect.any(Number), minScore: 3 } },
      { key: 'password.warning.userInputs' },
      { key: 'password.suggestion.anotherWord' },
    ]);
    expect(translate(undefined, 'password.warning.userInputs')).toBe(
      'There should not be any personal or page related data.',
    );
  });

  it('reports a mismatch on the second field, with the password problem, in one error', () => {
    let thrown: unknown;
    try {
      assertNewPassword(policy, 'short', 'other', owner, termsErrors(undefined));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FormError);
    expect((thrown as FormError).fieldErrors).toEqual({
      accept: ['terms.mustAccept'],
      password: [{ key: 'password.tooShort', params: { min: 12 } }],
      passwordAgain: ['password.mismatch'],
    });
  });

  it('asks for the terms box only when it is not ticked', () => {
    expect(termsErrors('on')).toEqual({});
    expect(termsErrors('')).toEqual({ accept: ['terms.mustAccept'] });
  });
});

import type { ArgumentMetadata } from '@nestjs/common';
import { UpdateProfileDto } from '../../account/dto/update-profile.dto';
import { SetupDto } from '../../auth/setup/setup.dto';
import { AcceptInvitationDto } from '../../invitations/dto/accept-invitation.dto';
import { CreateInvitationDto } from '../../invitations/dto/create-invitation.dto';
import { FormError, type FormMessage } from './form-error';
import { formValidationPipe } from './form-validation.pipe';
import { UserFilterDto } from '../../admin/users/dto/user-filter.dto';
import { ThreadQueryDto } from '../../iwg/forum/dto/forum-forms.dto';
import { ValidationPipe } from '@nestjs/common';
import { PagedQueryDto } from '../lists/paged-query.dto';
import { IsInt, IsOptional } from 'class-validator';
import { Type } from 'class-transformer';

const STRONG = 'violet-harbour-quantum-47-lantern';

/** What the pipe reports for a posted body: field → messages, each as a key with parameters. */
async function errorsFor(
  metatype: ArgumentMetadata['metatype'],
  body: Record<string, unknown>,
): Promise<Record<string, FormMessage[]>> {
  try {
    await formValidationPipe().transform(body, { type: 'body', metatype });
  } catch (error) {
    expect(error).toBeInstanceOf(FormError);
    return (error as FormError).messages();
  }
  return {};
}

const keys = (errors: Record<string, FormMessage[]>) =>
  Object.fromEntries(
    Object.entries(errors).map(([field, list]) => [field, list.map((m) => m.key)]),
  );

describe('form validation: every invalid field at once, one right message each', () => {
  it('the set-up form posted empty flags e-mail, name, password and terms together', async () => {
    const errors = await errorsFor(SetupDto, {
      email: '',
      name: '',
      password: '',
      passwordAgain: '',
    });
    expect(keys(errors)).toEqual({
      email: ['validation.email'],
      name: ['registration.nameRequired'],
      password: ['password.tooShort'],
      accept: ['terms.mustAccept'],
    });
    expect(errors.password[0].params).toEqual({ min: 12 });
  });

  it('the invitation form posted empty flags name, password and terms, not only the name', async () => {
    const errors = await errorsFor(AcceptInvitationDto, {
      name: '',
      password: '',
      passwordAgain: '',
    });
    expect(keys(errors)).toEqual({
      name: ['registration.nameRequired'],
      password: ['password.tooShort'],
      accept: ['terms.mustAccept'],
    });
  });

  it('a weak password brings the estimator advice as keys, and a mismatch is its own field', async () => {
    const errors = await errorsFor(AcceptInvitationDto, {
      name: 'Grace Wambui',
      password: 'GraceWambui2024',
      passwordAgain: 'something else',
      accept: 'on',
    });
    expect(errors.password[0].key).toBe('password.tooWeak');
    expect(errors.password.slice(1).map((m) => m.key)).toContain('password.warning.userInputs');
    expect(keys(errors).passwordAgain).toEqual(['password.mismatch']);
  });

  it('a 201-character name is too long, not missing', async () => {
    const errors = await errorsFor(AcceptInvitationDto, {
      name: 'x'.repeat(201),
      password: STRONG,
      passwordAgain: STRONG,
      accept: 'on',
    });
    expect(errors).toEqual({ name: [{ key: 'registration.nameTooLong', params: { max: 200 } }] });
  });

  it('an over-long e-mail address is said once, as too long', async () => {
    const email = `${'a'.repeat(250)}@example.org`;
    const setup = await errorsFor(SetupDto, {
      email,
      name: 'Ada',
      password: STRONG,
      passwordAgain: STRONG,
      accept: 'on',
    });
    expect(setup).toEqual({ email: [{ key: 'validation.emailTooLong', params: { max: 254 } }] });
    const invitation = await errorsFor(CreateInvitationDto, { email, role: 'official' });
    expect(invitation).toEqual({
      email: [{ key: 'validation.emailTooLong', params: { max: 254 } }],
    });
  });

  it('the profile form flags the name and the languages together', async () => {
    const errors = await errorsFor(UpdateProfileDto, {
      name: '',
      unLanguages: ['en', 'xx'],
      otherLanguages: 'sw, qq9',
      timeZone: 'Mars/Olympus',
    });
    expect(errors).toEqual({
      name: [{ key: 'validation.required' }],
      unLanguages: [{ key: 'account.profile.languageInvalid' }],
      otherLanguages: [{ key: 'account.profile.unknownLanguages', params: { codes: 'qq9' } }],
      timeZone: [{ key: 'account.profile.timeZoneInvalid' }],
    });
  });

  it('a valid form passes through as its class', async () => {
    const value: unknown = await formValidationPipe().transform(
      { name: ' Ada ', password: STRONG, passwordAgain: STRONG, accept: 'on' },
      { type: 'body', metatype: AcceptInvitationDto },
    );
    expect(value).toBeInstanceOf(AcceptInvitationDto);
    expect((value as AcceptInvitationDto).name).toBe('Ada');
  });
});

describe('form validation of query strings', () => {
  const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
    type: 'query',
    metatype,
  });

  it('remembers a query that passed: the same answer, a new instance, no second validation', async () => {
    const pipe = formValidationPipe();
    const validations = jest.spyOn(ValidationPipe.prototype, 'transform');
    try {
      const first = await pipe.transform(
        { page: '2', quote: '14', extra: 'x' },
        query(ThreadQueryDto),
      );
      const second = await pipe.transform(
        { page: '2', quote: '14', extra: 'x' },
        query(ThreadQueryDto),
      );
      expect(first).toBeInstanceOf(ThreadQueryDto);
      expect(second).toBeInstanceOf(ThreadQueryDto);
      expect(second).toEqual(first);
      expect(second).not.toBe(first);
      expect({ ...(second as object) }).toMatchObject({ page: 2, quote: 14 });
      expect(second).not.toHaveProperty('extra');
      expect(validations).toHaveBeenCalledTimes(1);
      // Another query string, or the same one for another class, is worked out on its own.
      await pipe.transform({ page: '3' }, query(ThreadQueryDto));
      await pipe.transform({ page: '2', quote: '14' }, query(UserFilterDto));
      expect(validations).toHaveBeenCalledTimes(3);
    } finally {
      validations.mockRestore();
    }
  });

  it('validates a long query string every time instead of keeping it', async () => {
    const pipe = formValidationPipe();
    const validations = jest.spyOn(ValidationPipe.prototype, 'transform');
    try {
      const long = { q: 'passenger data '.repeat(12), role: 'staff' };
      await pipe.transform(long, query(UserFilterDto));
      await pipe.transform(long, query(UserFilterDto));
      expect(validations).toHaveBeenCalledTimes(2);
    } finally {
      validations.mockRestore();
    }
  });

  it('validates a failing query every time, with the same message', async () => {
    const pipe = formValidationPipe();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(pipe.transform({ page: 'abc' }, query(ThreadQueryDto))).rejects.toBeInstanceOf(
        FormError,
      );
    }
    await expect(pipe.transform({ role: 'emperor' }, query(UserFilterDto))).rejects.toBeInstanceOf(
      FormError,
    );
  });

  it('does not keep a result with an object in it, which a request could change', async () => {
    class IdsQuery extends PagedQueryDto {
      @IsOptional()
      @Type(() => Number)
      @IsInt({ each: true })
      ids?: number[];
    }
    const pipe = formValidationPipe();
    const first = (await pipe.transform({ ids: ['1', '2'] }, query(IdsQuery))) as IdsQuery;
    first.ids!.push(99);
    const second = (await pipe.transform({ ids: ['1', '2'] }, query(IdsQuery))) as IdsQuery;
    expect(second.ids).toEqual([1, 2]);
  });

  it('leaves bodies to be validated every time', async () => {
    const pipe = formValidationPipe();
    const validations = jest.spyOn(ValidationPipe.prototype, 'transform');
    try {
      const body = { name: 'Ada', password: STRONG, passwordAgain: STRONG, accept: 'on' };
      await pipe.transform(body, { type: 'body', metatype: AcceptInvitationDto });
      await pipe.transform(body, { type: 'body', metatype: AcceptInvitationDto });
      expect(validations).toHaveBeenCalledTimes(2);
    } finally {
      validations.mockRestore();
    }
  });
});

import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { NOTIFICATION_TYPES } from '../notification-types';
import { UpdatePreferencesDto } from './update-preferences.dto';

describe('UpdatePreferencesDto', () => {
  const complete = () => ({
    digestFrequency: 'weekly',
    ...Object.fromEntries(NOTIFICATION_TYPES.map(({ type }) => [`delivery_${type}`, 'in-app'])),
  });
  const check = (form: Record<string, unknown>) =>
    validate(plainToInstance(UpdatePreferencesDto, form), {
      whitelist: true,
      forbidUnknownValues: true,
    });

  it('keeps and checks a field for every declared notification type', async () => {
    const form = plainToInstance(UpdatePreferencesDto, complete());
    expect(await validate(form, { whitelist: true })).toEqual([]);
    for (const { type } of NOTIFICATION_TYPES) {
      expect(form[`delivery_${type}`]).toBe('in-app');
    }
  });

  it('refuses a form that leaves out a type or answers it wrongly', async () => {
    for (const { type } of NOTIFICATION_TYPES) {
      const missing = { ...complete(), [`delivery_${type}`]: undefined };
      expect((await check(missing)).map((error) => error.property)).toEqual([`delivery_${type}`]);
      const wrong = { ...complete(), [`delivery_${type}`]: 'pigeon' };
      expect((await check(wrong)).map((error) => error.property)).toEqual([`delivery_${type}`]);
    }
  });
});

import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RequestFormDto } from './request-form.dto';

describe('RequestFormDto dates (NotBefore)', () => {
  const errorsOf = async (form: Record<string, unknown>) =>
    Object.fromEntries(
      (await validate(plainToInstance(RequestFormDto, form), { stopAtFirstError: true })).map(
        (error) => [error.property, Object.values(error.constraints ?? {})],
      ),
    );

  it('reports an end before its start together with the form’s other mistakes', async () => {
    const errors = await errorsOf({ startsOn: '2027-05-10', endsOn: '2027-05-01', effortDays: -3 });
    expect(errors.endsOn).toEqual(['experts.form.datesOrder']);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['topic', 'effortDays', 'endsOn']));
  });

  it('accepts the same day or later, and leaves a badly written date to its own rule', async () => {
    expect(
      (await errorsOf({ startsOn: '2027-05-01', endsOn: '2027-05-01' })).endsOn,
    ).toBeUndefined();
    expect(
      (await errorsOf({ startsOn: '2027-05-01', endsOn: '2027-06-01' })).endsOn,
    ).toBeUndefined();
    expect((await errorsOf({ startsOn: '2027-05-01', endsOn: '1 May' })).endsOn).toEqual([
      'experts.form.dateInvalid',
    ]);
  });
});

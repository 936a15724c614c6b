import { FormError } from '../../common/forms/form-error';
import { meetingFields, type MeetingInput } from './meeting-input';

const GOOD: MeetingInput = {
  title: ' Q1 online meeting ',
  startsAt: '2026-03-05T14:00',
  endsAt: '2026-03-05T16:30',
  timeZone: 'Africa/Nairobi',
  mode: 'online',
  onlineUrl: 'https://meet.example.org/q1',
  place: 'ignored',
  agenda: 'Welcome | Chair | 10\nRoadmaps',
};

function errorsOf(input: MeetingInput): Record<string, string[]> {
  try {
    meetingFields(input);
  } catch (error) {
    if (!(error instanceof FormError)) throw error;
    return Object.fromEntries(
      Object.entries(error.messages()).map(([field, list]) => [field, list.map((m) => m.key)]),
    );
  }
  throw new Error('no error');
}

describe('meeting form fields', () => {
  it('turns the wall-clock times of the chosen zone into UTC and keeps one of link and place', () => {
    const fields = meetingFields(GOOD);
    expect(fields.title).toBe('Q1 online meeting');
    expect(fields.startsAt.toISOString()).toBe('2026-03-05T11:00:00.000Z');
    expect(fields.endsAt.toISOString()).toBe('2026-03-05T13:30:00.000Z');
    expect(fields.place).toBeNull();
    expect(fields.agenda).toHaveLength(2);
    const inPerson = meetingFields({ ...GOOD, mode: 'in-person', place: 'UNON, Nairobi' });
    expect([inPerson.onlineUrl, inPerson.place]).toEqual([null, 'UNON, Nairobi']);
  });

  it('says everything wrong at once', () => {
    expect(
      errorsOf({ ...GOOD, title: ' ', endsAt: '2026-03-05T13:00', onlineUrl: 'javascript:x' }),
    ).toEqual({
      title: ['meetings.title.missing'],
      endsAt: ['meetings.time.endBeforeStart'],
      onlineUrl: ['meetings.onlineUrl.invalid'],
    });
    expect(errorsOf({ ...GOOD, timeZone: 'Moon/Base' })).toEqual({
      timeZone: ['meetings.timeZone.unknown'],
    });
    expect(errorsOf({ ...GOOD, mode: 'in-person', place: '' })).toEqual({
      place: ['meetings.place.missing'],
    });
    expect(errorsOf({ ...GOOD, endsAt: '2026-03-20T10:00' })).toEqual({
      endsAt: ['meetings.time.tooLong'],
    });
    expect(errorsOf({ ...GOOD, startsAt: 'soon', agenda: 'ok\n| x' })).toEqual({
      startsAt: ['meetings.time.format'],
      agenda: ['meetings.agenda.title'],
    });
    expect(errorsOf({ ...GOOD, timeZone: 'Europe/Paris', startsAt: '2026-03-29T02:30' })).toEqual({
      startsAt: ['meetings.time.gap'],
    });
  });
});

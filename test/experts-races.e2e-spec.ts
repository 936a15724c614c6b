import { FormError } from '../src/common/forms/form-error';
import { EngagementsService } from '../src/experts/engagements.service';
import { Engagement } from '../src/experts/engagement.entity';
import { ExpertAvailability } from '../src/experts/expert-availability.entity';
import { RequestsService } from '../src/experts/requests.service';
import { actorOf, activeExpertProfile } from './support/experts-fixture';
import { createUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Two staff members propose one expert for overlapping dates at the same instant, for two
 * States: the overlap check and the write take turns (the expert's row is locked on MariaDB;
 * SQLite's transactions take turns), so one proposal is refused, naming the other.
 */
describe('Pool of Experts: simultaneous proposals of one expert', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses one of two overlapping proposals posted at once, every time', async () => {
    const staff = [
      await createUser(t.dataSource, { role: 'staff', withTwoFactor: true }),
      await createUser(t.dataSource, { role: 'staff', withTwoFactor: true }),
    ];
    const expert = await createUser(t.dataSource, { role: 'expert' });
    const profile = await activeExpertProfile(t.dataSource, expert.id);
    await t.dataSource.getRepository(ExpertAvailability).save({
      expertId: profile.id,
      kind: 'available',
      startsOn: '2030-01-01',
      endsOn: '2030-12-31',
      note: '',
    });
    const requests = t.app.get(RequestsService);
    const engagements = t.app.get(EngagementsService);
    const ask = async (org: string, startsOn: string, endsOn: string) => {
      const focalPoint = await createUser(t.dataSource, { role: 'focal-point', org });
      return requests.create(await actorOf(t, focalPoint), {
        pillar: 'piu',
        topic: `Mentoring ${org}`,
        language: 'en',
        format: 'remote',
        startsOn,
        endsOn,
        effortDays: 2,
      });
    };
    for (let round = 1; round <= 8; round++) {
      const month = String(round).padStart(2, '0');
      const startsOn = `2030-${month}-02`;
      const endsOn = `2030-${month}-09`;
      const kenya = await ask('KEN', startsOn, endsOn);
      const uganda = await ask('UGA', startsOn, endsOn);
      const propose = async (index: number, requestId: number) =>
        engagements.propose(await actorOf(t, staff[index]), requestId, {
          expertId: profile.id,
          startsOn,
          endsOn,
        });
      const outcomes = await Promise.allSettled([propose(0, kenya.id), propose(1, uganda.id)]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refusal = outcomes.find((outcome) => outcome.status === 'rejected')!;
      expect(refusal.reason).toBeInstanceOf(FormError);
      expect(JSON.stringify((refusal.reason as FormError).messages())).toContain(
        'experts.propose.overlap',
      );
      expect(
        await t.dataSource.getRepository(Engagement).countBy({ expertId: profile.id, startsOn }),
      ).toBe(1);
    }
  });
});

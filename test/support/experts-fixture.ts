import type { DataSource } from 'typeorm';
import { actorFor } from '../../src/common/actor/actor';
import { EngagementsService } from '../../src/experts/engagements.service';
import { RequestsService } from '../../src/experts/requests.service';
import { UsersService } from '../../src/users/users.service';
import { createUser } from './factories';
import type { TestApp } from './test-app';
import { VisibilityColumns } from '../../src/common/visibility/visibility-columns';
import { AssistanceRequest } from '../../src/experts/assistance-request.entity';
import { EngagementFeedback } from '../../src/experts/engagement-feedback.entity';
import { Engagement } from '../../src/experts/engagement.entity';
import { ExpertAvailability } from '../../src/experts/expert-availability.entity';
import { ExpertProfile } from '../../src/experts/expert-profile.entity';
import { MentoringSession } from '../../src/experts/mentoring-session.entity';
import { Organisation } from '../../src/organisations/organisation.entity';
import { User } from '../../src/users/user.entity';

/** A vetted, consenting expert in the pool: a PIU trainer from Africa unless told otherwise. */
export function activeExpertProfile(
  dataSource: DataSource,
  userId: number,
  overrides: Partial<ExpertProfile> = {},
): Promise<ExpertProfile> {
  return dataSource.getRepository(ExpertProfile).save({
    userId,
    status: 'active',
    consent: true,
    backgrounds: 'detection',
    pillars: 'piu',
    languages: 'en,fr,ar',
    regions: 'Africa',
    organisation: 'Border Police',
    biography: 'PIU trainer.',
    ...overrides,
  });
}

/** The signed-in actor of a user, as a controller would hand it to a service. */
export async function actorOf(t: TestApp, user: User) {
  return actorFor((await t.app.get(UsersService).findAuthenticated(user.id))!);
}

/**
 * A new expert engaged with Kenya for the given days through the real flow: the focal point
 * asks, staff propose, the expert accepts, the focal point confirms.
 */
export async function confirmedEngagement(t: TestApp, startsOn: string, endsOn: string) {
  const focalPoint = await createUser(t.dataSource, { role: 'focal-point', org: 'KEN' });
  const staff = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
  const expert = await createUser(t.dataSource, { role: 'expert' });
  const profile = await activeExpertProfile(t.dataSource, expert.id);
  await t.dataSource.getRepository(ExpertAvailability).save({
    expertId: profile.id,
    kind: 'available',
    startsOn: `${startsOn.slice(0, 4)}-01-01`,
    endsOn: `${endsOn.slice(0, 4)}-12-31`,
    note: '',
  });
  const request = await t.app.get(RequestsService).create(await actorOf(t, focalPoint), {
    pillar: 'piu',
    topic: 'Mentoring',
    language: 'en',
    format: 'remote',
    startsOn,
    endsOn,
    effortDays: 2,
  });
  const engagements = t.app.get(EngagementsService);
  const engagement = await engagements.propose(await actorOf(t, staff), request.id, {
    expertId: profile.id,
    startsOn,
    endsOn,
  });
  await engagements.step(await actorOf(t, expert), engagement.id, 'accept');
  await engagements.step(await actorOf(t, focalPoint), engagement.id, 'confirm');
  return { expert, staff, focalPoint, engagementId: engagement.id };
}

export interface ExpertsFixture {
  expertId: number;
  requestId: number;
  /** Active, running today (real time), with a session. */
  engagementId: number;
  /** Closed, with feedback from both sides and a reply. */
  closedEngagementId: number;
}

const plainIn = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A Kenyan request with the expert (a user of role `expert`) engaged on it today, and a closed
 * engagement with feedback, written straight to the tables (the flows have their own tests).
 * `text` marks the data for suites that tell data from catalogue text.
 */
export async function seedExpertsFixture(
  dataSource: DataSource,
  expertUserId: number,
  byUserId: number,
  text = 'Xqzdata',
): Promise<ExpertsFixture> {
  const kenya = await dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
  const profile = await dataSource.getRepository(ExpertProfile).save({
    userId: expertUserId,
    status: 'active',
    consent: true,
    backgrounds: 'detection,legal',
    pillars: 'piu,legislative',
    languages: 'en,fr',
    regions: 'Africa',
    organisation: `${text}-organisation`,
    countryCode: 'KEN',
    biography: `${text}-biography`,
  });
  await dataSource.getRepository(ExpertAvailability).save([
    {
      expertId: profile.id,
      kind: 'available',
      startsOn: plainIn(-30),
      endsOn: plainIn(60),
      note: `${text}-note`,
    },
    {
      expertId: profile.id,
      kind: 'unavailable',
      startsOn: plainIn(61),
      endsOn: plainIn(70),
      note: '',
    },
  ]);
  const request = (fields: Partial<AssistanceRequest>) =>
    dataSource.getRepository(AssistanceRequest).save({
      stateId: kenya.id,
      roadmapStepId: null,
      pillar: 'piu',
      topic: `${text}-topic`,
      description: `${text}-description`,
      language: 'en',
      format: 'remote' as const,
      effortDays: 3,
      status: 'engaged' as const,
      visibility: VisibilityColumns.of('state', { stateId: kenya.id }),
      createdById: byUserId,
      startsOn: plainIn(-2),
      endsOn: plainIn(5),
      ...fields,
    });
  const running = await request({});
  const past = await request({ startsOn: plainIn(-40), endsOn: plainIn(-35), status: 'closed' });
  await request({ status: 'open', startsOn: plainIn(20), endsOn: plainIn(25) });
  const engage = (req: AssistanceRequest, status: 'active' | 'closed') =>
    dataSource.getRepository(Engagement).save({
      requestId: req.id,
      expertId: profile.id,
      expertUserId,
      stateId: kenya.id,
      startsOn: req.startsOn,
      endsOn: req.endsOn,
      status,
      outsideAvailabilityReason: `${text}-reason`,
      proposedById: byUserId,
    });
  const engagement = await engage(running, 'active');
  const closed = await engage(past, 'closed');
  await dataSource.getRepository(MentoringSession).save({
    engagementId: engagement.id,
    heldOn: plainIn(-1),
    topics: `${text}-topics`,
    minutes: 90,
    resourceIds: '12',
    recordedById: expertUserId,
  });
  await dataSource.getRepository(EngagementFeedback).save([
    {
      engagementId: closed.id,
      side: 'state' as const,
      knowledge: 5,
      communication: 4,
      responsiveness: 4,
      fit: 5,
      wouldEngageAgain: true,
      comment: `${text}-comment`,
      commentWithheld: false,
      reply: `${text}-reply`,
      authorId: byUserId,
    },
    {
      engagementId: closed.id,
      side: 'expert' as const,
      rating: 4,
      comment: `${text}-rating`,
      authorId: expertUserId,
    },
  ]);
  // The expert's signed-in copy picks up the assignment.
  await dataSource.getRepository(User).increment({ id: expertUserId }, 'version', 1);
  return {
    expertId: profile.id,
    requestId: running.id,
    engagementId: engagement.id,
    closedEngagementId: closed.id,
  };
}

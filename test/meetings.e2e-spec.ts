import { AuditEvent } from '../src/audit/audit-event.entity';
import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumPost } from '../src/iwg/forum/forum-post.entity';
import { ForumThread } from '../src/iwg/forum/forum-thread.entity';
import type { Iwg } from '../src/iwg/iwg.entity';
import { ActionItem } from '../src/iwg/meetings/action-item.entity';
import { ActionItemsService } from '../src/iwg/meetings/action-items.service';
import { MeetingAgendaItem } from '../src/iwg/meetings/meeting-agenda-item.entity';
import { Meeting } from '../src/iwg/meetings/meeting.entity';
import { InProcessJobRunner } from '../src/jobs/in-process-job-runner';
import { JobRunner } from '../src/jobs/job-runner';
import { Notification } from '../src/notifications/notification.entity';
import { SearchEntry } from '../src/search/search-entry.entity';
import type { User } from '../src/users/user.entity';
import { createUser } from './support/factories';
import { postForm, type Agent, signedInAgent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import { ManualClock } from './support/manual-clock';
import { startTestApp, type TestApp } from './support/test-app';

/** IWG meetings: scheduling, changes, cancellation, minutes, action items, calendars, news. */
describe('IWG meetings', () => {
  let t: TestApp;
  // 1 January 2026, 06:00 UTC: the meetings below are ahead, their action items partly due.
  const clock = new ManualClock(Date.UTC(2026, 0, 1, 6));
  let runner: InProcessJobRunner;
  let east: Iwg;
  let staffUser: User;
  let officialUser: User;
  let colleagueUser: User;
  let staff: Agent;
  let official: Agent;
  let colleague: Agent;
  let foreigner: Agent;
  let partner: Agent;
  let meetingId: number;

  const agentAs = (user: User) => signedInAgent(t.server, user);

  async function advance(ms: number): Promise<void> {
    await clock.advance(ms);
    await runner.idle();
    for (let round = 0; round < 3; round++) {
      await clock.advance(0);
      await runner.idle();
    }
  }

  const FORM = {
    title: 'Q1 online meeting',
    startsAt: '2026-01-20T14:00',
    endsAt: '2026-01-20T16:30',
    timeZone: 'Africa/Nairobi',
    mode: 'online',
    onlineUrl: 'https://meet.example.org/q1',
    place: '',
    agenda: 'Welcome | Chair | 10\nCarrier engagement, PNRGOV | Kenya | 45\nAOB',
  };

  const changeOf = (notification: Notification) =>
    (JSON.parse(notification.params) as { change: string }).change;

  const notificationsOf = (userId: number, type: string) =>
    t.dataSource
      .getRepository(Notification)
      .find({ where: { userId, type }, order: { id: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp({}, undefined, { clock });
    runner = t.app.get<JobRunner, InProcessJobRunner>(JobRunner);
    east = await createIwg(t, 'EAF', ['KEN', 'UGA']);
    await createIwg(t, 'WAF', ['NGA']);
    staffUser = await createUser(t.dataSource, {
      role: 'staff',
      name: 'Sara Secretariat',
      withTwoFactor: true,
    });
    officialUser = await createUser(t.dataSource, {
      role: 'official',
      org: 'KEN',
      name: 'Wanjiru Kamau',
    });
    colleagueUser = await createUser(t.dataSource, {
      role: 'official',
      org: 'UGA',
      name: 'Okello Ouma',
    });
    staff = await agentAs(staffUser);
    official = await agentAs(officialUser);
    colleague = await agentAs(colleagueUser);
    foreigner = await agentAs(await createUser(t.dataSource, { role: 'official', org: 'NGA' }));
    partner = await agentAs(await createUser(t.dataSource, { role: 'partner' }));
    const added = await postForm(staff, `/iwg/${east.id}/manage`, `/iwg/${east.id}/participants`, {
      kind: 'secretariat',
      email: staffUser.email,
    });
    expect(added.status).toBe(303);
  });
  afterAll(() => t.close());

  it('refuses the schedule form to members who do not run the meetings', async () => {
    expect((await official.get(`/iwg/${east.id}/meetings/new`)).status).toBe(403);
    expect((await staff.get(`/iwg/${east.id}/meetings/new`)).status).toBe(200);
  });

  it('re-renders the form with a message for each mistake, never a 500', async () => {
    const page = `/iwg/${east.id}/meetings/new`;
    const action = `/iwg/${east.id}/meetings`;
    const endBeforeStart = await postForm(staff, page, action, {
      ...FORM,
      endsAt: '2026-01-20T13:00',
    });
    expect(endBeforeStart.status).toBe(400);
    expect(endBeforeStart.text).toContain('The meeting must end after it starts.');
    expect(endBeforeStart.text).toContain('value="Q1 online meeting"');
    const zone = await postForm(staff, page, action, { ...FORM, timeZone: 'Mars/Olympus' });
    expect(zone.status).toBe(400);
    expect(zone.text).toContain('Choose a time zone from the list');
    const empty = await postForm(staff, page, action, { ...FORM, title: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Enter a title.');
    const place = await postForm(staff, page, action, { ...FORM, mode: 'in-person', place: '' });
    expect(place.status).toBe(400);
    expect(place.text).toContain('Say where the meeting is held.');
    const agenda = await postForm(staff, page, action, { ...FORM, agenda: 'Fine\n | nobody' });
    expect(agenda.text).toContain('Agenda line 2');
    expect(await t.dataSource.getRepository(Meeting).count()).toBe(0);
  });

  it('schedules a meeting: UTC instants and the zone, agenda, thread, audit, news, search', async () => {
    const response = await postForm(
      staff,
      `/iwg/${east.id}/meetings/new`,
      `/iwg/${east.id}/meetings`,
      FORM,
    );
    expect(response.status).toBe(303);
    const meeting = await t.dataSource.getRepository(Meeting).findOneByOrFail({ iwgId: east.id });
    meetingId = meeting.id;
    expect(response.headers.location).toBe(`/iwg/${east.id}/meetings/${meeting.id}`);
    expect(meeting.startsAt.toISOString()).toBe('2026-01-20T11:00:00.000Z');
    expect(meeting.endsAt.toISOString()).toBe('2026-01-20T13:30:00.000Z');
    expect([meeting.timeZone, meeting.sequence, meeting.status]).toEqual([
      'Africa/Nairobi',
      0,
      'scheduled',
    ]);
    expect(meeting.visibility).toMatchObject({ level: 'region', regionId: east.regionId });
    const agenda = await t.dataSource
      .getRepository(MeetingAgendaItem)
      .find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } });
    expect(agenda.map((item) => [item.title, item.presenter, item.durationMinutes])).toEqual([
      ['Welcome', 'Chair', 10],
      ['Carrier engagement, PNRGOV', 'Kenya', 45],
      ['AOB', null, null],
    ]);

    // Its thread, in General, opened by the forum's own service, pointing back to the meeting.
    const thread = await t.dataSource
      .getRepository(ForumThread)
      .findOneByOrFail({ id: meeting.threadId! });
    const general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: east.id, kind: 'general' });
    expect([thread.title, thread.categoryId]).toEqual([FORM.title, general.id]);
    const opening = await t.dataSource
      .getRepository(ForumPost)
      .findOneByOrFail({ threadId: thread.id });
    expect(opening.body).toContain(`/iwg/${east.id}/meetings/${meeting.id}`);

    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'meeting.scheduled', targetId: String(meeting.id) });
    expect(audit.actorId).toBe(staffUser.id);

    // The region's members hear of it; the one who scheduled it does not.
    const told = await notificationsOf(officialUser.id, 'meeting');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ reason: 'participant', subjectKind: 'meeting' });
    expect(JSON.parse(told[0].params)).toEqual({
      change: 'scheduled',
      startsAt: '2026-01-20T11:00:00.000Z',
    });
    expect(await notificationsOf(colleagueUser.id, 'meeting')).toHaveLength(1);
    expect(await notificationsOf(staffUser.id, 'meeting')).toHaveLength(0);
    const centre = await official.get('/notifications');
    expect(centre.text).toContain('Meeting scheduled for');
    expect(centre.text).toContain(FORM.title);

    const entry = await t.dataSource
      .getRepository(SearchEntry)
      .findOneByOrFail({ kind: 'meeting', refId: meeting.id });
    expect(entry.title).toBe(FORM.title);
    expect((await official.get('/search?q=PNRGOV&kind=meeting')).text).toContain(FORM.title);
    expect((await foreigner.get('/search?q=PNRGOV&kind=meeting')).text).not.toContain(FORM.title);
  });

  it('shows the meeting in the member’s own time zone and the meeting’s', async () => {
    const page = await official.get(`/iwg/${east.id}/meetings/${meetingId}`);
    expect(page.status).toBe(200);
    // The official's zone is UTC: 11:00 there, 14:00 in Nairobi.
    expect(page.text).toMatch(/20 Jan 2026, 11:00 UTC/);
    expect(page.text).toMatch(/20 Jan 2026, 14:00 Africa\/Nairobi/);
    expect(page.text).toContain('Carrier engagement, PNRGOV');
    expect(page.text).toContain(`/iwg/${east.id}/meetings/${meetingId}.ics`);
    expect(page.text).not.toContain('Cancel the meeting');
    const list = await official.get(`/iwg/${east.id}/meetings`);
    expect(list.text).toContain(FORM.title);
    const iwgPage = await official.get(`/iwg/${east.id}`);
    expect(iwgPage.text).toContain(FORM.title);
    const home = await official.get('/');
    expect(home.text).toContain('Upcoming meetings');
    expect(home.text).toContain(FORM.title);
  });

  it('answers 404 to another region’s official and to a partner not invited, and audits it', async () => {
    for (const agent of [foreigner, partner]) {
      for (const path of [
        `/iwg/${east.id}/meetings`,
        `/iwg/${east.id}/meetings/${meetingId}`,
        `/iwg/${east.id}/meetings/${meetingId}.ics`,
      ])
        expect((await agent.get(path)).status).toBe(404);
    }
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'access.denied', targetType: 'iwg', targetId: String(east.id) }),
    ).toBeGreaterThan(0);
    expect((await official.get(`/iwg/${east.id}/meetings/999999`)).status).toBe(404);
    expect((await official.get(`/iwg/${east.id}/meetings/x1.ics`)).status).toBe(404);
  });

  it('serves an RFC 5545 calendar file', async () => {
    const response = await official.get(`/iwg/${east.id}/meetings/${meetingId}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="meeting-${meetingId}.ics"`,
    );
    const text = response.text;
    expect(text.split('\r\n')).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        `UID:meeting-${meetingId}@127.0.0.1`,
        'SEQUENCE:0',
        'DTSTART:20260120T110000Z',
        'DTEND:20260120T133000Z',
        'SUMMARY:Q1 online meeting',
        'LOCATION:https://meet.example.org/q1',
        `URL:http://127.0.0.1/iwg/${east.id}/meetings/${meetingId}`,
        'STATUS:CONFIRMED',
      ]),
    );
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(text).toContain('Carrier engagement\\, PNRGOV');
  });

  it('changes a meeting: a new sequence, audit, news and a word in the thread', async () => {
    const unchanged = await postForm(
      staff,
      `/iwg/${east.id}/meetings/${meetingId}/edit`,
      `/iwg/${east.id}/meetings/${meetingId}/edit`,
      FORM,
    );
    expect(unchanged.status).toBe(303);
    expect(
      (await t.dataSource.getRepository(Meeting).findOneByOrFail({ id: meetingId })).sequence,
    ).toBe(0);

    const edit = await staff.get(`/iwg/${east.id}/meetings/${meetingId}/edit`);
    expect(edit.text).toContain('value="2026-01-20T14:00"');
    expect(edit.text).toContain('Welcome | Chair | 10');
    const bad = await postForm(
      staff,
      `/iwg/${east.id}/meetings/${meetingId}/edit`,
      `/iwg/${east.id}/meetings/${meetingId}/edit`,
      { ...FORM, endsAt: '2026-01-19T10:00' },
    );
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('The meeting must end after it starts.');
    const moved = await postForm(
      staff,
      `/iwg/${east.id}/meetings/${meetingId}/edit`,
      `/iwg/${east.id}/meetings/${meetingId}/edit`,
      {
        ...FORM,
        title: 'Q1 online meeting (moved)',
        startsAt: '2026-01-21T09:00',
        endsAt: '2026-01-21T11:00',
      },
    );
    expect(moved.status).toBe(303);
    const meeting = await t.dataSource.getRepository(Meeting).findOneByOrFail({ id: meetingId });
    expect(meeting.sequence).toBe(1);
    expect(meeting.startsAt.toISOString()).toBe('2026-01-21T06:00:00.000Z');
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'meeting.changed', targetId: String(meetingId) }),
    ).toBe(1);
    const told = await notificationsOf(officialUser.id, 'meeting');
    expect(told.map((n) => changeOf(n))).toEqual(['scheduled', 'changed']);
    expect(
      await t.dataSource.getRepository(ForumPost).countBy({ threadId: meeting.threadId! }),
    ).toBe(2);
    // Renamed with it: the thread and the search entries.
    const thread = await t.dataSource
      .getRepository(ForumThread)
      .findOneByOrFail({ id: meeting.threadId! });
    expect(thread.title).toBe('Q1 online meeting (moved)');
    for (const kind of ['meeting', 'thread'] as const) {
      const refId = kind === 'meeting' ? meeting.id : thread.id;
      const entry = await t.dataSource.getRepository(SearchEntry).findOneByOrFail({ kind, refId });
      expect(entry.title).toBe('Q1 online meeting (moved)');
    }
    const ics = await official.get(`/iwg/${east.id}/meetings/${meetingId}.ics`);
    expect(ics.text).toContain('\r\nSEQUENCE:1\r\n');
    expect(ics.text).toContain('\r\nDTSTART:20260121T060000Z\r\n');
    // Officials may not change it.
    const refused = await postForm(
      official,
      `/iwg/${east.id}/meetings/${meetingId}`,
      `/iwg/${east.id}/meetings/${meetingId}/edit`,
      FORM,
    );
    expect(refused.status).toBe(403);
  });

  it('records minutes rendered by the shared Markdown renderer', async () => {
    const empty = await postForm(
      staff,
      `/iwg/${east.id}/meetings/${meetingId}`,
      `/iwg/${east.id}/meetings/${meetingId}/minutes`,
      { minutes: ' ' },
    );
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Write the minutes.');
    const saved = await postForm(
      staff,
      `/iwg/${east.id}/meetings/${meetingId}`,
      `/iwg/${east.id}/meetings/${meetingId}/minutes`,
      { minutes: 'Agreed: **carrier letters** by March.\n\n<script>alert(1)</script>' },
    );
    expect(saved.status).toBe(303);
    const page = await official.get(`/iwg/${east.id}/meetings/${meetingId}`);
    expect(page.text).toContain('<strong>carrier letters</strong>');
    expect(page.text).not.toContain('name="minutes"');
    // The secretariat's form shows the minutes as written, to correct them.
    expect((await staff.get(`/iwg/${east.id}/meetings/${meetingId}`)).text).toContain(
      'Agreed: **carrier letters** by March.',
    );
    expect(page.text).not.toContain('<script>alert(1)</script>');
    const entry = await t.dataSource
      .getRepository(SearchEntry)
      .findOneByOrFail({ kind: 'meeting', refId: meetingId });
    expect(entry.body).toContain('carrier letters');
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'meeting.minutes-recorded', targetId: String(meetingId) }),
    ).toBe(1);
  });

  it('gives action items to members of the IWG only, and tells the owner', async () => {
    const page = `/iwg/${east.id}/meetings/${meetingId}`;
    const action = `${page}/actions`;
    const form = await staff.get(page);
    expect(form.text).toContain('Wanjiru Kamau');
    const outsider = await createUser(t.dataSource, { role: 'official', org: 'NGA' });
    const refused = await postForm(staff, page, action, {
      title: 'Share the checklist',
      ownerId: String(outsider.id),
      dueOn: '2026-01-02',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Choose a member who takes part in this working group.');
    const badDate = await postForm(staff, page, action, {
      title: 'Share the checklist',
      ownerId: String(officialUser.id),
      dueOn: '2026-02-30',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.text).toContain('Enter the due date as YYYY-MM-DD.');

    for (const [title, dueOn] of [
      ['Share the carrier onboarding checklist', '2026-01-02'],
      ['Circulate the draft SOP', '2025-12-20'],
    ]) {
      const added = await postForm(staff, page, action, {
        title,
        ownerId: String(officialUser.id),
        dueOn,
      });
      expect(added.status).toBe(303);
    }
    const items = await t.dataSource
      .getRepository(ActionItem)
      .find({ where: { meetingId }, order: { id: 'ASC' } });
    expect(items.map((item) => [item.ownerId, item.status])).toEqual([
      [officialUser.id, 'open'],
      [officialUser.id, 'open'],
    ]);
    const assigned = await notificationsOf(officialUser.id, 'action-item');
    expect(assigned.map((n) => [n.reason, changeOf(n)])).toEqual([
      ['assigned', 'assigned'],
      ['assigned', 'assigned'],
    ]);

    // The overdue one shows on the IWG page and first in the owner's block.
    const iwgPage = await colleague.get(`/iwg/${east.id}`);
    expect(iwgPage.text).toContain('Circulate the draft SOP');
    const home = (await official.get('/')).text;
    expect(home).toContain('My action items');
    expect(home.indexOf('Circulate the draft SOP')).toBeLessThan(
      home.indexOf('Share the carrier onboarding checklist'),
    );
    expect(home).toContain('Overdue');
  });

  it('lets the owner and the secretariat change an item’s status, and nobody else', async () => {
    const [first] = await t.dataSource
      .getRepository(ActionItem)
      .find({ where: { meetingId }, order: { id: 'ASC' } });
    const page = `/iwg/${east.id}/meetings/${meetingId}`;
    const action = `${page}/actions/${first.id}/status`;
    expect((await postForm(colleague, page, action, { status: 'done' })).status).toBe(403);
    expect((await postForm(foreigner, '/login', action, { status: 'done' })).status).toBe(404);
    const bad = await postForm(official, page, action, { status: 'finished' });
    expect(bad.status).toBe(400);
    const moved = await postForm(official, page, action, { status: 'in-progress' });
    expect(moved.status).toBe(303);
    expect(
      (await t.dataSource.getRepository(ActionItem).findOneByOrFail({ id: first.id })).status,
    ).toBe('in-progress');
    expect((await postForm(staff, page, action, { status: 'open' })).status).toBe(303);
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action: 'meeting.action-status-changed' }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.actorId)).toEqual([officialUser.id, staffUser.id]);
  });

  it('lets the secretariat correct an item: a new owner is told, others may not', async () => {
    const [, second] = await t.dataSource
      .getRepository(ActionItem)
      .find({ where: { meetingId }, order: { id: 'ASC' } });
    const form = `/iwg/${east.id}/meetings/${meetingId}/actions/${second.id}/edit`;
    expect((await official.get(form)).status).toBe(403);
    expect((await foreigner.get(form)).status).toBe(404);
    const page = await staff.get(form);
    expect(page.status).toBe(200);
    expect(page.text).toContain('value="Circulate the draft SOP"');
    const bad = await postForm(staff, form, form, {
      title: '',
      ownerId: String(colleagueUser.id),
      dueOn: '2025-12-21',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Say what is to be done.');
    const saved = await postForm(staff, form, form, {
      title: 'Circulate the draft SOP for comments',
      ownerId: String(colleagueUser.id),
      dueOn: '2025-12-21',
    });
    expect(saved.status).toBe(303);
    const item = await t.dataSource.getRepository(ActionItem).findOneByOrFail({ id: second.id });
    expect([item.title, item.ownerId, item.dueOn]).toEqual([
      'Circulate the draft SOP for comments',
      colleagueUser.id,
      '2025-12-21',
    ]);
    const told = await notificationsOf(colleagueUser.id, 'action-item');
    expect(told.map((n) => [n.reason, changeOf(n)])).toEqual([['assigned', 'assigned']]);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'meeting.action-changed', targetId: String(meetingId) }),
    ).toBe(1);
  });

  it('reminds the owner on the morning an item is due, once, and not for a settled one', async () => {
    const items = await t.dataSource
      .getRepository(ActionItem)
      .find({ where: { meetingId }, order: { id: 'ASC' } });
    // The overdue one is settled before the sweep finds it: no reminder.
    await t.dataSource.getRepository(ActionItem).update({ id: items[1].id }, { status: 'done' });
    const due = async () =>
      (await notificationsOf(officialUser.id, 'action-item')).filter((n) => changeOf(n) === 'due');
    // 1 January, 06:00 → 2 January, 07:00 UTC: not yet the owner's morning (08:00 UTC).
    await advance(25 * 3_600_000);
    expect(await due()).toHaveLength(0);
    await advance(2 * 3_600_000);
    const sent = await due();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ subjectKind: 'action-item', subjectId: String(items[0].id) });
    expect(JSON.parse(sent[0].params)).toEqual({ change: 'due', dueOn: '2026-01-02' });
    // Safe to run again: nothing more.
    const service = t.app.get(ActionItemsService);
    expect(await service.remind(items[0].id, '2026-01-02')).toBe(false);
    expect(await service.remind(items[1].id, '2025-12-20')).toBe(false);
    await advance(3 * 3_600_000);
    expect(await due()).toHaveLength(1);
    const centre = await official.get('/notifications');
    expect(centre.text).toContain('An action item of yours is due on');
    expect(centre.text).toContain('Share the carrier onboarding checklist');
  });

  it('sends a reminder no job waited for (a restart lost it) from the hourly sweep', async () => {
    // Written directly, as if the process had stopped before its reminder was queued.
    const lost = await t.dataSource.getRepository(ActionItem).save(
      t.dataSource.getRepository(ActionItem).create({
        meetingId,
        iwgId: east.id,
        title: 'Book the interpreters',
        ownerId: colleagueUser.id,
        dueOn: '2026-01-02',
        status: 'open',
        reminderSentFor: null,
        createdById: staffUser.id,
      }),
    );
    await advance(3_600_000);
    const due = (await notificationsOf(colleagueUser.id, 'action-item')).filter(
      (n) => changeOf(n) === 'due',
    );
    expect(due.map((n) => n.subjectId)).toEqual([String(lost.id)]);
    expect(
      (await t.dataSource.getRepository(ActionItem).findOneByOrFail({ id: lost.id }))
        .reminderSentFor,
    ).toBe('2026-01-02');
  });

  it('cancels a meeting: status, sequence, calendar, news; then refuses changes', async () => {
    const page = `/iwg/${east.id}/meetings/${meetingId}`;
    const unconfirmed = await postForm(staff, page, `${page}/cancel`, {});
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.text).toContain('Tick the box to confirm the cancellation.');
    expect((await postForm(official, page, `${page}/cancel`, { confirm: 'on' })).status).toBe(403);
    const cancelled = await postForm(staff, page, `${page}/cancel`, { confirm: 'on' });
    expect(cancelled.status).toBe(303);
    const meeting = await t.dataSource.getRepository(Meeting).findOneByOrFail({ id: meetingId });
    expect([meeting.status, meeting.sequence]).toEqual(['cancelled', 2]);
    const ics = await official.get(`${page}.ics`);
    expect(ics.text).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(ics.text).toContain('\r\nSEQUENCE:2\r\n');
    const told = await notificationsOf(colleagueUser.id, 'meeting');
    expect(told.map((n) => changeOf(n))).toEqual(['scheduled', 'changed', 'cancelled']);
    const again = await postForm(staff, page, `${page}/edit`, FORM);
    expect(again.status).toBe(400);
    expect(again.text).toContain('A cancelled meeting cannot be changed.');
    const home = await official.get('/');
    expect(home.text).toContain('No meeting in your working groups in the next 30 days.');
  });
});

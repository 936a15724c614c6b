import { join } from 'node:path';
import { actorFor } from '../../src/common/actor/actor';
import { TemplatesService } from '../../src/documents/templates.service';
import type { TemplateContent } from '../../src/documents/template/template-content';
import { UsersService } from '../../src/users/users.service';
import {
  ARTIFACTS,
  signIn,
  startBrowserHarness,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';

const CONTENT: TemplateContent = {
  variables: [
    {
      name: 'piu_name',
      label: 'Official name of the PIU',
      type: 'text',
      help: 'As in its founding act.',
      required: true,
      defaultValue: '',
      choices: [],
    },
    {
      name: 'review_minutes',
      label: 'Minutes to take a new hit',
      type: 'number',
      help: '',
      required: true,
      defaultValue: '',
      choices: [],
    },
  ],
  sections: [
    {
      key: 's1',
      title: 'Purpose',
      condition: null,
      body: 'The **{{ piu_name }}** handles watchlist hits.',
    },
    {
      key: 's2',
      title: 'Receiving the alert',
      condition: null,
      body: 'An analyst takes a hit within {{ review_minutes }} minutes.',
    },
  ],
};

describe('State documents with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('a focal point fills and submits an SOP, staff approve, the State takes one template change and keeps another', async () => {
    const { t, browser, base } = harness;
    const staffUser = await createUser(t.dataSource, {
      role: 'staff',
      withTwoFactor: true,
      name: 'Tomás Rivera',
    });
    const focalUser = await createUser(t.dataSource, {
      role: 'focal-point',
      org: 'KEN',
      name: 'Wanjiru Kamau',
    });
    const staffActor = actorFor((await t.app.get(UsersService).findAuthenticated(staffUser.id))!);
    const templates = t.app.get(TemplatesService);
    const template = await templates.create(
      staffActor,
      { title: 'Watchlist hit SOP', kind: 'piu-sop', pillar: 'piu', language: 'en' },
      CONTENT,
    );
    await templates.publish(staffActor, template.id);

    const focalContext = await browser.newContext();
    const focal = await focalContext.newPage();
    const errors = watchConsole(focal);
    await signIn(focal, base, focalUser);
    await focal.goto(`${base}/states/KEN/documents`);
    await focal.getByLabel('Template').selectOption({ label: 'Watchlist hit SOP' });
    await focal.getByRole('button', { name: 'Start' }).click();
    await focal.waitForURL(/\/fill$/);
    await focal.getByLabel('Official name of the PIU').fill('Kenya Passenger Information Unit');
    await focal.getByRole('button', { name: 'Save and continue' }).click();
    await focal.waitForURL(/step=1$/);
    await focal.getByLabel('Minutes to take a new hit').fill('twenty');
    await focal.getByRole('button', { name: 'Save and continue' }).click();
    await focal.getByText('Write a number, such as 12 or 3.5.').waitFor();
    await focal.getByLabel('Minutes to take a new hit').fill('20');
    await focal.getByRole('button', { name: 'Save and continue' }).click();
    await focal.waitForURL(/\/documents\/\d+$/);
    const documentUrl = focal.url();
    await focal.getByText('An analyst takes a hit within 20 minutes.').waitFor();
    await focal.getByRole('button', { name: 'Submit for review' }).click();
    await focal.getByRole('button', { name: 'Approve' }).click();
    await focal.getByText('Your approval is recorded.').waitFor();

    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signIn(staff, base, staffUser);
    await staff.goto(documentUrl);
    await staff.getByRole('button', { name: 'Approve' }).click();
    await expect(staff.locator('#document-status').innerText()).resolves.toBe('Approved');
    await staff.getByRole('button', { name: 'Make active' }).click();
    await expect(staff.locator('#document-status').innerText()).resolves.toBe('Active');

    // The template changes both sections.
    const draft = await templates.template(template.id);
    await templates.writeDraft(draft, draft, {
      ...CONTENT,
      sections: [
        {
          ...CONTENT.sections[0],
          body: 'The **{{ piu_name }}** handles watchlist hits, day and night.',
        },
        {
          ...CONTENT.sections[1],
          body: 'The first free analyst takes a hit within {{ review_minutes }} minutes.',
        },
      ],
    });
    await templates.publish(staffActor, template.id, 'Night duty');

    await focal.goto(documentUrl);
    await focal.getByText('Template updated: version 2 changes 2 sections.').waitFor();
    await focal.getByRole('link', { name: 'Review the changes' }).click();
    await focal.locator('#decision-s1-accept').check();
    await focal.locator('#decision-s2-keep').check();
    await focal.screenshot({ path: join(ARTIFACTS, 'documents-upstream.png'), fullPage: true });
    await focal.getByRole('button', { name: 'Record my decisions' }).click();
    await focal.getByText('Your decisions are recorded.').waitFor();
    await expect(focal.locator('#document-status').innerText()).resolves.toBe('Draft');
    await focal.getByText('handles watchlist hits, day and night.').waitFor();
    await focal.getByText('An analyst takes a hit within 20 minutes.').waitFor();
    await expect(focal.locator('#decisions li').count()).resolves.toBe(2);
    // The refused answer's page came back with 400 on purpose; nothing else went wrong.
    expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await focalContext.close();
    await staffContext.close();
  });
});

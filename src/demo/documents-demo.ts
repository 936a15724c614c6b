import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../common/actor/actor';
import type { CliIo } from '../cli/cli-command';
import { DocumentRoadmapStepService } from '../documents/document-roadmap-step.service';
import { DocumentTemplate } from '../documents/document-template.entity';
import { PIU_TERMS_OF_REFERENCE } from '../documents/seed/piu-terms-of-reference';
import { WATCHLIST_HIT_SOP } from '../documents/seed/watchlist-hit-sop';
import { StateDocument } from '../documents/state-document.entity';
import { StateDocumentsService } from '../documents/state-documents.service';
import { TemplatesService } from '../documents/templates.service';
import { Organisation } from '../organisations/organisation.entity';
import { RoadmapStep } from '../programme/roadmaps/roadmap-step.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

/** Kenya's answers to the SOP: an active document. */
const KENYA_SOP_ANSWERS = {
  piu_name: 'Kenya Passenger Information Unit',
  legal_basis: 'the Prevention of Terrorism Act (2012) and the Data Protection Act (2019)',
  review_minutes: '20',
  supervisor_title: 'Duty supervisor',
  partner_agencies:
    'National Police Service\nDirectorate of Immigration Services\nKenya Revenue Authority (Customs)',
  dpo_contact: 'Office of the Data Protection Commissioner',
  retention_months: '6',
  maritime: 'yes',
  adopted_on: '2026-09-15',
};

/** Kenya's roadmap step the SOP fulfils (roadmaps-demo.ts). */
const KENYA_SOP_STEP = 'Standard operating procedures for the 24/7 watch desk';

/**
 * The documents' demo: the two seeded templates published by the demo staff member, Kenya's
 * watchlist-hit SOP tied to its roadmap step and made active (approved by its focal point and
 * by staff), which marks the step done, and its Terms of Reference as a draft half answered. Written through the module's own services, so approvals
 * and audit are as in use. Templates already there (by title) are left alone.
 */
export async function seedDemoDocuments(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  const users = app.get(UsersService);
  const actorOf = async (email: string): Promise<Actor> =>
    actorFor(
      (await users.findAuthenticated(
        (await dataSource.getRepository(User).findOneByOrFail({ email })).id,
      ))!,
    );
  const staff = await actorOf('staff@demo.example.org');
  const focal = await actorOf('focal.kenya@demo.example.org');
  const templates = app.get(TemplatesService);
  const documents = app.get(StateDocumentsService);
  const ids: number[] = [];
  let added = 0;
  for (const seed of [WATCHLIST_HIT_SOP, PIU_TERMS_OF_REFERENCE]) {
    const existing = await dataSource
      .getRepository(DocumentTemplate)
      .findOneBy({ title: seed.title });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const template = await templates.create(staff, seed, seed.content);
    await templates.publish(staff, template.id, 'First edition');
    ids.push(template.id);
    added++;
  }
  const [sopId, torId] = ids;
  if ((await dataSource.getRepository(StateDocument).countBy({ templateId: sopId })) === 0) {
    const sop = await documents.create(focal, 'KEN', { templateId: sopId });
    await dataSource
      .getRepository(StateDocument)
      .update({ id: sop.id }, { answers: JSON.stringify(KENYA_SOP_ANSWERS) });
    // Tied to its roadmap step (when the roadmaps demo drew Kenya's): activation marks it done.
    const kenya = await dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const step = await dataSource
      .getRepository(RoadmapStep)
      .findOneBy({ stateId: kenya.id, title: KENYA_SOP_STEP });
    if (step)
      await app.get(DocumentRoadmapStepService).tie(focal, 'KEN', String(sop.id), String(step.id));
    await documents.step(focal, 'KEN', String(sop.id), 'submit');
    await documents.comment(staff, 'KEN', String(sop.id), {
      sectionKey: 's3',
      body: 'Twenty minutes is ambitious for night shifts: say who is on call.',
    });
    await documents.step(focal, 'KEN', String(sop.id), 'approve');
    await documents.step(staff, 'KEN', String(sop.id), 'approve');
    await documents.step(focal, 'KEN', String(sop.id), 'activate');
    const tor = await documents.create(focal, 'KEN', { templateId: torId });
    await dataSource.getRepository(StateDocument).update(
      { id: tor.id },
      {
        answers: JSON.stringify({
          piu_name: 'Kenya Passenger Information Unit',
          host_agency: 'National Police Service',
          legal_basis: 'the Prevention of Terrorism Act (2012)',
          member_agencies: 'National Police Service\nDirectorate of Immigration Services',
          staffing: '3',
          operating_hours: '24 hours a day, 7 days a week',
          oversight_body: '',
          maritime: 'yes',
        }),
      },
    );
  }
  io.stdout.write(
    `\nDocuments: ${added} templates published; Kenya has an active SOP (its roadmap step done) and a draft ToR\n`,
  );
}

import { actorFor } from '../../src/common/actor/actor';
import { StateDocumentsService } from '../../src/documents/state-documents.service';
import { TemplatesService } from '../../src/documents/templates.service';
import type { TemplateContent } from '../../src/documents/template/template-content';
import { UsersService } from '../../src/users/users.service';
import type { TestApp } from './test-app';

/**
 * A template with two published versions (so there is a diff) and a draft with mistakes (so its
 * page lists them), and a KEN document made from the first version, in review with a comment
 * (so its page shows the "template updated" offer and the review). Every text starts with `marker`, for suites that tell data from catalogue text.
 */
export async function documentsFixture(
  t: TestApp,
  marker: string,
  staffId: number,
  focalPointId: number,
): Promise<{ templateId: number; documentId: number }> {
  const users = t.app.get(UsersService);
  const staff = actorFor((await users.findAuthenticated(staffId))!);
  const focal = actorFor((await users.findAuthenticated(focalPointId))!);
  const name = marker.toLowerCase();
  const content: TemplateContent = {
    variables: [
      {
        name,
        label: `${marker}-label`,
        type: 'text',
        help: `${marker}-help`,
        required: true,
        defaultValue: `${marker}-answer`,
        choices: [],
      },
      {
        name: `${name}_flag`,
        label: `${marker}-flag`,
        type: 'yes-no',
        help: '',
        required: false,
        defaultValue: 'yes',
        choices: [],
      },
    ],
    sections: [
      {
        key: 's1',
        title: `${marker}-section`,
        condition: null,
        body: `${marker}-body {{ ${name} }}`,
      },
      { key: 's2', title: `${marker}-second`, condition: `${name}_flag`, body: `- ${marker}-item` },
    ],
  };
  const templates = t.app.get(TemplatesService);
  const template = await templates.create(
    staff,
    { title: `${marker}-template`, kind: 'piu-sop', pillar: 'piu', language: 'en' },
    content,
  );
  await templates.publish(staff, template.id);
  const documents = t.app.get(StateDocumentsService);
  const document = await documents.create(focal, 'KEN', { templateId: template.id });
  const draft = await templates.template(template.id);
  await templates.writeDraft(draft, draft, {
    ...content,
    sections: [content.sections[0], { ...content.sections[1], body: `- ${marker}-changed` }],
  });
  await templates.publish(staff, template.id, `${marker}-note`);
  // The draft after version 2 has mistakes, so the template's page names them (line, column,
  // what is wrong) in the catalogue's words: an unknown tag.
  const next = await templates.template(template.id);
  await templates.writeDraft(next, next, {
    ...content,
    sections: [
      ...content.sections,
      {
        key: 's3',
        title: `${marker}-broken`,
        condition: null,
        body: `${marker}-text\n{% ${name}tag %}`,
      },
    ],
  });
  await documents.step(focal, 'KEN', String(document.id), 'submit');
  await documents.comment(staff, 'KEN', String(document.id), {
    sectionKey: 's1',
    body: `${marker}-comment`,
  });
  return { templateId: template.id, documentId: document.id };
}

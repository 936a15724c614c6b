import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { languageName, UN_LANGUAGES } from '../account/languages';
import type { Actor } from '../common/actor/actor';
import { Pillar } from '../organisations/pillar.entity';
import { DocumentTemplate } from './document-template.entity';
import { StateDocument } from './state-document.entity';
import { diffSections } from './template/section-diff';
import {
  contentOf,
  TEMPLATE_KINDS,
  VARIABLE_TYPES,
  type TemplateContent,
} from './template/template-content';
import { TemplatesService } from './templates.service';

/** Spare rows the editor offers for new sections and variables (no script needed to add one). */
const SPARE_SECTIONS = 2;
const SPARE_VARIABLES = 3;

/** The template pages' view models: the list, a template, the editor, a version, a diff. */
@Injectable()
export class TemplatePagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly templates: TemplatesService,
  ) {}

  async listModel(actor: Actor) {
    const pillarNames = await this.pillarNames();
    const rows = await this.dataSource
      .getRepository(DocumentTemplate)
      .find({ order: { title: 'ASC' } });
    const counts = await this.dataSource
      .getRepository(StateDocument)
      .createQueryBuilder('doc')
      .select('doc.templateId', 'templateId')
      .addSelect('COUNT(*)', 'count')
      .groupBy('doc.templateId')
      .getRawMany<{ templateId: number; count: string | number }>();
    const countOf = new Map(counts.map((row) => [Number(row.templateId), Number(row.count)]));
    return {
      pageTitle: { key: 'documents.templates.title' },
      templates: rows.map((row) => ({
        id: row.id,
        title: row.title,
        kind: `documents.kind.${row.kind}`,
        pillar: pillarNames.get(row.pillar) ?? row.pillar,
        language: languageName(row.language, actor.locale) ?? row.language,
        latestVersion: row.latestVersion,
        documents: countOf.get(row.id) ?? 0,
      })),
    };
  }

  async newModel(actor: Actor) {
    return {
      pageTitle: { key: 'documents.templates.new' },
      form: { kind: 'piu-sop', pillar: 'piu', language: 'en' },
      ...(await this.choices(actor)),
    };
  }

  async pageModel(actor: Actor, id: string) {
    const template = await this.templates.template(id);
    const content = contentOf(template.draft);
    const problems = this.templates.problems(content);
    const versions = await this.templates.versions(template.id);
    const latest = versions[0];
    const changedSinceLatest = latest
      ? diffSections(contentOf(latest.content), content).length > 0 ||
        latest.title !== template.title
      : true;
    return {
      pageTitle: template.title,
      template: await this.summary(template, actor),
      sections: content.sections.map((section, index) => ({
        ...section,
        number: index + 1,
        problems: (problems.get(section.key) ?? []).map((problem) => ({
          where:
            problem.line === null
              ? { key: 'documents.check.whereSection', params: { section: section.title } }
              : problem.column === null
                ? {
                    key: 'documents.check.where',
                    params: { section: section.title, line: problem.line },
                  }
                : {
                    key: 'documents.check.whereColumn',
                    params: { section: section.title, line: problem.line, column: problem.column },
                  },
          message: { key: problem.key, params: problem.params },
          line: problem.line ?? '',
        })),
      })),
      variables: content.variables.map((variable) => ({
        ...variable,
        typeLabel: `documents.type.${variable.type}`,
      })),
      problemCount: [...problems.values()].flat().length,
      mayPublish: problems.size === 0 && content.sections.length > 0 && changedSinceLatest,
      changedSinceLatest,
      versions: versions.map((version) => ({
        number: version.number,
        note: version.note,
        publishedByName: version.publishedByName,
        publishedAt: version.publishedAt,
      })),
      diffChoices: versions.map((version) => version.number),
      latestNumber: latest?.number ?? 0,
      previousNumber: versions[1]?.number ?? 0,
    };
  }

  async editModel(actor: Actor, id: string) {
    const template = await this.templates.template(id);
    const content = contentOf(template.draft);
    return {
      pageTitle: { key: 'documents.templates.edit', params: { title: template.title } },
      template: await this.summary(template, actor),
      form: {
        title: template.title,
        kind: template.kind,
        pillar: template.pillar,
        language: template.language,
        revision: template.revision,
      },
      ...this.rows(content),
      ...(await this.choices(actor)),
    };
  }

  /** The editor again, with what was typed (after a refused save). */
  async editModelWithInput(actor: Actor, id: string, body: Record<string, unknown>) {
    const model = await this.editModel(actor, id);
    const typed = {
      sections: rowsFromBody(body.sections),
      variables: rowsFromBody(body.variables),
    };
    return {
      ...model,
      form: { ...model.form, ...pick(body, ['title', 'kind', 'pillar', 'language', 'revision']) },
      sectionRows: typed.sections.map((row, index) => ({ ...row, index })),
      variableRows: typed.variables.map((row, index) => ({
        ...row,
        index,
        types: VARIABLE_TYPES.map((type) => ({
          value: type,
          labelKey: `documents.type.${type}`,
          selected: type === row.type,
        })),
      })),
    };
  }

  async versionModel(actor: Actor, id: string, number: number) {
    const template = await this.templates.template(id);
    const version = await this.templates.version(template.id, number);
    const content = contentOf(version.content);
    return {
      pageTitle: {
        key: 'documents.templates.versionTitle',
        params: { title: version.title, number },
      },
      template: await this.summary(template, actor),
      version: {
        number: version.number,
        title: version.title,
        note: version.note,
        publishedByName: version.publishedByName,
        publishedAt: version.publishedAt,
      },
      sections: content.sections.map((section, index) => ({ ...section, number: index + 1 })),
      variables: content.variables.map((variable) => ({
        ...variable,
        typeLabel: `documents.type.${variable.type}`,
      })),
    };
  }

  async diffModel(actor: Actor, id: string, from: number, to: number) {
    const template = await this.templates.template(id);
    const [before, after] = await Promise.all([
      from === 0 ? null : this.templates.version(template.id, from),
      this.templates.version(template.id, to),
    ]);
    const changes = diffSections(contentOf(before?.content), contentOf(after.content));
    return {
      pageTitle: {
        key: 'documents.templates.diffTitle',
        params: { title: template.title, from, to },
      },
      template: await this.summary(template, actor),
      from,
      to,
      changes: changes.map((change) => ({
        ...change,
        changeLabel: `documents.change.${change.change}`,
      })),
    };
  }

  private async pillarNames(): Promise<Map<string, string>> {
    const pillars = await this.dataSource.getRepository(Pillar).find();
    return new Map(pillars.map((pillar) => [pillar.code, pillar.name]));
  }

  private async summary(template: DocumentTemplate, actor: Actor) {
    return {
      id: template.id,
      title: template.title,
      kind: `documents.kind.${template.kind}`,
      pillar: (await this.pillarNames()).get(template.pillar) ?? template.pillar,
      language: languageName(template.language, actor.locale) ?? template.language,
      latestVersion: template.latestVersion,
      updatedAt: template.updatedAt,
    };
  }

  private rows(content: TemplateContent) {
    const sectionRows = [
      ...content.sections.map((section, index) => ({
        ...section,
        condition: section.condition ?? '',
        position: index + 1,
      })),
      ...Array.from({ length: SPARE_SECTIONS }, (_, spare) => ({
        key: '',
        title: '',
        condition: '',
        body: '',
        position: content.sections.length + spare + 1,
      })),
    ].map((row, index) => ({ ...row, index }));
    const variableRows = [
      ...content.variables.map((variable) => ({
        ...variable,
        choices: variable.choices.join('\n'),
      })),
      ...Array.from({ length: SPARE_VARIABLES }, () => ({
        name: '',
        label: '',
        type: 'text',
        help: '',
        required: false,
        defaultValue: '',
        choices: '',
      })),
    ].map((row, index) => ({
      ...row,
      index,
      types: VARIABLE_TYPES.map((type) => ({
        value: type,
        labelKey: `documents.type.${type}`,
        selected: type === row.type,
      })),
    }));
    return { sectionRows, variableRows };
  }

  private async choices(actor: Actor) {
    const pillars = await this.dataSource
      .getRepository(Pillar)
      .find({ order: { position: 'ASC' } });
    return {
      kinds: TEMPLATE_KINDS.map((kind) => ({ value: kind, labelKey: `documents.kind.${kind}` })),
      pillars: pillars.map((pillar) => ({ value: pillar.code, label: pillar.name })),
      languages: UN_LANGUAGES.map((code) => ({
        value: code,
        label: languageName(code, actor.locale) ?? code,
      })),
    };
  }
}

function rowsFromBody(value: unknown): Record<string, unknown>[] {
  if (!value || typeof value !== 'object') return [];
  return Object.values(value as Record<string, unknown>).filter(
    (row): row is Record<string, unknown> => Boolean(row) && typeof row === 'object',
  );
}

function pick(body: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in body).map((key) => [key, body[key]]));
}

import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import { translate } from '../../common/i18n/translator';
import { Clock } from '../../jobs/clock';
import { APP_CONFIG } from '../../config/config.constants';
import type { AppConfig } from '../../config/app-config';
import type { CsvValue } from '../../admin/audit/csv';
import { csvDocument, exportFileName } from './exports/csv-document';
import type { ProgrammeFilterQuery } from './dto/programme-filter.query';
import { ProgrammeOverviewService } from './programme-overview.service';
import { isOverdue } from '../roadmaps/roadmap-progress';
import { RoadmapSteps } from '../roadmaps/roadmap-steps';

/**
 * CSV files for donor reporting (programme staff and admins): the Member States with their
 * status and roadmap figures, and the roadmap steps. Headers and statuses in the reader's
 * language; every export is audited with its filter.
 */
@Injectable()
export class ProgrammeExportsService {
  constructor(
    private readonly overviews: ProgrammeOverviewService,
    private readonly steps: RoadmapSteps,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async statesCsv(actor: Actor, filter: ProgrammeFilterQuery): Promise<StreamableFile> {
    const overview = await this.overviews.overview(actor, filter);
    const t = (key: string) => translate(actor.locale, key);
    const { progress, running } = overview.work;
    const engaged = new Map<number, number>();
    for (const engagement of running)
      if (!filter.pillar || engagement.pillar === filter.pillar)
        engaged.set(engagement.stateId, (engaged.get(engagement.stateId) ?? 0) + 1);
    const header = [
      t('programme.csv.code'),
      t('programme.csv.state'),
      t('programme.csv.region'),
      t('programme.csv.subRegion'),
      t('programme.csv.status'),
      t('programme.csv.statusCode'),
      t('programme.csv.steps'),
      t('programme.csv.done'),
      ...overview.pillars.map((pillar) => `${t('programme.csv.done')}: ${pillar.name}`),
      t('programme.csv.overdue'),
      t('programme.csv.blocked'),
      t('programme.csv.engagements'),
    ];
    const rows: CsvValue[][] = overview.shown.map((state) => {
      const own = progress.states.get(state.id);
      const pillar = (code: string) => own?.pillars.find((one) => one.pillar === code)?.percent;
      return [
        state.code,
        state.name,
        state.region,
        state.subRegion,
        t(`status.${state.status ?? 'none'}`),
        state.status,
        own?.overall.steps ?? 0,
        own?.overall.percent,
        ...overview.pillars.map((one) => pillar(one.code)),
        own?.overall.overdue ?? 0,
        own?.overall.blocked ?? 0,
        engaged.get(state.id) ?? 0,
      ];
    });
    return this.file(actor, 'states', filter, header, rows);
  }

  /** Every step of the filter's States (and pillar), with its State, owner, dates and status. */
  async stepsCsv(actor: Actor, filter: ProgrammeFilterQuery): Promise<StreamableFile> {
    const overview = await this.overviews.overview(actor, filter);
    const t = (key: string) => translate(actor.locale, key);
    const region = new Map(overview.shown.map((state) => [state.id, state.region]));
    const pillarName = new Map(overview.pillars.map((pillar) => [pillar.code, pillar.name]));
    const steps = (
      await this.steps.summaries(overview.region ? [...region.keys()] : undefined)
    ).filter((step) => !filter.pillar || step.pillar === filter.pillar);
    const today = overview.work.progress.today;
    const header = [
      t('programme.csv.code'),
      t('programme.csv.state'),
      t('programme.csv.region'),
      t('programme.csv.pillar'),
      t('programme.csv.step'),
      t('programme.csv.stepStatus'),
      t('programme.csv.statusCode'),
      t('programme.csv.blockedReason'),
      t('programme.csv.owner'),
      t('programme.csv.start'),
      t('programme.csv.due'),
      t('programme.csv.weight'),
      t('programme.csv.overdue'),
      t('programme.csv.link'),
    ];
    const rows: CsvValue[][] = steps.map((step) => [
      step.stateCode,
      step.stateName,
      region.get(step.stateId) ?? null,
      pillarName.get(step.pillar) ?? step.pillar,
      step.title,
      t(`roadmaps.status.${step.status}`),
      step.status,
      step.blockedReason,
      step.ownerName ?? t('roadmaps.theState'),
      step.startOn,
      step.dueOn,
      step.weight,
      t(isOverdue(step, today) ? 'programme.csv.yes' : 'programme.csv.no'),
      // The step's page, whole: a spreadsheet has no portal to be relative to.
      new URL(step.href, this.config.publicUrl).href,
    ]);
    return this.file(actor, 'steps', filter, header, rows);
  }

  private async file(
    actor: Actor,
    what: 'states' | 'steps',
    filter: ProgrammeFilterQuery,
    header: string[],
    rows: CsvValue[][],
  ): Promise<StreamableFile> {
    await this.audit.record(actor, {
      action: 'programme.exported',
      details: {
        export: what,
        format: 'csv',
        rows: rows.length,
        region: filter.region ?? null,
        pillar: filter.pillar ?? null,
      },
    });
    const day = new Date(this.clock.now()).toISOString().slice(0, 10);
    return new StreamableFile(csvDocument(header, rows), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${exportFileName([`programme-${what}`, filter.region, filter.pillar], day, 'csv')}"`,
    });
  }
}

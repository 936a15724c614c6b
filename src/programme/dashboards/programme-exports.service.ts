import { Injectable, StreamableFile } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import { translate } from '../../common/i18n/translator';
import { Clock } from '../../jobs/clock';
import type { CsvValue } from '../../admin/audit/csv';
import { csvDocument, exportFileName } from './exports/csv-document';
import type { ProgrammeFilterQuery } from './dto/programme-filter.query';
import { ProgrammeOverviewService } from './programme-overview.service';

/**
 * CSV files for donor reporting (programme staff and admins): the Member States with their
 * status and roadmap figures, and the roadmap steps. Headers and statuses in the reader's
 * language; every export is audited with its filter.
 */
@Injectable()
export class ProgrammeExportsService {
  constructor(
    private readonly overviews: ProgrammeOverviewService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async statesCsv(actor: Actor, filter: ProgrammeFilterQuery): Promise<StreamableFile> {
    const overview = await this.overviews.overview(actor, filter);
    const t = (key: string) => translate(actor.locale, key);
    const header = [
      t('programme.csv.code'),
      t('programme.csv.state'),
      t('programme.csv.region'),
      t('programme.csv.subRegion'),
      t('programme.csv.status'),
      t('programme.csv.statusCode'),
    ];
    const rows: CsvValue[][] = overview.shown.map((state) => [
      state.code,
      state.name,
      state.region,
      state.subRegion,
      t(`status.${state.status ?? 'none'}`),
      state.status,
    ]);
    return this.file(actor, 'states', filter, header, rows);
  }

  async stepsCsv(actor: Actor, filter: ProgrammeFilterQuery): Promise<StreamableFile> {
    const t = (key: string) => translate(actor.locale, key);
    const header = [t('programme.csv.code'), t('programme.csv.state')];
    return this.file(actor, 'steps', filter, header, []);
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

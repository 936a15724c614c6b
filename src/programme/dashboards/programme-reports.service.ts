import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { RowAccess } from '../../common/visibility/row-access';
import { Clock } from '../../jobs/clock';
import { Organisation } from '../../organisations/organisation.entity';
import { PdfFonts } from '../../piu/hits/pdf/pdf-fonts';
import { exportFileName } from './exports/csv-document';
import type { ProgrammeFilterQuery } from './dto/programme-filter.query';
import { writeOverviewReport } from './pdf/overview-report';
import { writeStateReport } from './pdf/state-report';
import { ProgrammeMaps } from './programme-maps';
import { ProgrammeOverviewService } from './programme-overview.service';

/**
 * The PDF reports for donors: the programme overview (for each reader as much as the dashboard
 * shows them) and one State's roadmap (for whoever may open the State). Made on the server
 * with PDFKit and the fonts Debian ships, so no network is needed; each one is audited before
 * a byte leaves.
 */
@Injectable()
export class ProgrammeReportsService {
  /** Read once, on the first report. */
  private fonts: PdfFonts | null = null;

  constructor(
    private readonly overviews: ProgrammeOverviewService,
    private readonly maps: ProgrammeMaps,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly rows: RowAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async overviewPdf(actor: Actor, filter: ProgrammeFilterQuery): Promise<StreamableFile> {
    const overview = await this.overviews.overview(actor, filter);
    const at = new Date(this.clock.now());
    await this.audit.record(actor, {
      action: 'programme.exported',
      details: {
        export: 'overview',
        format: 'pdf',
        region: filter.region ?? null,
        pillar: filter.pillar ?? null,
      },
    });
    const document = writeOverviewReport(
      this.loadFonts(),
      overview,
      this.maps.map(overview, actor.locale).model,
      {
        locale: actor.locale,
        timeZone: actor.timeZone,
        at,
        by: userOf(actor).name,
      },
    );
    return pdfFile(
      document,
      exportFileName(['programme-overview', filter.region, filter.pillar], day(at), 'pdf'),
    );
  }

  /** One State's roadmap report: 404 (audited) for a State the actor may not open. */
  async statePdf(actor: Actor, code: string): Promise<StreamableFile> {
    const state = await this.rows.visible(
      actor,
      await this.organisations.findOne({
        where: { code, kind: 'state' },
        relations: { iwgRegion: true },
      }),
      (row) => ({ level: 'state', regionId: row.iwgRegionId, stateId: row.id }),
      (row) => ({ type: 'organisation', id: row.id, details: { code } }),
    );
    const at = new Date(this.clock.now());
    await this.audit.record(actor, {
      action: 'programme.exported',
      targetType: 'organisation',
      targetId: state.id,
      details: { export: 'state-report', format: 'pdf', state: state.code },
    });
    const document = writeStateReport(
      this.loadFonts(),
      {
        code: state.code,
        name: state.name,
        unRegion: state.unRegion,
        unSubregion: state.unSubregion,
        iwgRegion: state.iwgRegion?.name ?? null,
        status: state.programmeStatus,
      },
      { locale: actor.locale, timeZone: actor.timeZone, at, by: userOf(actor).name },
    );
    return pdfFile(document, exportFileName(['roadmap', state.code], day(at), 'pdf'));
  }

  private loadFonts(): PdfFonts {
    this.fonts ??= PdfFonts.load();
    return this.fonts;
  }
}

function day(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function pdfFile(document: PDFKit.PDFDocument, name: string): StreamableFile {
  return new StreamableFile(document, {
    type: 'application/pdf',
    disposition: `attachment; filename="${name}"`,
  });
}

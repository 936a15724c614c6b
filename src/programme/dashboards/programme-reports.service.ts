import { Injectable, StreamableFile } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { Clock } from '../../jobs/clock';
import { StateRecordService } from '../../member-states/record/state-record.service';
import { StateAccess } from '../../member-states/space/state-access';
import { PdfFonts } from '../../piu/hits/pdf/pdf-fonts';
import { exportFileName } from './exports/csv-document';
import type { ProgrammeFilterQuery } from './dto/programme-filter.query';
import { writeOverviewReport } from './pdf/overview-report';
import { writeStateReport } from './pdf/state-report';
import { ReferenceDataCache } from '../../organisations/reference-data.cache';
import { RoadmapSteps } from '../roadmaps/roadmap-steps';
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
    private readonly stateAccess: StateAccess,
    private readonly records: StateRecordService,
    private readonly steps: RoadmapSteps,
    private readonly referenceData: ReferenceDataCache,
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

  /**
   * One State's roadmap report, for whoever may open the State (404, audited, otherwise): its
   * people, staff, assigned experts, and partners the roadmap is shared with, who get what the
   * share opens (no people, no staff note).
   */
  async statePdf(actor: Actor, code: string): Promise<StreamableFile> {
    const { state, viaShare } = await this.stateAccess.open(actor, code);
    const [record, progress, steps, pillars] = await Promise.all([
      this.records.recordModel(actor, state, viaShare),
      this.steps.progress([state.id]),
      this.steps.summaries([state.id]),
      this.referenceData.pillars(),
    ]);
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
        deployment: record.deploymentStatus,
        maritime: record.maritimeApplies,
        focalPoints: record.showPeople ? record.focalPoints.map((person) => person.name) : [],
        keyDates: record.keyDates,
        history: record.history,
        contextNote: record.contextNote,
      },
      { progress, steps, pillars },
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

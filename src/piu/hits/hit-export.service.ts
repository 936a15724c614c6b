import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf } from '../../common/actor/actor';
import { Clock } from '../../jobs/clock';
import type { Analyst } from '../work-purpose/analyst';
import { printedRecord } from './hit-export-print';
import { exportedRecord, type ExportFormat } from './hit-export-record';
import { HitRecords } from './hit-records';
import { HitWorkflowService } from './hit-workflow.service';
import { PdfFonts } from './pdf/pdf-fonts';
import { writeRecordPdf } from './pdf/record-pdf';

/**
 * A hit's record for a lawful request, as JSON or PDF, made on the server and streamed. The
 * request's reference is required; the export is written to the hit's history and to the
 * audit log (with format, reference and the analyst's purpose) before a byte leaves.
 */
@Injectable()
export class HitExportService {
  /** Read once, on the first PDF. */
  private fonts: PdfFonts | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: HitRecords,
    private readonly workflow: HitWorkflowService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async export(
    analyst: Analyst,
    id: number,
    format: ExportFormat,
    reference: string,
  ): Promise<StreamableFile> {
    const user = userOf(analyst.actor);
    const record = await this.records.open(analyst, id, { export: format, reference });
    const at = new Date(this.clock.now());
    const data = exportedRecord(record, {
      format,
      reference,
      at,
      by: { id: user.id, name: user.name, email: user.email, state: user.organisationCode },
      purpose: analyst.purpose,
    });
    await this.dataSource.transaction(async (manager) => {
      await this.workflow.addEvent(manager, record.hit, user.id, at, {
        kind: 'exported',
        reference,
        format,
      });
      await this.audit.record(
        analyst.actor,
        {
          action: 'screening.hit-exported',
          targetType: 'hit',
          targetId: record.hit.id,
          details: {
            format,
            reference,
            purpose: analyst.purpose.code,
            note: analyst.purpose.note,
          },
        },
        manager,
      );
    });
    const name = `hit-${record.hit.id}-${at.toISOString().slice(0, 10)}`;
    if (format === 'json')
      return new StreamableFile(Buffer.from(JSON.stringify(data, null, 2), 'utf8'), {
        type: 'application/json; charset=utf-8',
        disposition: `attachment; filename="${name}.json"`,
      });
    this.fonts ??= PdfFonts.load();
    const printed = printedRecord(data, analyst.actor.locale, analyst.actor.timeZone);
    return new StreamableFile(writeRecordPdf(printed, this.fonts), {
      type: 'application/pdf',
      disposition: `attachment; filename="${name}.pdf"`,
    });
  }
}

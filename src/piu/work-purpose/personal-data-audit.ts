import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import type { Analyst } from './analyst';

/**
 * What was read: a traveller, a hit, a message, a flight's list of travellers, a page of the
 * vetting list (the State's hits with their travellers' names), or the travellers a name
 * search showed.
 */
export type PersonalRecordKind =
  'traveller' | 'hit' | 'message' | 'flight' | 'vetting-list' | 'traveller-search';

/**
 * Writes every read of passenger data to the audit log with who, when and the session's
 * purpose. Services call it as they load the record, before it reaches a page or an export.
 */
@Injectable()
export class PersonalDataAudit {
  constructor(private readonly audit: AuditService) {}

  async read(
    analyst: Analyst,
    kind: PersonalRecordKind,
    id: number | string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(analyst.actor, {
      action: 'screening.record-read',
      targetType: kind,
      targetId: id,
      details: { ...details, purpose: analyst.purpose.code, note: analyst.purpose.note },
    });
  }
}

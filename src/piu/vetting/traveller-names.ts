import { Injectable, Logger } from '@nestjs/common';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import type { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import { travellerContext } from '../pipeline/traveller-ledger';
import type { TravellerRecord } from '../pipeline/traveller-record';

/** What the vetting list and a flight's page show of a traveller. */
export interface TravellerSummary {
  /** `SURNAME, Given names`; null when the record could not be opened. */
  name: string | null;
  dateOfBirth: string | null;
  nationality: string | null;
}

export type SealedTraveller = Pick<ScreeningTraveller, 'id' | 'stateId' | 'flightId' | 'personal'>;

/**
 * Opens travellers' sealed records for a page, keeping only what the page shows. The caller
 * audits the read (PersonalDataAudit) with the purpose: this class only decrypts. A record that
 * cannot be opened (a key no longer in the ring) is shown as such and logged, without taking
 * the whole list down.
 */
@Injectable()
export class TravellerNames {
  private readonly logger = new Logger('Vetting');

  constructor(private readonly cipher: PersonalDataCipher) {}

  open(rows: readonly SealedTraveller[]): Map<number, TravellerSummary> {
    const summaries = new Map<number, TravellerSummary>();
    for (const row of rows) summaries.set(row.id, this.summaryOf(row));
    return summaries;
  }

  private summaryOf(row: SealedTraveller): TravellerSummary {
    try {
      const record = JSON.parse(
        this.cipher.openText(row.personal, travellerContext(row)),
      ) as TravellerRecord;
      const name = [record.surname, record.givenNames].filter(Boolean).join(', ');
      return {
        name: name || null,
        dateOfBirth: record.dateOfBirth ?? null,
        nationality: record.nationality ?? null,
      };
    } catch (error) {
      this.logger.warn(
        `traveller ${row.id}: record not opened (${error instanceof Error ? error.message : 'unknown'})`,
      );
      return { name: null, dateOfBirth: null, nationality: null };
    }
  }
}

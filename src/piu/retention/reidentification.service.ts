import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, IsNull, type DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { FormError } from '../../common/forms/form-error';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import { ScreeningHit } from '../pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import { KeyedHashes } from '../protection/keyed-hashes';
import type { Analyst } from '../work-purpose/analyst';
import { requirePiuSupervisor, stateOf } from '../work-purpose/supervisor';
import { flightTime } from './flight-retention';
import { reidentifyQuery, type MatchedHash, type ReidentifyInput } from './reidentification';

/** Records listed at most: a person on more flights than this is a case for a narrower search. */
export const REIDENTIFY_LIMIT = 100;

export interface ReidentifiedRecord {
  travellerId: number;
  matched: MatchedHash;
  flight: string;
  departure: string | null;
  flightDate: Date;
  role: string;
  nationality: string | null;
  depersonalisedAt: Date;
  hits: { kind: string; status: string }[];
}

/**
 * Re-identification of depersonalised records by a supervisor of the PIU, on a recorded
 * justification: what they typed is hashed with the State's key the way the pipeline hashed the
 * travellers, and the depersonalised travellers with that hash are listed (flight, date, hits,
 * which hash matched). Nothing is unmasked — the masked values are gone — but the person is
 * linked to their journeys again, which is why it is audited with the justification and the
 * session's purpose, whether or not anything was found.
 */
@Injectable()
export class ReidentificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hashes: KeyedHashes,
    private readonly audit: AuditService,
  ) {}

  async reidentify(analyst: Analyst, input: ReidentifyInput): Promise<ReidentifiedRecord[]> {
    requirePiuSupervisor(analyst.actor);
    const stateId = stateOf(analyst.actor);
    const checked = reidentifyQuery(this.hashes, stateId, input);
    if ('errors' in checked) throw new FormError(checked.errors);
    const { query } = checked;
    const travellers = this.dataSource.getRepository(ScreeningTraveller);
    const found = new Map<number, { row: ScreeningTraveller; matched: MatchedHash }>();
    for (const { column, hash, means } of query.hashes) {
      const rows = await travellers.find({
        select: {
          id: true,
          flightId: true,
          role: true,
          nationality: true,
          depersonalisedAt: true,
        },
        where: {
          stateId,
          [column]: hash,
          depersonalisedAt: Not(IsNull()),
          // A name alone stands for the person only where the record had no date of birth.
          ...(means === 'name' ? { nameDobHash: IsNull() } : {}),
        },
        order: { id: 'DESC' },
        take: REIDENTIFY_LIMIT,
      });
      for (const row of rows) if (!found.has(row.id)) found.set(row.id, { row, matched: means });
    }
    const matches = [...found.values()].slice(0, REIDENTIFY_LIMIT);
    const records = await this.describe(matches);
    await this.audit.record(analyst.actor, {
      action: 'screening.reidentified',
      targetType: 'state',
      targetId: stateId,
      reason: query.justification,
      details: {
        by: query.by,
        matches: records.length,
        travellers: records.map((record) => record.travellerId),
        purpose: analyst.purpose.code,
        note: analyst.purpose.note,
      },
    });
    return records;
  }

  private async describe(
    matches: { row: ScreeningTraveller; matched: MatchedHash }[],
  ): Promise<ReidentifiedRecord[]> {
    if (matches.length === 0) return [];
    const flightIds = [...new Set(matches.map(({ row }) => row.flightId))];
    const flights = new Map(
      (await this.dataSource.getRepository(ScreeningFlight).findBy({ id: In(flightIds) })).map(
        (flight) => [flight.id, flight],
      ),
    );
    const hits = await this.dataSource.getRepository(ScreeningHit).find({
      select: { id: true, travellerId: true, kind: true, status: true },
      where: { travellerId: In(matches.map(({ row }) => row.id)) },
      order: { id: 'ASC' },
    });
    const records = matches.map(({ row, matched }) => {
      const flight = flights.get(row.flightId)!;
      return {
        travellerId: row.id,
        matched,
        flight: [flight.carrier, flight.number].filter(Boolean).join(' '),
        departure: flight.departureLocal,
        flightDate: flightTime(flight),
        role: row.role,
        nationality: row.nationality,
        depersonalisedAt: row.depersonalisedAt!,
        hits: hits
          .filter((hit) => hit.travellerId === row.id)
          .map((hit) => ({ kind: hit.kind, status: hit.status })),
      };
    });
    return records.sort((a, b) => b.flightDate.getTime() - a.flightDate.getTime());
  }
}

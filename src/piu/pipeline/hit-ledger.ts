import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { severityRank } from '../../screening/engine/hit-severity';
import type { ScreeningHit as EngineHit } from '../../screening/engine/screening-hit';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import type { VersionedTargetingRule } from '../rules/active-rules';
import type { EntryOrigin } from '../watchlists/watchlist-index.service';
import { RememberedFalseMatch } from './remembered-false-match.entity';
import { ScreeningHit } from './screening-hit.entity';
import type { ScreeningFlight } from './screening-flight.entity';
import type { RecordedTraveller } from './traveller-ledger';

/** What a hit page opens: the engine's own words for the hit (sealed: they quote names). */
export type HitDetail = Pick<
  EngineHit,
  'explanation' | 'traveller' | 'entry' | 'match' | 'rule' | 'conditions'
>;

/** A document on the list beats a name on it: the same evidence, but printed in a passport. */
const KIND_WEIGHT: Record<string, number> = { document: 2, name: 1, rule: 0 };

export const hitContext = (hit: Pick<ScreeningHit, 'stateId' | 'travellerId'>) =>
  `hit:${hit.stateId}:${hit.travellerId}`;

/** What made the hits of one screening: the index's entry origins and the rules by engine id. */
export interface HitSources {
  origins: ReadonlyMap<string, EntryOrigin>;
  rules: ReadonlyMap<string, VersionedTargetingRule>;
}

/**
 * Turns the engine's hits for one message into rows: one per traveller and subject (a list
 * entry as it stands, or a rule), so screening the same travellers again adds only what is
 * new; a list hit the analysts remembered as a false match for this person and this entry is
 * left out while neither has changed. Returns the rows it added. The caller holds the flight's
 * row lock (TravellerLedger), so no other screening writes this flight's hits meanwhile.
 */
@Injectable()
export class HitLedger {
  constructor(private readonly cipher: PersonalDataCipher) {}

  async record(
    manager: EntityManager,
    flight: ScreeningFlight,
    messageId: number,
    travellers: readonly RecordedTraveller[],
    hits: readonly EngineHit[],
    sources: HitSources,
    now: Date,
  ): Promise<ScreeningHit[]> {
    const rows: ScreeningHit[] = [];
    for (const hit of hits) {
      const traveller = travellers[hit.traveller.index];
      if (!traveller) continue;
      const row = this.rowOf(flight, messageId, traveller, hit, sources, now);
      if (row) rows.push(row);
    }
    if (rows.length === 0) return [];
    const wanted = await this.withoutRemembered(manager, flight.stateId, travellers, rows);
    const hitRows = manager.getRepository(ScreeningHit);
    const existing = await hitRows.find({
      select: {
        id: true,
        travellerId: true,
        dedupeKey: true,
        status: true,
        severityRank: true,
        score: true,
        revision: true,
      },
      where: { travellerId: In([...new Set(wanted.map((row) => row.travellerId))]) },
    });
    const seen = new Map(existing.map((row) => [`${row.travellerId}|${row.dedupeKey}`, row]));
    const added: ScreeningHit[] = [];
    for (const row of wanted) {
      const key = `${row.travellerId}|${row.dedupeKey}`;
      const known = seen.get(key);
      if (known) {
        await this.strengthen(manager, known, row);
        continue;
      }
      const result = await hitRows.insert(row);
      const saved = { ...row, id: result.identifiers[0].id as number };
      seen.set(key, saved);
      added.push(saved);
    }
    return added;
  }

  /**
   * The same traveller and entry found again with stronger evidence — the manifest's passport
   * after the booking's name: a hit nobody has taken yet is brought up to it (kind, severity,
   * score, explanation), so the analyst opens it with the best reason to look. A hit an analyst
   * is working on is left alone (its revision guards the update).
   */
  private async strengthen(
    manager: EntityManager,
    known: ScreeningHit,
    found: ScreeningHit,
  ): Promise<void> {
    const strength = (hit: ScreeningHit) => [
      hit.severityRank,
      KIND_WEIGHT[hit.kind] ?? 0,
      hit.score,
    ];
    const [a, b] = [strength(found), strength(known)];
    const stronger = a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];
    if (known.status !== 'new' || !stronger) return;
    const result = await manager.getRepository(ScreeningHit).update(
      { id: known.id, revision: known.revision, status: 'new' },
      {
        kind: found.kind,
        severity: found.severity,
        severityRank: found.severityRank,
        score: found.score,
        messageId: found.messageId,
        listVersionId: found.listVersionId,
        ruleVersion: found.ruleVersion,
        detail: found.detail,
        updatedAt: found.updatedAt,
        revision: known.revision + 1,
      },
    );
    if (result.affected)
      Object.assign(known, found, { id: known.id, revision: known.revision + 1 });
  }

  private rowOf(
    flight: ScreeningFlight,
    messageId: number,
    traveller: RecordedTraveller,
    hit: EngineHit,
    sources: HitSources,
    now: Date,
  ): ScreeningHit | null {
    const base = {
      stateId: flight.stateId,
      flightId: flight.id,
      travellerId: traveller.id,
      messageId,
      kind: hit.kind,
      severity: hit.severity,
      severityRank: severityRank(hit.severity),
      score: hit.score,
      status: 'new' as const,
      assigneeId: null,
      departureAt: flight.departureAt,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    };
    const detail: HitDetail = {
      explanation: hit.explanation,
      traveller: hit.traveller,
      entry: hit.entry,
      match: hit.match,
      rule: hit.rule,
      conditions: hit.conditions,
    };
    const sealed = this.cipher.sealText(
      JSON.stringify(detail),
      hitContext({ stateId: flight.stateId, travellerId: traveller.id }),
    );
    if (hit.entry) {
      const origin = sources.origins.get(hit.entry.id);
      if (!origin) return null;
      return {
        ...base,
        dedupeKey: `entry:${origin.fingerprint.slice(0, 16)}:${hit.entry.id}`.slice(0, 191),
        listId: origin.listId,
        listVersionId: origin.versionId,
        entryReference: hit.entry.id.slice(0, 191),
        entryFingerprint: origin.fingerprint,
        ruleId: null,
        ruleVersion: null,
        detail: sealed,
      } as ScreeningHit;
    }
    const rule = hit.rule ? sources.rules.get(hit.rule.id) : undefined;
    if (!rule) return null;
    return {
      ...base,
      dedupeKey: `rule:${rule.ruleId}`,
      listId: null,
      listVersionId: null,
      entryReference: null,
      entryFingerprint: null,
      ruleId: rule.ruleId,
      ruleVersion: rule.version,
      detail: sealed,
    } as ScreeningHit;
  }

  /** Leaves out list hits remembered as false matches for this person, entry and data. */
  private async withoutRemembered(
    manager: EntityManager,
    stateId: number,
    travellers: readonly RecordedTraveller[],
    rows: ScreeningHit[],
  ): Promise<ScreeningHit[]> {
    const listed = rows.filter((row) => row.entryReference !== null);
    if (listed.length === 0) return rows;
    const byId = new Map(travellers.map((traveller) => [traveller.id, traveller]));
    const identities = new Set<string>();
    for (const row of listed) {
      const traveller = byId.get(row.travellerId)!;
      for (const hash of [traveller.documentHash, traveller.nameDobHash, traveller.nameHash])
        if (hash) identities.add(hash);
    }
    const remembered = await manager.getRepository(RememberedFalseMatch).find({
      where: {
        stateId,
        identityHash: In([...identities]),
        entryReference: In([...new Set(listed.map((row) => row.entryReference!))]),
      },
    });
    if (remembered.length === 0) return rows;
    return rows.filter((row) => {
      if (row.entryReference === null) return true;
      const traveller = byId.get(row.travellerId)!;
      const hashes = [traveller.documentHash, traveller.nameDobHash, traveller.nameHash];
      return !remembered.some(
        (memory) =>
          memory.entryReference === row.entryReference &&
          memory.entryFingerprint === row.entryFingerprint &&
          memory.dataHash === traveller.dataHash &&
          hashes.includes(memory.identityHash),
      );
    });
  }
}

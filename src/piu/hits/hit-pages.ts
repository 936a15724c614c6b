import { Injectable } from '@nestjs/common';
import { userOf } from '../../common/actor/actor';
import type { ScreeningFlight } from '../pipeline/screening-flight.entity';
import type { ScreeningHit } from '../pipeline/screening-hit.entity';
import { OPEN_HIT_STATUSES } from '../pipeline/screening-hit.entity';
import type { Analyst } from '../work-purpose/analyst';
import { isPiuSupervisor } from '../work-purpose/supervisor';
import { compareWithEntry, documentShown, genderShown, travellerFullName } from './hit-comparison';
import { conditionsView, explanationView, shownScore } from './hit-explanation';
import { HitRecords, type HitRecord } from './hit-records';
import { availableActions, CLEAR_REASONS } from './hit-workflow';

/** The hit page's own script: a notice when a colleague changes the hit meanwhile. */
const HIT_SCRIPTS = ['/assets/js/hit.js'];

const TRAVELLER_ROLES = new Set(['passenger', 'crew', 'in-transit-passenger', 'in-transit-crew']);
const CONTACT_KINDS = new Set(['phone', 'fax', 'email', 'mobile', 'other']);

export const hitPath = (id: number) => `/screening/hits/${id}`;
export const flightPath = (id: number) => `/screening/flights/${id}`;

export function flightLabel(flight: ScreeningFlight | null): string {
  if (!flight) return '';
  return [flight.carrier, flight.number].filter(Boolean).join(' ');
}

function flightView(flight: ScreeningFlight | null) {
  if (!flight) return null;
  return {
    id: flight.id,
    href: flightPath(flight.id),
    label: flightLabel(flight),
    departure: flight.departureLocal,
    route:
      flight.departureLocation || flight.arrivalLocation
        ? `${flight.departureLocation ?? '?'} → ${flight.arrivalLocation ?? '?'}`
        : null,
    travellers: flight.travellerCount,
  };
}

/** Who proposed a hit waiting for a second analyst: the last proposal in its history. */
export function proposerOf(record: Pick<HitRecord, 'hit' | 'history'>): number | null {
  if (record.hit.status !== 'proposed') return null;
  const proposal = [...record.history].reverse().find((line) => line.event.kind === 'proposed');
  return proposal?.event.actorId ?? record.hit.assigneeId;
}

export const statusKey = (status: string) => `hits.status.${status}`;
export const kindKey = (kind: string) => `hits.kind.${kind}`;
export const severityKey = (severity: string) => `rules.severity.${severity}`;

/**
 * The hit page: the traveller beside the entry (or the rule that held), the engine's
 * explanation, flight and messages, the same person's other hits, the history, and the steps
 * the analyst may take now. Opening it is an audited read (HitRecords.open).
 */
@Injectable()
export class HitPages {
  constructor(private readonly records: HitRecords) {}

  async page(analyst: Analyst, id: number) {
    const record = await this.records.open(analyst, id);
    const user = userOf(analyst.actor);
    const { hit, detail, entry } = record;
    const proposerId = proposerOf(record);
    const actions = new Set(
      availableActions(
        { status: hit.status, assigneeId: hit.assigneeId, proposerId },
        { userId: user.id, supervisor: isPiuSupervisor(analyst.actor) },
      ),
    );
    const assignee = hit.assigneeId !== null ? (record.names.get(hit.assigneeId) ?? '') : null;
    const matchedName = detail.match?.entryName;
    return {
      pageTitle: { key: 'hits.page.title', params: { id: hit.id } },
      scripts: HIT_SCRIPTS,
      hit: {
        id: hit.id,
        revision: hit.revision,
        stateId: hit.stateId,
        kindKey: kindKey(hit.kind),
        severity: hit.severity,
        severityKey: severityKey(hit.severity),
        status: hit.status,
        statusKey: statusKey(hit.status),
        open: OPEN_HIT_STATUSES.includes(hit.status),
        score: shownScore(hit.score),
        createdAt: hit.createdAt,
        updatedAt: hit.updatedAt,
        assignee,
        mine: hit.assigneeId === user.id,
        listHit: hit.entryReference !== null,
      },
      traveller: this.travellerView(record),
      comparison: entry
        ? compareWithEntry(record.record, entry, matchedName, hit.kind === 'name').map((row) => ({
            ...row,
            labelKey: `hits.field.${row.field}`,
            agreementKey: `hits.agreement.${row.agreement}`,
          }))
        : null,
      entry: entry && {
        reference: entry.id,
        list: record.list && {
          name: record.list.listName,
          kindKey: `screening.lists.kind.${record.list.listKind}`,
          version: record.list.versionNumber,
          href: `/screening/lists/${record.list.listId}/versions/${record.list.versionId}`,
        },
        names: entry.names.map((name) => ({
          text: name.full,
          qualityKey: `hits.nameQuality.${name.quality}`,
          matched: name.full === matchedName,
          originalScript: name.originalScript === true,
        })),
        category: entry.category ?? null,
        programmes: entry.programmes.join(', '),
        listedOn: entry.listedOn ?? null,
        placesOfBirth: (entry.placesOfBirth ?? []).join('; '),
        remarks: entry.remarks ?? null,
      },
      explanation: hit.kind === 'rule' ? null : explanationView(hit.score, detail.match),
      rule: hit.kind === 'rule' && {
        name: record.rule?.name ?? detail.rule?.name ?? '',
        description: record.rule?.description ?? detail.rule?.description ?? '',
        version: hit.ruleVersion,
        href: hit.ruleId !== null ? `/screening/rules/${hit.ruleId}` : null,
        conditions: conditionsView(detail.conditions),
      },
      flight: flightView(record.flight),
      messages: record.messages.map((message) => ({
        id: message.id,
        href: `/screening/messages/${message.id}`,
        kind: message.kind,
        receivedAt: message.receivedAt,
        sourceKey: `ingestion.source.${message.source}`,
        raised: message.id === hit.messageId,
      })),
      otherHits: record.otherHits.map(({ hit: other, flight }) =>
        this.otherHitView(other, flight, hit),
      ),
      history: record.history.map(({ event, actor, note, escalatedTo }) => ({
        at: event.at,
        actor,
        kindKey: `hits.event.${event.kind}`,
        change: event.fromStatus !== null && event.toStatus !== null,
        fromKey: event.fromStatus && statusKey(event.fromStatus),
        toKey: event.toStatus && statusKey(event.toStatus),
        reasonKey: event.reason && `hits.clearReason.${event.reason}`,
        remembered: event.remembered,
        note,
        escalatedTo,
        reference: event.reference,
        format: event.format?.toUpperCase() ?? null,
      })),
      actions: {
        take: actions.has('take'),
        release: actions.has('release'),
        clear: actions.has('clear'),
        propose: actions.has('propose'),
        confirm: actions.has('confirm'),
        sendBack: actions.has('send-back'),
        escalate: actions.has('escalate'),
      },
      heldByOther: hit.status === 'in-review' && hit.assigneeId !== user.id ? assignee : null,
      waitingForSecond: hit.status === 'proposed' && proposerId === user.id,
      proposer: proposerId !== null ? (record.names.get(proposerId) ?? '') : null,
      clearReasons: CLEAR_REASONS.map((code) => ({
        value: code,
        labelKey: `hits.clearReason.${code}`,
      })),
    };
  }

  private travellerView(record: HitRecord) {
    const person = record.record;
    return {
      name: travellerFullName(person),
      roleKey: `hits.role.${TRAVELLER_ROLES.has(record.traveller.role) ? record.traveller.role : 'passenger'}`,
      dateOfBirth: person.dateOfBirth ?? null,
      gender: person.gender ? genderShown(person.gender.toUpperCase()) : null,
      nationality: person.nationality ?? null,
      residence: person.residence ?? null,
      documents: person.documents.map((document) => ({
        shown: documentShown(document),
        expiry: document.expiry ?? null,
      })),
      contacts: person.contacts.map((contact) => ({
        kindKey: `hits.contact.${CONTACT_KINDS.has(contact.kind) ? contact.kind : 'other'}`,
        value: contact.value,
      })),
      seat: person.seat ?? null,
      journey:
        person.embarkation || person.debarkation
          ? `${person.embarkation ?? '?'} → ${person.debarkation ?? '?'}`
          : null,
      pnrLocators: person.pnrLocators.join(', '),
      fromApi: record.traveller.fromApi,
      fromPnr: record.traveller.fromPnr,
    };
  }

  private otherHitView(other: ScreeningHit, flight: ScreeningFlight | null, hit: ScreeningHit) {
    return {
      id: other.id,
      href: hitPath(other.id),
      kindKey: kindKey(other.kind),
      severity: other.severity,
      severityKey: severityKey(other.severity),
      statusKey: statusKey(other.status),
      flight: flightLabel(flight),
      departure: flight?.departureLocal ?? null,
      sameFlight: other.flightId === hit.flightId,
    };
  }
}

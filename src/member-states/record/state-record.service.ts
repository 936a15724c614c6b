import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager, type Repository } from 'typeorm';
import type { AuditAction } from '../../audit/audit-actions';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { Iwg } from '../../iwg/iwg.entity';
import { isIsoDate } from '../../iwg/meetings/zoned-time';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';
import { STATUS_CHOICES } from '../programme-status/dto/member-state-filter.dto';
import { isProgrammeStaff } from '../space/programme-staff';
import { StateAccess } from '../space/state-access';
import { MEMBER_STATE_TARGET, ProgrammeStatusService } from './programme-status.service';
import { RoadmapShare } from './roadmap-share.entity';
import { StateKeyDate } from './state-key-date.entity';
import { DEPLOYMENT_STATUSES, StateRecord, type DeploymentStatus } from './state-record.entity';

export interface RecordInput {
  deploymentStatus: DeploymentStatus;
  maritimeApplies?: string;
  contextNote?: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The Member State record: what the State's page shows about the State's place in the
 * programme, and the staff's forms to keep it (`/states/:code/record`). Only programme staff
 * and admins edit; every change is audited against the State's code.
 */
@Injectable()
export class StateRecordService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(StateRecord) private readonly records: Repository<StateRecord>,
    @InjectRepository(StateKeyDate) private readonly keyDates: Repository<StateKeyDate>,
    @InjectRepository(RoadmapShare) private readonly shares: Repository<RoadmapShare>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly access: StateAccess,
    private readonly statuses: ProgrammeStatusService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The record as the State's page shows it. `viaShare`: a partner reading through a roadmap
   * share sees the programme facts, not the people nor the staff's note.
   */
  async recordModel(actor: Actor, state: Organisation, viaShare: boolean) {
    const staff = isProgrammeStaff(userOf(actor));
    const [record, history, keyDates, focalPoints, iwg, sharedWith] = await Promise.all([
      this.records.findOneBy({ stateId: state.id }),
      this.statuses.history(state.id),
      this.keyDates.find({ where: { stateId: state.id }, order: { occursOn: 'ASC', id: 'ASC' } }),
      viaShare
        ? Promise.resolve([])
        : this.users.find({
            where: { organisationId: state.id, role: 'focal-point', active: true },
            select: { id: true, name: true, email: true },
          }),
      this.iwgOf(state),
      staff ? this.sharedPartners(state.id) : Promise.resolve([]),
    ]);
    return {
      status: state.programmeStatus ?? 'none',
      history: history.map((change) => ({
        effectiveOn: change.effectiveOn,
        from: change.fromStatus ?? 'none',
        to: change.toStatus ?? 'none',
        recordedBy: change.recordedByName,
        recordedAt: change.recordedAt,
        note: change.note,
      })),
      focalPoints: focalPoints
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((person) => ({ name: person.name, email: person.email })),
      showPeople: !viaShare,
      iwg: iwg ? { name: iwg.name, href: `/iwg/${iwg.id}` } : null,
      deploymentStatus: record?.deploymentStatus ?? 'none',
      maritimeApplies: record?.maritimeApplies ?? false,
      keyDates: keyDates.map((date) => ({ label: date.label, occursOn: date.occursOn })),
      contextNote: staff ? (record?.contextNote ?? null) : null,
      staff,
      sharedWith: sharedWith.map((partner) => partner.name),
    };
  }

  /**
   * The staff's page of forms for the record. Others: 404 for a State they may not see, else
   * 403. `input` is what was just posted when a form is drawn again: that form keeps what was
   * typed, the page's other forms keep what is stored (nothing typed elsewhere is lost).
   */
  async editModel(actor: Actor, code: string, input: Record<string, unknown> = {}) {
    const state = await this.forStaff(actor, code);
    const [record, keyDates, partners, shared, history] = await Promise.all([
      this.records.findOneBy({ stateId: state.id }),
      this.keyDates.find({ where: { stateId: state.id }, order: { occursOn: 'ASC', id: 'ASC' } }),
      this.organisations.find({ where: { kind: 'partner' }, order: { name: 'ASC' } }),
      this.sharedPartners(state.id),
      this.statuses.history(state.id),
    ]);
    const sharedIds = new Set(shared.map((partner) => partner.id));
    const posted = (key: string) => (typeof input[key] === 'string' ? input[key] : undefined);
    const recordPosted = posted('deploymentStatus') !== undefined;
    return {
      pageTitle: { key: 'states.record.editTitle', params: { name: state.name } },
      state: { code: state.code, name: state.name, status: state.programmeStatus ?? 'none' },
      form: {
        status: posted('status') ?? state.programmeStatus ?? 'none',
        effectiveOn: posted('effectiveOn') ?? '',
        statusNote: posted('statusNote') ?? '',
        deploymentStatus: posted('deploymentStatus') ?? record?.deploymentStatus ?? 'none',
        maritimeApplies: recordPosted
          ? input.maritimeApplies === 'on'
          : (record?.maritimeApplies ?? false),
        contextNote: posted('contextNote') ?? record?.contextNote ?? '',
        label: posted('label') ?? '',
        occursOn: posted('occursOn') ?? '',
      },
      deploymentStatuses: DEPLOYMENT_STATUSES,
      statuses: STATUS_CHOICES,
      history: history.map((change) => ({
        effectiveOn: change.effectiveOn,
        from: change.fromStatus ?? 'none',
        to: change.toStatus ?? 'none',
        recordedBy: change.recordedByName,
        note: change.note,
      })),
      keyDates: keyDates.map((date) => ({
        id: date.id,
        label: date.label,
        occursOn: date.occursOn,
      })),
      sharedPartners: shared.map((partner) => ({ code: partner.code, name: partner.name })),
      otherPartners: partners
        .filter((partner) => !sharedIds.has(partner.id))
        .map((partner) => ({ value: partner.code, label: partner.name })),
    };
  }

  async updateRecord(actor: Actor, code: string, input: RecordInput): Promise<Organisation> {
    const state = await this.forStaff(actor, code);
    const maritimeApplies = input.maritimeApplies === 'on';
    const contextNote = input.contextNote?.trim() || null;
    const before = await this.records.findOneBy({ stateId: state.id });
    // The note itself stays out of the log: it is staff's working text.
    const details = {
      deploymentStatus: input.deploymentStatus,
      maritimeApplies,
      noteChanged: (before?.contextNote ?? null) !== contextNote,
    };
    await this.audited(actor, state, 'member-state.record-updated', async (manager) => {
      await manager.save(StateRecord, {
        stateId: state.id,
        deploymentStatus: input.deploymentStatus,
        maritimeApplies,
        contextNote,
      });
      return details;
    });
    return state;
  }

  async addKeyDate(
    actor: Actor,
    code: string,
    input: { label: string; occursOn: string },
  ): Promise<Organisation> {
    const state = await this.forStaff(actor, code);
    if (!isIsoDate(input.occursOn)) throw FormError.field('occursOn', 'states.record.dateInvalid');
    await this.audited(actor, state, 'member-state.key-date-added', async (manager) => {
      const { label, occursOn } = input;
      const saved = await manager.save(StateKeyDate, { stateId: state.id, label, occursOn });
      return { id: saved.id, label, occursOn };
    });
    return state;
  }

  async removeKeyDate(actor: Actor, code: string, id: number): Promise<Organisation> {
    const state = await this.forStaff(actor, code);
    const date = await this.keyDates.findOneBy({ id, stateId: state.id });
    if (!date) throw new NotFoundException();
    await this.audited(actor, state, 'member-state.key-date-removed', async (manager) => {
      await manager.delete(StateKeyDate, { id: date.id });
      return { label: date.label, occursOn: date.occursOn };
    });
    return state;
  }

  /** Shares the State's roadmap with a partner agency (its members then read it). */
  async share(actor: Actor, code: string, partnerCode: string): Promise<Organisation> {
    const state = await this.forStaff(actor, code);
    const partner = await this.organisations.findOneBy({ code: partnerCode, kind: 'partner' });
    if (!partner) throw FormError.field('partner', 'states.record.partnerInvalid');
    if (await this.shares.countBy({ stateId: state.id, partnerId: partner.id })) return state;
    await this.audited(actor, state, 'member-state.roadmap-shared', async (manager) => {
      await manager.insert(RoadmapShare, {
        stateId: state.id,
        partnerId: partner.id,
        sharedById: userOf(actor).id,
      });
      return { partner: partner.code };
    });
    return state;
  }

  async unshare(actor: Actor, code: string, partnerCode: string): Promise<Organisation> {
    const state = await this.forStaff(actor, code);
    const partner = await this.organisations.findOneBy({ code: partnerCode, kind: 'partner' });
    if (!partner) throw new NotFoundException();
    await this.audited(actor, state, 'member-state.roadmap-unshared', async (manager) => {
      const removed = await manager.delete(RoadmapShare, {
        stateId: state.id,
        partnerId: partner.id,
      });
      return removed.affected ? { partner: partner.code } : null;
    });
    return state;
  }

  /**
   * A change of the record and its audit event, in one transaction. `write` returns the
   * event's details, or null when it changed nothing (no event then).
   */
  private audited(
    actor: Actor,
    state: Organisation,
    action: AuditAction,
    write: (manager: EntityManager) => Promise<Record<string, unknown> | null>,
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const details = await write(manager);
      if (details === null) return;
      await this.audit.record(
        actor,
        { action, targetType: MEMBER_STATE_TARGET, targetId: state.code, details },
        manager,
      );
    });
  }

  /** The State for a staff form: 404 (audited) when it may not be seen, then 403 for non-staff. */
  async forStaff(actor: Actor, code: string): Promise<Organisation> {
    const { state } = await this.access.open(actor, code);
    if (!isProgrammeStaff(userOf(actor))) throw new ForbiddenException();
    return state;
  }

  private async sharedPartners(stateId: number): Promise<Organisation[]> {
    const rows = await this.shares.find({
      where: { stateId },
      relations: { partner: true },
    });
    return rows.map((row) => row.partner).sort((a, b) => collator.compare(a.name, b.name));
  }

  /**
   * The open IWG of the State's region. Read through the IWG entity's repository on the data
   * source: the IWG module exports no reader of IWGs by region, and this is one row.
   */
  private iwgOf(state: Organisation): Promise<Iwg | null> {
    if (state.iwgRegionId === null) return Promise.resolve(null);
    return this.dataSource.getRepository(Iwg).findOne({
      where: { regionId: state.iwgRegionId, closedAt: IsNull() },
      order: { id: 'ASC' },
    });
  }
}

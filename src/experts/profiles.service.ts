import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { parseLanguageList } from '../account/languages';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { Clock } from '../jobs/clock';
import { User } from '../users/user.entity';
import { Organisation } from '../organisations/organisation.entity';
import type { AvailabilityFormDto, ProfileFormDto, VettingDto } from './dto/profile-form.dto';
import { ExpertAvailability, type AvailabilityKind } from './expert-availability.entity';
import { ExpertProfile } from './expert-profile.entity';
import {
  BACKGROUNDS,
  EXPERIENCE_REGIONS,
  EXPERT_PILLARS,
  EXPERT_STATUSES,
  storedCodes,
  type ExpertStatus,
} from './expert-vocabulary';
import { requireStaff } from './engagement-access';
import { ExpertPool } from './expert-pool';
import { dayNumber, plainDateOf } from './matching/plain-date';

/**
 * Profiles: the expert keeps their own (which starts `pending`), declares availability and
 * unavailability; staff vet (pending → active → inactive, audited).
 */
@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly pool: ExpertPool,
  ) {}

  private profiles() {
    return this.dataSource.getRepository(ExpertProfile);
  }

  /** The expert's own profile (null before the first save); 403 for every other role. */
  async own(actor: Actor): Promise<ExpertProfile | null> {
    const user = userOf(actor);
    if (user.role !== 'expert') throw new ForbiddenException();
    return this.profiles().findOneBy({ userId: user.id });
  }

  async periodsOf(expertId: number): Promise<ExpertAvailability[]> {
    return this.dataSource
      .getRepository(ExpertAvailability)
      .find({ where: { expertId }, order: { startsOn: 'ASC', id: 'ASC' } });
  }

  /** Saves the expert's profile; the first save puts them in the pool as `pending`. */
  async saveOwn(actor: Actor, input: ProfileFormDto): Promise<ExpertProfile> {
    const user = userOf(actor);
    const existing = await this.own(actor);
    const other = parseLanguageList(input.otherLanguages ?? '');
    if (other.invalid.length > 0) {
      throw FormError.field('otherLanguages', {
        key: 'experts.form.languagesUnknown',
        params: { codes: other.invalid.join(', ') },
      });
    }
    const languages = [...new Set([...input.unLanguages, ...other.codes])];
    if (languages.length === 0)
      throw FormError.field('unLanguages', 'experts.form.languageRequired');
    if (input.countryCode) {
      const country = await this.dataSource
        .getRepository(Organisation)
        .findOneBy({ code: input.countryCode, kind: 'state' });
      if (!country) throw FormError.field('countryCode', 'experts.form.countryInvalid');
    }
    const fields = {
      backgrounds: storedCodes(input.backgrounds, BACKGROUNDS),
      pillars: storedCodes(input.pillars, EXPERT_PILLARS),
      languages: languages.join(','),
      regions: storedCodes(input.regions, EXPERIENCE_REGIONS),
      organisation: input.organisation ?? '',
      countryCode: input.countryCode || null,
      biography: input.biography ?? '',
      consent: input.consent === 'on',
    };
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ExpertProfile);
      const saved = existing
        ? await repository.save(Object.assign(existing, fields))
        : await repository.save(
            repository.create({ ...fields, userId: user.id, status: 'pending' }),
          );
      await this.pool.changed(manager);
      return saved;
    });
  }

  async addPeriod(actor: Actor, input: AvailabilityFormDto): Promise<void> {
    const profile = await this.own(actor);
    if (!profile) throw new FormError({}, 'experts.availability.profileFirst');
    checkDates(input.startsOn, input.endsOn);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ExpertAvailability).insert({
        expertId: profile.id,
        kind: input.kind as AvailabilityKind,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        note: input.note ?? '',
      });
      await this.pool.changed(manager);
    });
  }

  async removePeriod(actor: Actor, periodId: number): Promise<void> {
    const profile = await this.own(actor);
    const repository = this.dataSource.getRepository(ExpertAvailability);
    const period = await repository.findOneBy({ id: periodId, expertId: profile?.id ?? -1 });
    if (!period) throw new NotFoundException();
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ExpertAvailability).delete({ id: period.id });
      await this.pool.changed(manager);
    });
  }

  /** One expert's profile for staff, with the account behind it; 404 when there is none. */
  async forStaff(actor: Actor, expertId: number): Promise<{ profile: ExpertProfile; user: User }> {
    requireStaff(actor);
    const profile = await this.profiles().findOne({
      where: { id: expertId },
      relations: { user: true },
    });
    if (!profile) throw new NotFoundException();
    return { profile, user: profile.user };
  }

  /** Staff vet an expert: the change and its reason go to the audit log. */
  async vet(actor: Actor, expertId: number, input: VettingDto): Promise<{ changed: boolean }> {
    const user = requireStaff(actor);
    const status = input.status as ExpertStatus;
    if (!EXPERT_STATUSES.includes(status))
      throw FormError.field('status', 'experts.form.choiceInvalid');
    const result = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ExpertProfile);
      const profile = await repository.findOneBy({ id: expertId });
      if (!profile) throw new NotFoundException();
      if (profile.status === status) return { changed: false };
      const from = profile.status;
      await repository.update(
        { id: profile.id },
        { status, vettedById: user.id, vettedAt: new Date(this.clock.now()) },
      );
      await this.pool.changed(manager);
      await this.audit.record(
        actor,
        {
          action: 'expert.vetted',
          targetType: 'expert',
          targetId: profile.id,
          reason: input.reason || undefined,
          details: { from, to: status },
        },
        manager,
      );
      return { changed: true };
    });
    return result;
  }

  today(): string {
    return plainDateOf(this.clock.now());
  }
}

/** Both dates real, the first not after the second. */
export function checkDates(
  startsOn: string,
  endsOn: string,
  fields = ['startsOn', 'endsOn'],
): void {
  const from = dayNumber(startsOn);
  const to = dayNumber(endsOn);
  if (from === null) throw FormError.field(fields[0], 'experts.form.dateInvalid');
  if (to === null) throw FormError.field(fields[1], 'experts.form.dateInvalid');
  if (to < from) throw FormError.field(fields[1], 'experts.form.datesOrder');
}

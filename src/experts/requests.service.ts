import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import type { PageRequest } from '../common/lists/paged-list';
import { formatLanguage } from '../common/i18n/intl-format';
import { RowAccess } from '../common/visibility/row-access';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { Organisation } from '../organisations/organisation.entity';
import { AssistanceRequest } from './assistance-request.entity';
import type { RequestFormDto } from './dto/request-form.dto';
import { isStaff } from './engagement-access';
import type { RequestFormat } from './expert-vocabulary';
import { checkDates } from './profiles.service';
import { RoadmapStepCheck } from './roadmap-step-check';
import { ExpertsNotifier } from './experts-notifier';

/** What a list of requests may be narrowed to. */
export interface RequestFilter {
  readonly status?: string;
  readonly stateId?: number;
}

/** How many requests a list shows (newest first); the pool's requests run to dozens a year. */
export const REQUESTS_SHOWN = 200;

/**
 * Assistance requests: a State's focal point asks for its own State, staff (and admins) for any
 * State on its behalf. Requests are the State's content: read through the visibility policy.
 */
@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
    private readonly rows: RowAccess,
    private readonly audit: AuditService,
    private readonly steps: RoadmapStepCheck,
    private readonly notifier: ExpertsNotifier,
  ) {}

  /** Who may ask: staff and admins for any State, a focal point for theirs; others 403. */
  mayAsk(actor: Actor): boolean {
    const user = userOf(actor);
    return isStaff(user) || (user.role === 'focal-point' && user.stateId !== null);
  }

  async create(actor: Actor, input: RequestFormDto): Promise<AssistanceRequest> {
    const user = userOf(actor);
    if (!this.mayAsk(actor)) throw new ForbiddenException();
    let stateId: number;
    if (isStaff(user)) {
      const state = input.stateCode
        ? await this.dataSource
            .getRepository(Organisation)
            .findOneBy({ code: input.stateCode.toUpperCase(), kind: 'state' })
        : null;
      if (!state) throw FormError.field('stateCode', 'experts.request.stateRequired');
      stateId = state.id;
    } else {
      stateId = user.stateId!;
    }
    if (formatLanguage(input.language, 'en') === null) {
      throw FormError.field('language', 'experts.form.languageInvalid');
    }
    checkDates(input.startsOn, input.endsOn);
    const roadmapStepId = input.roadmapStepId ?? null;
    if (roadmapStepId !== null) await this.steps.check(actor, roadmapStepId, stateId);
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AssistanceRequest);
      const saved = await repository.save(
        repository.create({
          stateId,
          roadmapStepId,
          pillar: input.pillar,
          topic: input.topic,
          description: input.description ?? '',
          language: input.language,
          format: input.format as RequestFormat,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          effortDays: input.effortDays,
          status: 'open',
          visibility: VisibilityColumns.of('state', { stateId }),
          createdById: user.id,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'expert.request-created',
          targetType: 'expert-request',
          targetId: saved.id,
          details: { stateId, pillar: saved.pillar, topic: saved.topic },
        },
        manager,
      );
      return saved;
    });
    await this.notifier.requestCreated(saved, user.id);
    return saved;
  }

  /** One request the actor may see (the State's members, staff, experts assigned to it), or 404. */
  async load(actor: Actor, id: number): Promise<AssistanceRequest> {
    const row = await this.dataSource
      .getRepository(AssistanceRequest)
      .findOne({ where: { id }, relations: { state: true } });
    return this.rows.visible(
      actor,
      row,
      (r) => r.visibility,
      (r) => ({ type: 'expert-request', id: r.id }),
    );
  }

  /** The requests the actor may see, newest first, optionally of one status or State. */
  async list(actor: Actor, filter: RequestFilter = {}): Promise<AssistanceRequest[]> {
    return this.query(actor, filter).take(REQUESTS_SHOWN).getMany();
  }

  /** One page of them, and how many there are. */
  async page(
    actor: Actor,
    filter: RequestFilter,
    request: PageRequest,
  ): Promise<{ items: AssistanceRequest[]; total: number }> {
    const [items, total] = await this.query(actor, filter)
      .skip(request.offset)
      .take(request.size)
      .getManyAndCount();
    return { items, total };
  }

  private query(actor: Actor, filter: RequestFilter) {
    const query = this.dataSource
      .getRepository(AssistanceRequest)
      .createQueryBuilder('request')
      .innerJoinAndSelect('request.state', 'state')
      .where(this.policy.condition(userOf(actor), VisibilityPolicy.embeddedColumns('request')))
      .orderBy('request.createdAt', 'DESC')
      .addOrderBy('request.id', 'DESC');
    if (filter.status) query.andWhere('request.status = :status', { status: filter.status });
    if (filter.stateId !== undefined) query.andWhere('request.stateId = :stateId', filter);
    return query;
  }
}

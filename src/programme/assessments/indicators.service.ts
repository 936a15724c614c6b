import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Not, type Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { PILLARS } from '../../organisations/pillars';
import type { IndicatorDto } from './dto/assessment-forms.dto';
import { AssessmentIndicator } from './indicator.entity';

/**
 * The indicator set, kept by staff: add, reword, move, retire (inactive). Running assessments
 * keep the questions they started with; a change reaches the next assessment started.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(AssessmentIndicator)
    private readonly indicators: Repository<AssessmentIndicator>,
    private readonly audit: AuditService,
  ) {}

  async listModel() {
    const all = await this.indicators.find({ order: { position: 'ASC', id: 'ASC' } });
    return {
      pageTitle: { key: 'indicators.title' },
      pillars: PILLARS.map((pillar) => ({
        code: pillar.code,
        name: pillar.name,
        indicators: all
          .filter((indicator) => indicator.pillar === pillar.code)
          .map((indicator) => ({
            id: indicator.id,
            code: indicator.code,
            text: indicator.text,
            active: indicator.active,
          })),
      })),
    };
  }

  formModel(indicator?: AssessmentIndicator) {
    return {
      pageTitle: indicator
        ? { key: 'indicators.edit.title', params: { code: indicator.code } }
        : { key: 'indicators.new.title' },
      action: indicator ? `/programme/indicators/${indicator.id}` : '/programme/indicators',
      pillars: PILLARS.map((pillar) => ({ value: pillar.code, label: pillar.name })),
      values: indicator
        ? {
            pillar: indicator.pillar,
            reference: indicator.code,
            text: indicator.text,
            guidance: indicator.guidance ?? '',
            active: indicator.active ? 'on' : '',
            position: String(indicator.position),
          }
        : { pillar: '', reference: '', text: '', guidance: '', active: 'on', position: '' },
    };
  }

  async editModel(id: number) {
    return this.formModel(await this.load(id));
  }

  async create(actor: Actor, input: IndicatorDto): Promise<AssessmentIndicator> {
    await this.refuseTakenCode(input.reference);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(AssessmentIndicator, this.fields(input));
      await this.audit.record(
        actor,
        {
          action: 'assessment.indicator-created',
          targetType: 'assessment-indicator',
          targetId: String(saved.id),
          details: { code: saved.code, pillar: saved.pillar },
        },
        manager,
      );
      return saved;
    });
  }

  async update(actor: Actor, id: number, input: IndicatorDto): Promise<AssessmentIndicator> {
    const indicator = await this.load(id);
    await this.refuseTakenCode(input.reference, indicator.id);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(AssessmentIndicator, {
        ...indicator,
        ...this.fields(input),
      });
      await this.audit.record(
        actor,
        {
          action: 'assessment.indicator-updated',
          targetType: 'assessment-indicator',
          targetId: String(saved.id),
          details: { code: saved.code, active: saved.active },
        },
        manager,
      );
      return saved;
    });
  }

  private fields(input: IndicatorDto) {
    return {
      pillar: input.pillar,
      code: input.reference,
      text: input.text,
      guidance: input.guidance?.trim() || null,
      active: input.active === 'on',
      position: input.position ? Number(input.position) : 0,
    };
  }

  private async refuseTakenCode(code: string, exceptId?: number): Promise<void> {
    const taken = await this.indicators.countBy({
      code,
      ...(exceptId === undefined ? {} : { id: Not(exceptId) }),
    });
    if (taken > 0) throw FormError.field('reference', 'indicators.form.referenceTaken');
  }

  private async load(id: number): Promise<AssessmentIndicator> {
    const indicator = await this.indicators.findOneBy({ id });
    if (!indicator) throw new NotFoundException();
    return indicator;
  }
}

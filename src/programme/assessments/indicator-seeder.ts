import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { INDICATOR_SET } from './data/indicator-set';
import { AssessmentIndicator } from './indicator.entity';

/**
 * The first start fills the questionnaire with the programme's set. Only an empty table:
 * once staff have the set, it is theirs (an indicator they retired is not brought back).
 */
@Injectable()
export class IndicatorSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectRepository(AssessmentIndicator)
    private readonly indicators: Repository<AssessmentIndicator>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.indicators.count()) > 0) return;
    await this.indicators.insert(
      INDICATOR_SET.map((indicator, index) => ({
        ...indicator,
        active: true,
        position: index + 1,
      })),
    );
    this.logger.log(`seeded ${INDICATOR_SET.length} assessment indicators`);
  }
}

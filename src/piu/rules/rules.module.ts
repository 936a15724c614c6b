import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../../jobs/jobs.module';
import { ActiveRules } from './active-rules';
import { IngestionModule } from '../ingestion/ingestion.module';
import { RECENT_TRAVELLER_FACTS } from './recent-traveller-facts';
import { StoredTravellerFacts } from './stored-traveller-facts';
import { RulePages } from './rule-pages';
import { RuleSwitchController } from './rule-switch.controller';
import { RuleTrials } from './rule-trials.service';
import { RulesController } from './rules.controller';
import { RulesService } from './rules.service';
import { ScreeningRuleTrial } from './screening-rule-trial.entity';
import { ScreeningRuleVersion } from './screening-rule-version.entity';
import { ScreeningRule } from './screening-rule.entity';

/**
 * A State's targeting rules (`/screening/rules`): drafted by its PIU analysts, tried on the
 * last 7 days of its messages, switched on and off by its supervisors, versioned. For the
 * screening pipeline: `ActiveRules.activeRules(stateId)` (compiled rules naming rule and
 * version) and `ActiveRules.subscribe` (the set changed).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ScreeningRule, ScreeningRuleVersion, ScreeningRuleTrial]),
    JobsModule,
    IngestionModule,
  ],
  controllers: [RuleSwitchController, RulesController],
  providers: [
    RulesService,
    RuleTrials,
    RulePages,
    ActiveRules,
    // Trials read the State's stored messages (tests may put InMemoryTravellerFacts here).
    StoredTravellerFacts,
    { provide: RECENT_TRAVELLER_FACTS, useExisting: StoredTravellerFacts },
  ],
  exports: [ActiveRules],
})
export class RulesModule {}

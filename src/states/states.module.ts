import { Module } from '@nestjs/common';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { StatesController } from './states.controller';
import { StatesService } from './states.service';

/** The Member State space: `/states` and each State's page. */
@Module({
  controllers: [StatesController],
  providers: [StatesService, VisibilityPolicy],
})
export class StatesModule {}

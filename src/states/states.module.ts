import { Module } from '@nestjs/common';
import { StatesController } from './states.controller';
import { StatesService } from './states.service';

/** The Member State space: `/states` and each State's page. */
@Module({
  controllers: [StatesController],
  providers: [StatesService],
})
export class StatesModule {}

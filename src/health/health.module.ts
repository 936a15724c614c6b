import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

/** `GET /health` for load balancers and monitoring: is the database answering? */
@Module({
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}

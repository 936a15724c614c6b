import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { JobsModule } from '../jobs/jobs.module';
import { UsersModule } from '../users/users.module';
import { LiveEvents } from './live-events.service';
import { LiveRooms } from './live-rooms';
import { LiveGateway } from './live.gateway';

/** Live updates over socket.io: import it and inject LiveEvents to push to browsers. */
@Module({
  // JobsModule: the clock at which an expert's rooms open and close.
  imports: [AuthModule, JobsModule, UsersModule],
  providers: [LiveGateway, LiveEvents, LiveRooms],
  exports: [LiveEvents, LiveGateway, LiveRooms],
})
export class LiveModule {}

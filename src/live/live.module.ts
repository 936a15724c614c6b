import { Module } from '@nestjs/common';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { LiveEvents } from './live-events.service';
import { LiveRooms } from './live-rooms';
import { LiveGateway } from './live.gateway';

/** Live updates over socket.io: import it and inject LiveEvents to push to browsers. */
@Module({
  providers: [LiveGateway, LiveEvents, LiveRooms, VisibilityPolicy],
  exports: [LiveEvents, LiveGateway],
})
export class LiveModule {}

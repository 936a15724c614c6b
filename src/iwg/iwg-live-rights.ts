import { Injectable } from '@nestjs/common';
import { LiveGateway } from '../live/live.gateway';

/**
 * When a member's rights in the IWGs change (a guest invited or removed), their open sockets
 * leave the rooms they may no longer join, on every instance.
 */
@Injectable()
export class IwgLiveRights {
  constructor(private readonly gateway: LiveGateway) {}

  changed(userId: number): Promise<void> {
    return this.gateway.recheckRooms(userId);
  }
}

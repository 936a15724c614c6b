import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { mayUse } from '../common/areas/area';
import { DashboardBlocks } from '../home/dashboard-blocks';
import { IWG_AREA } from './iwg.area';
import { IwgsService } from './iwgs.service';

/** The home page block: the member's open working groups and how many threads wait unread. */
@Injectable()
export class IwgActivityBlock implements OnModuleInit {
  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly iwgs: IwgsService,
  ) {}

  onModuleInit(): void {
    this.blocks.register({
      id: 'iwg-activity',
      title: 'iwg.block.title',
      order: 20,
      partial: 'dashboard-iwgs',
      appliesTo: (user) => mayUse(IWG_AREA, user.role),
      load: (actor: Actor) => this.model(actor),
    });
  }

  async model(actor: Actor) {
    const { iwgs } = await this.iwgs.listModel(actor);
    const open = iwgs.filter((iwg) => !iwg.closed);
    return {
      iwgs: open.map((iwg) => ({ id: iwg.id, name: iwg.name, unread: iwg.unread })),
      unread: open.reduce((sum, iwg) => sum + iwg.unread, 0),
    };
  }
}

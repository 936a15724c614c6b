import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { mayUse } from '../../common/areas/area';
import { PageAdditions, type PageAddition } from '../../common/views/page-additions';
import { liveRoom } from '../../live/live-rooms';
import { SCREENING_AREA } from '../piu.area';
import { OpenHitCounts } from './open-hit-counts';

/**
 * Puts the State's open hits on the navigation's screening entry for its PIU analysts
 * (`navigationCounts.screening`, with the live room the badge's script joins), from
 * OpenHitCounts: while the State's count is current a page costs one primary-key lookup.
 */
@Injectable()
export class OpenHitsBadgeSource implements OnModuleInit {
  constructor(
    private readonly additions: PageAdditions,
    private readonly counts: OpenHitCounts,
  ) {}

  onModuleInit(): void {
    this.additions.register({ id: 'screening', forMember: (user) => this.forMember(user) });
  }

  private forMember(user: AuthenticatedUser): Promise<PageAddition> | undefined {
    const stateId = user.stateId ?? null;
    if (stateId === null || !mayUse(SCREENING_AREA, user.role)) return undefined;
    return this.counts.get(stateId).then((count) => ({
      navigationCounts: {
        [SCREENING_AREA.id]: {
          count,
          label: 'vetting.nav.openHits',
          room: liveRoom.screening(stateId),
        },
      },
    }));
  }
}

import { Injectable } from '@nestjs/common';

/**
 * Whether staff shared a State's roadmap with a partner agency. The share itself is the
 * Member State record's (the `states` part of issue 9 stores it); until that lands nothing is
 * shared, so partners see no roadmap. Replace the body with a read of that record.
 */
@Injectable()
export class RoadmapPartnerShares {
  sharedWith(_stateId: number, _agencyId: number): Promise<boolean> {
    return Promise.resolve(false);
  }
}

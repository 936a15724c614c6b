import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';
import { IwgParticipant } from '../iwg-participant.entity';
import type { Iwg } from '../iwg.entity';

/** A member who takes part in an IWG, as the action item form lists them. */
export interface IwgMember {
  readonly id: number;
  readonly name: string;
  readonly organisation: string;
}

/** State roles that take part in their region's IWG without a participant row. */
const STATE_ROLES = ['official', 'focal-point'];

/**
 * Who takes part in an IWG: the officials and focal points of its region's States, its
 * secretariat and its guests (active accounts only). Meeting news goes to them; action items
 * are given to one of them. The notification pipeline still checks, for each, that they may
 * see the meeting.
 */
@Injectable()
export class MeetingAudience {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async members(iwg: Pick<Iwg, 'id' | 'regionId'>): Promise<IwgMember[]> {
    const [states, participants] = await Promise.all([
      this.dataSource
        .getRepository(Organisation)
        .find({ where: { kind: 'state', iwgRegionId: iwg.regionId }, select: { id: true } }),
      this.dataSource
        .getRepository(IwgParticipant)
        .find({ where: { iwgId: iwg.id }, select: { userId: true } }),
    ]);
    const [stateMembers, others] = await Promise.all([
      states.length
        ? this.dataSource.getRepository(User).find({
            where: {
              active: true,
              role: In(STATE_ROLES),
              organisationId: In(states.map((s) => s.id)),
            },
            relations: { organisation: true },
          })
        : [],
      participants.length
        ? this.dataSource.getRepository(User).find({
            where: { active: true, id: In(participants.map((p) => p.userId)) },
            relations: { organisation: true },
          })
        : [],
    ]);
    const byId = new Map<number, IwgMember>();
    for (const user of [...others, ...stateMembers])
      byId.set(user.id, { id: user.id, name: user.name, organisation: user.organisation.name });
    return [...byId.values()].sort(
      (a, b) => a.name.localeCompare(b.name) || a.organisation.localeCompare(b.organisation),
    );
  }

  async memberIds(iwg: Pick<Iwg, 'id' | 'regionId'>): Promise<number[]> {
    return (await this.members(iwg)).map((member) => member.id);
  }

  async isMember(iwg: Pick<Iwg, 'id' | 'regionId'>, userId: number): Promise<boolean> {
    return (await this.memberIds(iwg)).includes(userId);
  }
}

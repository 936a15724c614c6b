import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { RowAccess } from '../common/visibility/row-access';
import { ConversationParticipant } from './conversation-participant.entity';
import { Conversation } from './conversation.entity';

/** A conversation and the actor's place in it. */
export interface ConversationSeat {
  readonly conversation: Conversation;
  readonly participant: ConversationParticipant;
}

/**
 * The one way a conversation reaches an actor: only a current participant gets it. Anyone else
 * (an administrator too: private messages are private; a member who left) gets 404 exactly as
 * for a conversation that does not exist, and the attempt is written to the audit log as
 * `access.denied`.
 */
@Injectable()
export class ConversationAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: RowAccess,
  ) {}

  async load(actor: Actor, conversationId: number): Promise<ConversationSeat> {
    const userId = userOf(actor).id;
    const participant = Number.isSafeInteger(conversationId)
      ? await this.dataSource
          .getRepository(ConversationParticipant)
          .findOneBy({ conversationId, userId, leftAt: IsNull() })
      : null;
    const conversation = participant
      ? await this.dataSource.getRepository(Conversation).findOneBy({ id: conversationId })
      : null;
    await this.rows.scoped(actor, { type: 'conversation', id: conversationId }, conversation);
    return { conversation: conversation!, participant: participant! };
  }

  /** The current participants' user ids, in the order they joined. */
  async participantIds(conversationId: number): Promise<number[]> {
    const rows = await this.dataSource.getRepository(ConversationParticipant).find({
      where: { conversationId, leftAt: IsNull() },
      select: { userId: true, id: true },
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.userId);
  }
}

import { Injectable } from '@nestjs/common';
import { StoredMessages } from '../ingestion/stored-messages';
import type { RecentMessage, RecentTravellerFacts } from './recent-traveller-facts';

/**
 * A State's stored messages as a rule's trial reads them: each parsed message of the last days,
 * every UNH message of an interchange on its own, oldest first, one at a time.
 */
@Injectable()
export class StoredTravellerFacts implements RecentTravellerFacts {
  constructor(private readonly stored: StoredMessages) {}

  async *messagesSince(stateId: number, since: Date): AsyncIterable<RecentMessage> {
    for await (const { message, result } of this.stored.parsedSince(stateId, since)) {
      for (const parsed of result.messages) {
        yield { messageId: message.id, receivedAt: message.receivedAt, message: parsed };
      }
    }
  }
}

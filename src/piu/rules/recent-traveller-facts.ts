import type { NormalisedMessage } from '../../screening/model';

/** One stored message of a State, parsed, as the trial of a rule reads it. */
export interface RecentMessage {
  messageId: number;
  receivedAt: Date;
  message: NormalisedMessage;
}

/**
 * The State's recent passenger messages, for trying a rule before it is switched on. The
 * ingestion module's stored messages implement it (database-backed, one message at a time, so
 * a week of a busy airport never sits in memory); tests use InMemoryTravellerFacts.
 */
export interface RecentTravellerFacts {
  /** The State's parsed messages received at or after `since`, oldest first. */
  messagesSince(stateId: number, since: Date): AsyncIterable<RecentMessage>;
}

/**
 * The Nest token the trial reads its messages from: StoredTravellerFacts (the ingestion's
 * stored messages) in the portal, InMemoryTravellerFacts in tests.
 */
export const RECENT_TRAVELLER_FACTS = Symbol('RECENT_TRAVELLER_FACTS');

/** Messages held in memory (tests, demos): each State's, in the order received. */
export class InMemoryTravellerFacts implements RecentTravellerFacts {
  private readonly messages: (RecentMessage & { stateId: number })[] = [];

  add(stateId: number, message: RecentMessage): this {
    this.messages.push({ ...message, stateId });
    this.messages.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    return this;
  }

  clear(): void {
    this.messages.length = 0;
  }

  async *messagesSince(stateId: number, since: Date): AsyncIterable<RecentMessage> {
    for (const { stateId: owner, ...message } of this.messages) {
      if (owner === stateId && message.receivedAt >= since) {
        await Promise.resolve();
        yield message;
      }
    }
  }
}

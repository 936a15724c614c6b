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
 *
 * `unavailable` is set only by the placeholder used while no store is plugged in: the rules
 * page then says that there are no stored messages to try on, rather than counting nothing.
 */
export interface RecentTravellerFacts {
  readonly unavailable?: true;
  /** The State's parsed messages received at or after `since`, oldest first. */
  messagesSince(stateId: number, since: Date): AsyncIterable<RecentMessage>;
}

/**
 * The Nest token the trial reads its messages from. PLUG-IN POINT: RulesModule provides
 * NO_STORED_MESSAGES under it until the ingestion's database-backed source is wired, e.g.
 * `{ provide: RECENT_TRAVELLER_FACTS, useExisting: StoredMessageFacts }` with the ingestion
 * module imported (see rules.module.ts).
 */
export const RECENT_TRAVELLER_FACTS = Symbol('RECENT_TRAVELLER_FACTS');

/** The placeholder while no message store is plugged in: nothing to try on, and it says so. */
export const NO_STORED_MESSAGES: RecentTravellerFacts = {
  unavailable: true,
  // eslint-disable-next-line require-yield
  async *messagesSince() {
    return;
  },
};

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

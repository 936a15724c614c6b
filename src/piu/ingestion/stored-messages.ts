import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, MoreThanOrEqual, type DataSource } from 'typeorm';
import type { ParseResult } from '../../screening/model';
import { parseMessage } from '../../screening/parse-message';
import { RawMessageStore } from './raw-message-store';
import { ScreeningMessagePart } from './screening-message-part.entity';
import { ScreeningMessage } from './screening-message.entity';

/** Messages read per query while walking a State's stored messages. */
const PAGE = 50;

/**
 * Stored messages read back for the engine: their parts opened and put back together, and
 * parsed, one message at a time (a week of a busy airport never sits in memory). Only for work
 * the PIU does with its own data — screening, a rule's trial — whose reads of personal data the
 * caller accounts for.
 */
@Injectable()
export class StoredMessages {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly raw: RawMessageStore,
  ) {}

  /** The message as the engine reads it: its parts (one, or all of a multi-part) reassembled. */
  async parsed(message: Pick<ScreeningMessage, 'id' | 'receivedAt'>): Promise<ParseResult> {
    const parts = await this.dataSource
      .getRepository(ScreeningMessagePart)
      .find({ where: { messageId: message.id }, order: { sequence: 'ASC' } });
    return parseMessage(await this.raw.message(parts), { referenceDate: message.receivedAt });
  }

  /** A State's parsed messages received at or after `since`, oldest first, each parsed. */
  async *parsedSince(
    stateId: number,
    since: Date,
  ): AsyncIterable<{ message: ScreeningMessage; result: ParseResult }> {
    const messages = this.dataSource.getRepository(ScreeningMessage);
    let afterId = 0;
    for (;;) {
      const page = await messages.find({
        where: {
          stateId,
          status: 'parsed',
          receivedAt: MoreThanOrEqual(since),
          id: MoreThan(afterId),
          // Retention deleted its raw bytes: nothing left to read.
          depersonalisedAt: IsNull(),
        },
        order: { id: 'ASC' },
        take: PAGE,
      });
      if (page.length === 0) return;
      for (const message of page) yield { message, result: await this.parsed(message) };
      afterId = page[page.length - 1].id;
    }
  }
}

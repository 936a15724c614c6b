import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { RawChunk } from '../ingestion/raw-chunk.entity';
import { ScreeningMessagePart } from '../ingestion/screening-message-part.entity';
import { ScreeningMessage } from '../ingestion/screening-message.entity';
import { ScreeningTravellerSource } from '../pipeline/traveller-source.entity';

/**
 * Retention of one stored message. Its raw bytes hold everyone on board as the carrier sent
 * them, so depersonalising it deletes them (the sealed chunks); the message row stays with its
 * facts, diagnostics and parts (content hashes: a byte-identical resend is still recognised
 * and not stored again). Deleting it deletes its parts and chunks with it (foreign keys).
 */
@Injectable()
export class MessageRetention {
  /**
   * Deletes the message's raw bytes and closes a multi-part group still open (a late part then
   * starts a new message instead of completing one whose parts are gone). False when it was
   * depersonalised already.
   */
  async depersonalise(manager: EntityManager, messageId: number, now: Date): Promise<boolean> {
    const marked = await manager
      .createQueryBuilder()
      .update(ScreeningMessage)
      .set({ depersonalisedAt: now, openGroup: null })
      .where('id = :messageId AND depersonalised_at IS NULL', { messageId })
      .execute();
    if (!marked.affected) return false;
    const parts = await manager.getRepository(ScreeningMessagePart).find({
      select: { id: true },
      where: { messageId },
    });
    if (parts.length > 0)
      await manager.getRepository(RawChunk).delete({ partId: In(parts.map((part) => part.id)) });
    return true;
  }

  /**
   * Deletes the message, its parts and raw bytes, unless a traveller still names it as a source
   * (one a confirmed hit keeps, or one of a flight not yet due). A hit names the message whose
   * screening raised it, which is always one of its traveller's sources: the sources decide.
   */
  async deleteIfUnused(manager: EntityManager, messageId: number): Promise<boolean> {
    const used = await manager
      .getRepository(ScreeningTravellerSource)
      .exists({ where: { messageId } });
    if (used) return false;
    const deleted = await manager.getRepository(ScreeningMessage).delete({ id: messageId });
    return (deleted.affected ?? 0) > 0;
  }
}

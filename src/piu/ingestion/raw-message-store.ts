import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import { reassemble } from './message-parts';
import { RAW_CHUNK_BYTES, RawChunk } from './raw-chunk.entity';
import type { ScreeningMessagePart } from './screening-message-part.entity';

/** What a part's raw bytes are bound to: its State and content (GCM additional data). */
function contextOf(part: Pick<ScreeningMessagePart, 'stateId' | 'contentHash'>): string {
  return `raw:${part.stateId}:${part.contentHash}`;
}

/**
 * Raw messages at rest: sealed with the personal-data cipher (AES-256-GCM, the current key),
 * cut into chunks, and opened again for the analyst who reads them (under audit) or for the
 * reassembly of a multi-part message.
 */
@Injectable()
export class RawMessageStore {
  constructor(
    private readonly cipher: PersonalDataCipher,
    @InjectRepository(RawChunk) private readonly chunks: Repository<RawChunk>,
  ) {}

  /** Seals the bytes for the part; returns the id of the key used (for `rawKeyId`). */
  sealFor(part: Pick<ScreeningMessagePart, 'stateId' | 'contentHash'>, bytes: Buffer): Buffer {
    return this.cipher.seal(bytes, contextOf(part));
  }

  get currentKeyId(): string {
    return this.cipher.currentKeyId;
  }

  async write(manager: EntityManager, partId: number, sealed: Buffer): Promise<void> {
    const rows: Partial<RawChunk>[] = [];
    for (let position = 0; position * RAW_CHUNK_BYTES < sealed.length; position++) {
      const start = position * RAW_CHUNK_BYTES;
      rows.push({ partId, position, data: sealed.subarray(start, start + RAW_CHUNK_BYTES) });
    }
    // A few rows per insert: one statement of 85 blobs of 60 KB would pass MariaDB's packet size.
    for (let i = 0; i < rows.length; i += 8)
      await manager.getRepository(RawChunk).insert(rows.slice(i, i + 8));
  }

  async sealed(partId: number, manager?: EntityManager): Promise<Buffer> {
    const repository = manager ? manager.getRepository(RawChunk) : this.chunks;
    const rows = await repository.find({ where: { partId }, order: { position: 'ASC' } });
    return Buffer.concat(rows.map((row) => Buffer.from(row.data)));
  }

  async read(
    part: Pick<ScreeningMessagePart, 'id' | 'stateId' | 'contentHash'>,
    manager?: EntityManager,
  ): Promise<Buffer> {
    return this.cipher.open(await this.sealed(part.id, manager), contextOf(part));
  }

  /**
   * A message as received: the body of a whole message (sequence 0), or the parts of a
   * multi-part one put back together in sequence (ReassemblyError when they do not fit).
   */
  async message(
    parts: readonly Pick<ScreeningMessagePart, 'id' | 'stateId' | 'contentHash' | 'sequence'>[],
    manager?: EntityManager,
  ): Promise<Buffer | string> {
    const bodies = [];
    for (const part of parts)
      bodies.push({ sequence: part.sequence, bytes: await this.read(part, manager) });
    return bodies.length === 1 && bodies[0].sequence === 0 ? bodies[0].bytes : reassemble(bodies);
  }

  /** Seals a part's bytes again under the current key (rotation). True when it changed. */
  async reseal(
    manager: EntityManager,
    part: Pick<ScreeningMessagePart, 'id' | 'stateId' | 'contentHash'>,
  ): Promise<boolean> {
    const sealed = await this.sealed(part.id, manager);
    // Depersonalised by retention: no bytes left to seal.
    if (sealed.length === 0) return false;
    if (!this.cipher.needsResealing(sealed)) return false;
    const plain = this.cipher.open(sealed, contextOf(part));
    // Only here are rows replaced: a new part's chunks are inserted without a prior delete,
    // whose gap locks made concurrent receipts deadlock on MariaDB.
    await manager.getRepository(RawChunk).delete({ partId: part.id });
    await this.write(manager, part.id, this.cipher.seal(plain, contextOf(part)));
    return true;
  }
}

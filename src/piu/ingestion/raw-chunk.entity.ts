import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ScreeningMessagePart } from './screening-message-part.entity';

/** Largest chunk: a MariaDB BLOB holds 65,535 bytes, SQLite's any size. */
export const RAW_CHUNK_BYTES = 60_000;

/**
 * A slice of a part's sealed raw bytes. Sealed values of several megabytes are cut in slices
 * that fit one column type on both engines (MariaDB's BLOB), instead of an engine-specific
 * LONGBLOB the SQLite migrations cannot express.
 */
@Entity('screening_raw_chunk')
export class RawChunk {
  @PrimaryColumn({ type: 'int' })
  partId!: number;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @ManyToOne(() => ScreeningMessagePart, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'part_id' })
  part!: ScreeningMessagePart;

  @Column({ type: 'blob' })
  data!: Buffer;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ScreeningMessage, type MessageSource } from './screening-message.entity';

/**
 * One body as it arrived: a whole message, or one part of a multi-part PAXLST. Its content
 * hash (keyed per State) makes a byte-identical resend find it again; its raw bytes are in
 * RawChunk rows, card numbers masked, sealed under the key named in `rawKeyId`.
 */
@Entity('screening_message_part')
@Index(['stateId', 'contentHash'], { unique: true })
@Index(['messageId', 'sequence'], { unique: true })
export class ScreeningMessagePart {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => ScreeningMessage, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message!: ScreeningMessage;

  @Column({ type: 'int' })
  messageId!: number;

  @Column({ type: 'int' })
  stateId!: number;

  /** The UNH sequence number of a part; 0 for a message sent whole. */
  @Column({ type: 'int' })
  sequence!: number;

  @Column({ type: 'boolean', default: false })
  final!: boolean;

  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ type: 'int' })
  size!: number;

  /** Id of the encryption key the raw bytes are sealed with (rotation finds old rows by it). */
  @Index()
  @Column({ type: 'varchar', length: 16 })
  rawKeyId!: string;

  @Column({ type: 'varchar', length: 8 })
  source!: MessageSource;

  @Column({ type: 'int', nullable: true })
  keyId!: number | null;

  @Column({ type: 'int', nullable: true })
  uploaderId!: number | null;

  @Column({ type: 'datetime', precision: 6 })
  receivedAt!: Date;
}

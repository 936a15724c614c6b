import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The text a message had before one edit: the history its author (only) sees. */
@Entity('conversation_message_revision')
@Index(['messageId', 'revision'], { unique: true })
export class ConversationMessageRevision {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  messageId!: number;

  /** The revision number this text had. */
  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  replacedAt!: Date;
}

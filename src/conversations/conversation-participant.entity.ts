import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One member's place in a conversation: since when, until when (a member who left no longer
 * sees it; being added again opens it anew), and how far they have read (the id of the last
 * message they saw). The badge's count reads `userId` with `leftAt`.
 */
@Entity('conversation_participant')
@Index(['conversationId', 'userId'], { unique: true })
@Index(['userId', 'leftAt'])
export class ConversationParticipant {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  conversationId!: number;

  @Column({ type: 'int' })
  userId!: number;

  /** Who added them (the starter for the first participants; null for the starter). */
  @Column({ type: 'int', nullable: true })
  addedById!: number | null;

  @Column({ type: 'datetime', precision: 3 })
  joinedAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  lastReadMessageId!: number;
}

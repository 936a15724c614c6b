import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message: its Markdown as written and the sanitised HTML rendered from it on save, like a
 * forum post. `revision` goes up with each edit, so an edit made from an older copy (another
 * tab) is refused instead of overwriting the newer text.
 */
@Entity('conversation_message')
@Index(['conversationId', 'id'])
export class ConversationMessage {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  conversationId!: number;

  @Column({ type: 'int' })
  authorId!: number;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  editedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VisibilityColumns } from '../../common/visibility/visibility-columns';

/**
 * A post: its Markdown as written and the sanitised HTML rendered from it on save. `revision`
 * goes up with each edit, so an edit made from an older copy is refused instead of overwriting
 * someone else's. A hidden post keeps its text for moderators and shows the reason to others.
 */
@Entity('forum_post')
@Index(['threadId', 'id'])
export class ForumPost {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  threadId!: number;

  @Column({ type: 'int' })
  authorId!: number;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  html!: string;

  /** The post this one quotes or answers, when it does. */
  @Column({ type: 'int', nullable: true })
  replyToId!: number | null;

  /** An ISO 639-1 code when known (the author's language for the post, or the demo's). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  language!: string | null;

  @Column({ type: 'int', default: 1 })
  revision!: number;

  /** How many library resources hang under the post: the thread page asks for them only when some do. */
  @Column({ type: 'smallint', default: 0 })
  attachmentCount!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  hiddenAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  hiddenById!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  hiddenReason!: string | null;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The text a post had before one edit, with who replaced it: the history the author sees. */
@Entity('forum_post_revision')
@Index(['postId', 'revision'], { unique: true })
export class ForumPostRevision {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  postId!: number;

  /** The revision number this text had. */
  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'text' })
  body!: string;

  /** Who wrote this revision. */
  @Column({ type: 'int' })
  authorId!: number;

  /** When this text was replaced, and by whom. */
  @Column({ type: 'int' })
  replacedById!: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  replacedAt!: Date;
}

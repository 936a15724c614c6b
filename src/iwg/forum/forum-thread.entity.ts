import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { VisibilityColumns } from '../../common/visibility/visibility-columns';

/**
 * A thread of an IWG forum. `lastPostId` and `postCount` are kept with each post so the lists
 * and the unread marks need no count over the posts.
 */
/** The update that tells the thread's page caches that its posts changed. */
export const POSTS_CHANGED = { contentVersion: () => 'content_version + 1' } as const;

@Entity('forum_thread')
@Index(['categoryId', 'pinned', 'lastPostId'])
@Index(['iwgId', 'lastPostId'])
export class ForumThread {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  iwgId!: number;

  @Column({ type: 'int' })
  categoryId!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'int' })
  authorId!: number;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  @Column({ type: 'int', default: 0 })
  postCount!: number;

  @Column({ type: 'int', default: 0 })
  lastPostId!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastPostAt!: Date | null;

  /**
   * Moves on with every change to what the thread's pages show of its posts (a post, an edit,
   * a reaction, hiding, a split): a page of posts read once is served again until it moves
   * (forum-thread-posts.cache.ts), on every instance, since each request reads it.
   */
  @Column({ type: 'int', default: 1 })
  contentVersion!: number;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}

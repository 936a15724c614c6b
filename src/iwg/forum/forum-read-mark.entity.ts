import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** "Mark all read" in one IWG: every post up to this id counts as read. */
@Entity('forum_read_mark')
export class ForumReadMark {
  @PrimaryColumn({ type: 'int' })
  userId!: number;

  @Index()
  @PrimaryColumn({ type: 'int' })
  iwgId!: number;

  @Column({ type: 'int' })
  upToPostId!: number;
}

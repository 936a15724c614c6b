import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How far one member has read one thread: the id of the last post they saw. One row per member
 * and thread they opened, never one per post; "mark all read" is one row per member and IWG
 * (ForumReadMark).
 */
@Entity('forum_read_state')
export class ForumReadState {
  @PrimaryColumn({ type: 'int' })
  userId!: number;

  @PrimaryColumn({ type: 'int' })
  threadId!: number;

  @Column({ type: 'int' })
  lastReadPostId!: number;
}

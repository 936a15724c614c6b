import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const WATCH_LEVELS = ['watching', 'normal', 'muted'] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];
export const WATCH_TARGETS = ['iwg', 'category', 'thread'] as const;
export type WatchTarget = (typeof WATCH_TARGETS)[number];

/**
 * A member's choice for one IWG, category or thread: `watching` (every post), `normal`
 * (mentions and replies to me) or `muted`. The nearest choice wins (thread, then category, then
 * IWG); no row anywhere means `normal`.
 */
@Entity('forum_watch')
@Index(['targetType', 'targetId'])
export class ForumWatch {
  @PrimaryColumn({ type: 'int' })
  userId!: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  targetType!: WatchTarget;

  @PrimaryColumn({ type: 'int' })
  targetId!: number;

  @Column({ type: 'varchar', length: 16 })
  level!: WatchLevel;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The fixed set of reactions, in the order the page shows them. */
export const REACTIONS = ['like', 'thanks', 'agree', 'question'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** One member's reaction to one post (a second click takes it back). */
@Entity('forum_reaction')
@Index(['postId', 'userId', 'kind'], { unique: true })
export class ForumReaction {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  postId!: number;

  @Column({ type: 'int' })
  userId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: Reaction;
}

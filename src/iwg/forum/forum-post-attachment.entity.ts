import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A library resource attached to a post, in the order the author gave. The resource stays in
 * the library (its versions, its visibility, its review): the post only points at it, and each
 * reader sees the attachments the policy lets them see when the post is shown.
 */
@Entity('forum_post_attachment')
@Index(['resourceId'])
export class ForumPostAttachment {
  @PrimaryColumn({ type: 'int' })
  postId!: number;

  @PrimaryColumn({ type: 'int' })
  resourceId!: number;

  @Column({ type: 'smallint' })
  position!: number;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A reviewer's comment on one section of a State's document (staff, assigned experts, the State). */
@Entity('state_document_comment')
@Index(['documentId', 'sectionKey'])
export class StateDocumentComment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  documentId!: number;

  @Column({ type: 'varchar', length: 16 })
  sectionKey!: string;

  @Column({ type: 'int' })
  authorId!: number;

  @Column({ type: 'varchar', length: 120 })
  authorName!: string;

  @Column({ type: 'varchar', length: 16 })
  authorRole!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;
}

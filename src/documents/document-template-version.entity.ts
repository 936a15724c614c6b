import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A published version of a template: what it said then, frozen (sections and variables). */
@Entity('document_template_version')
@Index(['templateId', 'number'], { unique: true })
export class DocumentTemplateVersion {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  templateId!: number;

  /** 1, 2, 3… */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;

  @Column({ type: 'int' })
  publishedById!: number;

  @Column({ type: 'varchar', length: 120 })
  publishedByName!: string;

  @Column({ type: 'datetime', precision: 3 })
  publishedAt!: Date;
}

import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { TemplateKind } from './template/template-content';

/**
 * An SOP or Terms-of-Reference template (programme staff's): its draft content (sections and
 * variables as JSON, see TemplateContent), edited freely, and the number of its latest
 * published version (0 before the first). Publishing copies the draft into a version.
 */
@Entity('document_template')
export class DocumentTemplate {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: TemplateKind;

  /** A pillar code (`piu`, `legislative`…). */
  @Column({ type: 'varchar', length: 32 })
  pillar!: string;

  /** ISO 639-1 code. */
  @Column({ type: 'varchar', length: 8 })
  language!: string;

  @Column({ type: 'text' })
  draft!: string;

  @Column({ type: 'int', default: 0 })
  latestVersion!: number;

  /** Bumped by every save: a second editor of the same draft is told, not overwritten. */
  @VersionColumn()
  revision!: number;

  @Column({ type: 'int' })
  createdById!: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const UPSTREAM_DECISIONS = ['accept', 'keep'] as const;
export type UpstreamDecision = (typeof UPSTREAM_DECISIONS)[number];

/**
 * What a State decided about one section a template changed: take the template's new text
 * (`accept`) or keep its own (`keep`). Nothing in a document changes without such a row.
 */
@Entity('state_document_decision')
@Index(['documentId'])
export class StateDocumentDecision {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  documentId!: number;

  @Column({ type: 'varchar', length: 16 })
  sectionKey!: string;

  @Column({ type: 'varchar', length: 200 })
  sectionTitle!: string;

  @Column({ type: 'int' })
  fromVersion!: number;

  @Column({ type: 'int' })
  toVersion!: number;

  @Column({ type: 'varchar', length: 8 })
  decision!: UpstreamDecision;

  @Column({ type: 'int' })
  decidedById!: number;

  @Column({ type: 'varchar', length: 120 })
  decidedByName!: string;

  @Column({ type: 'datetime', precision: 3 })
  decidedAt!: Date;
}

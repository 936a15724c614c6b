import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { VisibilityColumns } from '../common/visibility/visibility-columns';

export const DOCUMENT_STATUSES = [
  'draft',
  'in-review',
  'approved',
  'active',
  'superseded',
  'archived',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * A State's document made from a template: `state` content of that State. It keeps its own
 * copy of the sections (`content`, as of `templateVersion`, with the State's decisions on later
 * template changes) and the State's answers (`answers`). Approved, active, superseded and
 * archived documents are read-only: a change is a new revision (`previousId`, `revisionNumber`).
 */
@Entity('state_document')
@Index(['stateId', 'status'])
export class StateDocument {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  stateId!: number;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @Index()
  @Column({ type: 'int' })
  templateId!: number;

  /** The template version the sections were last brought up to (the State's decisions). */
  @Column({ type: 'int' })
  templateVersion!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 8 })
  language!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text' })
  answers!: string;

  /** Translations of one document: the id of the family's first document. */
  @Index()
  @Column({ type: 'int', nullable: true })
  familyId!: number | null;

  @Column({ type: 'int', default: 1 })
  revisionNumber!: number;

  /**
   * The State's roadmap step this document fulfils ("adopt the watchlist-hit SOP"): when the
   * document becomes active, the step is marked done (RoadmapStepPort). Copied to new revisions.
   */
  @Index()
  @Column({ type: 'int', nullable: true })
  roadmapStepId!: number | null;

  /** The revision this one replaces once it is active. */
  @Column({ type: 'int', nullable: true })
  previousId!: number | null;

  @Column({ type: 'int', nullable: true })
  focalApprovedById!: number | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  focalApprovedByName!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  focalApprovedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  staffApprovedById!: number | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  staffApprovedByName!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  staffApprovedAt!: Date | null;

  /** Bumped by every save: two people editing one draft, the second is told. */
  @VersionColumn()
  revision!: number;

  @Column({ type: 'int' })
  createdById!: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}

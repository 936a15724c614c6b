import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { Pillar } from '../organisations/pillar.entity';
import { User } from '../users/user.entity';
import type { FileType } from './files/file-type';
import { LibraryTag } from './library-tag.entity';
import { LibraryVersion } from './library-version.entity';

export const RESOURCE_KINDS = ['file', 'link'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** `pending`: proposed by a partner or an expert, waiting for staff; `rejected`: with a reason. */
export const RESOURCE_STATUSES = ['published', 'pending', 'rejected'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/**
 * A document or a web link in the library. A file's bytes are in its versions (the newest is
 * `currentVersionId`); the file type and size of that version are kept here too, so the list
 * filters and shows them without a join. Deleting is soft (`deletedAt`), audited, and hides
 * the resource everywhere; its versions stay on disk for the record.
 */
@Entity('library_resource')
@Index(['status', 'createdAt'])
export class LibraryResource {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 8 })
  kind!: ResourceKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  summary!: string;

  /** The address of a link (http or https); null for a file. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  /** ISO 639-1 code. */
  @Index()
  @Column({ type: 'varchar', length: 8 })
  language!: string;

  /** The date the document bears, `YYYY-MM-DD` (text, so both engines compare it the same). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  documentDate!: string | null;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @Column({ type: 'varchar', length: 16 })
  status!: ResourceStatus;

  /** Why staff rejected a proposal. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reviewNote!: string | null;

  @Column({ type: 'int', nullable: true })
  reviewedById!: number | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  reviewedAt!: Date | null;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author!: User;

  @Index()
  @Column({ type: 'int' })
  authorId!: number;

  /** The author's State when they wrote it: that State's focal point may edit it too. */
  @Column({ type: 'int', nullable: true })
  authorStateId!: number | null;

  /** The document family (translations of one document): the id of its first member. */
  @Index()
  @Column({ type: 'int', nullable: true })
  familyId!: number | null;

  @Column({ type: 'int', nullable: true })
  currentVersionId!: number | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  fileType!: FileType | null;

  @Column({ type: 'int', nullable: true })
  fileSize!: number | null;

  @ManyToMany(() => Pillar)
  @JoinTable({
    name: 'library_resource_pillar',
    joinColumn: { name: 'resource_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'pillar_id', referencedColumnName: 'id' },
  })
  pillars!: Pillar[];

  @OneToMany(() => LibraryTag, (tag) => tag.resource)
  tags!: LibraryTag[];

  @OneToMany(() => LibraryVersion, (version) => version.resource)
  versions!: LibraryVersion[];

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;

  @DeleteDateColumn({ type: 'datetime', precision: 6, nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  deletedById!: number | null;
}

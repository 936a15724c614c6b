import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import type { FileType } from './files/file-type';
import type { Relation } from 'typeorm';
import type { LibraryResource } from './library-resource.entity';

/** `none`: a type whose text is not extracted (images, spreadsheets, slides, ODT). */
export const EXTRACTION_STATUSES = ['pending', 'done', 'failed', 'none'] as const;
export type ExtractionStatus = (typeof EXTRACTION_STATUSES)[number];

/** Extracted text kept per version: at most this many characters (64 KB of UTF-8 at worst). */
export const MAX_EXTRACTED_CHARACTERS = 16_000;

/**
 * One uploaded file of a resource. A new version replaces the current one; the old ones stay
 * listed (who, when, note) and downloadable. The bytes are in the blob store under `sha256`.
 */
@Entity('library_version')
@Index(['resourceId', 'number'], { unique: true })
export class LibraryVersion {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne('LibraryResource', (resource: LibraryResource) => resource.versions, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'resource_id' })
  resource!: Relation<LibraryResource>;

  @Column({ type: 'int' })
  resourceId!: number;

  /** 1 for the first upload, then 2, 3, … */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 8 })
  fileType!: FileType;

  /** The safe name it downloads under (safeFileName). */
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy!: User;

  @Column({ type: 'int' })
  uploadedById!: number;

  @Column({ type: 'datetime', precision: 6 })
  uploadedAt!: Date;

  @Column({ type: 'varchar', length: 8 })
  extractionStatus!: ExtractionStatus;

  @Column({ type: 'text', nullable: true })
  extractedText!: string | null;
}

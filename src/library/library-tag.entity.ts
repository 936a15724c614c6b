import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { LibraryResource } from './library-resource.entity';

/** A free tag of a resource, lower-cased so a filter finds it however it was typed. */
@Entity('library_tag')
export class LibraryTag {
  @PrimaryColumn({ type: 'int' })
  resourceId!: number;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 40 })
  tag!: string;

  @ManyToOne('LibraryResource', (resource: LibraryResource) => resource.tags, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'resource_id' })
  resource!: Relation<LibraryResource>;
}

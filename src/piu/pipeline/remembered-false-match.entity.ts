import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "This traveller is not that entry": an analyst cleared a hit as a false match and asked to
 * remember it. The same person (by keyed hash of their document, or of name and date of
 * birth) and the same entry then raise no hit again — unless the entry changes (fingerprint)
 * or the traveller's data does (data hash).
 */
@Entity('screening_false_match')
@Index(['stateId', 'identityHash', 'entryReference'])
export class RememberedFalseMatch {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  stateId!: number;

  /** The traveller's documentHash, else nameDobHash, else nameHash. */
  @Column({ type: 'varchar', length: 64 })
  identityHash!: string;

  @Column({ type: 'varchar', length: 64 })
  dataHash!: string;

  @Column({ type: 'varchar', length: 191 })
  entryReference!: string;

  @Column({ type: 'varchar', length: 64 })
  entryFingerprint!: string;

  /** The hit that was cleared. */
  @Column({ type: 'int' })
  hitId!: number;

  @Column({ type: 'int' })
  createdById!: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;
}

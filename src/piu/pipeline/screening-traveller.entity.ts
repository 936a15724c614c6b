import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A traveller of a flight, joined across its API and PNR messages. Personal data (names, date
 * of birth, documents, contacts, booking references) is one sealed JSON value (`personal`,
 * PersonalDataCipher, bound to the State and flight); the plain columns hold what lists and
 * counts need without naming anyone. The keyed hashes (HASHING_KEY, per State) join messages
 * of the same flight and find the same person again (a remembered false match) without
 * opening anything.
 */
@Entity('screening_traveller')
@Index(['flightId'])
@Index(['stateId', 'documentHash'])
@Index(['stateId', 'nameDobHash'])
export class ScreeningTraveller {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'int' })
  flightId!: number;

  /** passenger, crew, … (the engine's TravellerRole). */
  @Column({ type: 'varchar', length: 24 })
  role!: string;

  @Column({ type: 'varchar', length: 3, nullable: true })
  nationality!: string | null;

  @Column({ type: 'boolean', default: false })
  fromApi!: boolean;

  @Column({ type: 'boolean', default: false })
  fromPnr!: boolean;

  /** Keyed hash of the first travel document (type-free number and issuing country). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  documentHash!: string | null;

  /** Keyed hash of the normalised name and the date of birth. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  nameDobHash!: string | null;

  /** Keyed hash of the first booking's record locator and the name. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  bookingHash!: string | null;

  /** Keyed hash of the normalised name alone (a PNR often has no date of birth). */
  @Column({ type: 'varchar', length: 64 })
  nameHash!: string;

  /** Keyed hash of everything screening compared: a change means "the traveller's data changed". */
  @Column({ type: 'varchar', length: 64 })
  dataHash!: string;

  /** TravellerRecord as sealed JSON. */
  @Column({ type: 'text' })
  personal!: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt!: Date;

  /**
   * When retention masked the record (names, documents, contacts: src/piu/retention); the
   * keyed hashes stay, so a supervisor can re-identify it on a recorded justification.
   */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  depersonalisedAt!: Date | null;
}

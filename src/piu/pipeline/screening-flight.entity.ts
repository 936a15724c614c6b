import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A flight (or voyage) as the PIU screens it: the unit that the API and PNR messages about it
 * are joined on. Identified in its State by carrier, number and departure date (`flightKey`);
 * no personal data. `departureAt` is the scheduled local departure read as UTC
 * (EDIFACT gives local times without a zone, and the portal has no airport table): it orders
 * flights and bounds the re-screening window, where a few hours' offset does not matter.
 */
@Entity('screening_flight')
@Index(['stateId', 'flightKey'], { unique: true })
@Index(['stateId', 'departureAt'])
export class ScreeningFlight {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  stateId!: number;

  /** `KQ|100|2026-12-02`, or `message:<id>:<n>` for a message that names no flight. */
  @Column({ type: 'varchar', length: 120 })
  flightKey!: string;

  @Column({ type: 'varchar', length: 3, nullable: true })
  carrier!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  number!: string | null;

  /** As the message gives it: `YYYY-MM-DDTHH:mm` or a date. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  departureLocal!: string | null;

  @Column({ type: 'datetime', nullable: true })
  departureAt!: Date | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  departureLocation!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  arrivalLocation!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  arrivalLocal!: string | null;

  /** Travellers after joining (a person in the API and the PNR messages counts once). */
  @Column({ type: 'int', default: 0 })
  travellerCount!: number;

  @Column({ type: 'datetime', precision: 3 })
  firstMessageAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  lastMessageAt!: Date;
}

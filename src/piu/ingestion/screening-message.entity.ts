import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';
import { Carrier } from './carrier.entity';

export const MESSAGE_STATUSES = ['parsed', 'failed', 'waiting-for-parts', 'incomplete'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MESSAGE_KINDS = ['PAXLST', 'PNRGOV'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** What the screening pipeline does with a message: `pending` until it is screened. */
export type ScreeningState = 'pending' | 'screened' | 'failed' | 'not-applicable';

export type MessageSource = 'api' | 'upload';

/**
 * A message a State received: one body (API or upload), or a multi-part PAXLST whose parts
 * came one by one (ScreeningMessagePart). Its raw bytes are encrypted (RawMessageStore); the
 * columns here hold no personal data: status, diagnostics (codes and positions), the flight,
 * and counts for completeness.
 */
@Entity('screening_message')
@Index(['stateId', 'receivedAt'])
@Index(['stateId', 'carrierId', 'receivedOn'])
@Index(['stateId', 'openGroup'], { unique: true })
@Index(['screeningState', 'receivedAt'])
@Index(['flightId'])
export class ScreeningMessage {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;

  /** PAXLST or PNRGOV; null when the body was not EDIFACT. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  kind!: MessageKind | null;

  @Column({ type: 'varchar', length: 20 })
  status!: MessageStatus;

  /** Picked up by the screening pipeline: `pending` for parsed messages. */
  @Column({ type: 'varchar', length: 16 })
  screeningState!: ScreeningState;

  @Column({ type: 'varchar', length: 8 })
  source!: MessageSource;

  @ManyToOne(() => Carrier, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'carrier_id' })
  carrier!: Carrier | null;

  @Column({ type: 'int', nullable: true })
  carrierId!: number | null;

  /** The key of the (first) API call. */
  @Column({ type: 'int', nullable: true })
  keyId!: number | null;

  /** The analyst who uploaded it (uploads). */
  @Column({ type: 'int', nullable: true })
  uploaderId!: number | null;

  /** When its first byte-distinct body arrived. */
  @Column({ type: 'datetime', precision: 6 })
  receivedAt!: Date;

  /** The UTC day of receipt (`YYYY-MM-DD`), for per-day counts on both engines. */
  @Column({ type: 'varchar', length: 10 })
  receivedOn!: string;

  /** Bytes received, all parts together. */
  @Column({ type: 'int' })
  size!: number;

  /** Error and warning counts, and the first error's code (failures by cause). */
  @Column({ type: 'int', default: 0 })
  errorCount!: number;

  @Column({ type: 'int', default: 0 })
  warningCount!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode!: string | null;

  /** StoredDiagnostic[] as JSON: codes, texts without personal values, segment positions. */
  @Column({ type: 'text' })
  diagnostics!: string;

  /** Multi-part: the UNH common access reference (the flight), and the number of parts once known. */
  @Column({ type: 'varchar', length: 70, nullable: true })
  commonAccess!: string | null;

  @Column({ type: 'int', nullable: true })
  partsExpected!: number | null;

  /** Set while parts are awaited (sender + common access): one open group per flight. */
  @Column({ type: 'varchar', length: 110, nullable: true })
  openGroup!: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  flightCarrier!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  flightNumber!: string | null;

  /** Scheduled departure, local time as given (`YYYY-MM-DDTHH:mm` or a date). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  departureLocal!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  departureLocation!: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  departureCountry!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  arrivalLocation!: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  arrivalCountry!: string | null;

  /** Minutes from receipt to scheduled departure (negative: after it); see leadMinutes. */
  @Column({ type: 'int', nullable: true })
  leadMinutes!: number | null;

  @Column({ type: 'int', default: 0 })
  travellerCount!: number;

  @Column({ type: 'int', default: 0 })
  withDocument!: number;

  @Column({ type: 'int', default: 0 })
  withDateOfBirth!: number;

  @Column({ type: 'int', default: 0 })
  withNationality!: number;

  /** Set by the screening pipeline: the flight its travellers were recorded on. */
  @Column({ type: 'int', nullable: true })
  flightId!: number | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  screenedAt!: Date | null;

  /** What it was screened against at arrival: `{"lists":[versionIds],"rules":["id:v"]}`. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  screenedWith!: string | null;

  /**
   * When retention deleted its raw bytes (they name everyone on board); the row, its facts and
   * diagnostics stay until the message is deleted (src/piu/retention).
   */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  depersonalisedAt!: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A flight the daily run has depersonalised in full (every traveller masked but those a
 * confirmed hit holds, every raw message deleted): the next runs pass it by until it is due for
 * deletion, or until a message about it arrives late (its `lastMessageAt` moves past the one
 * noted here). Keeps each day's run proportional to what became due, not to all it ever did.
 */
@Entity('screening_retention_flight')
export class RetentionFlight {
  @PrimaryColumn({ type: 'int' })
  flightId!: number;

  @Column({ type: 'int' })
  stateId!: number;

  /** The flight's lastMessageAt when it was depersonalised. */
  @Column({ type: 'datetime', precision: 3 })
  lastMessageAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  depersonalisedAt!: Date;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Which message (and which of its UNH messages, which position) a traveller was read from: a
 * traveller in both the API and the PNR of a flight has two. Lets a hit name its message and
 * a re-screening find the traveller of a message's position again.
 */
@Entity('screening_traveller_source')
@Index(['messageId', 'unit', 'position'], { unique: true })
@Index(['travellerId'])
export class ScreeningTravellerSource {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  travellerId!: number;

  @Column({ type: 'int' })
  messageId!: number;

  /** The UNH message's index in the interchange (0 for most). */
  @Column({ type: 'int' })
  unit!: number;

  /** The traveller's 0-based position in that UNH message. */
  @Column({ type: 'int' })
  position!: number;
}

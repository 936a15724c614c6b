import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row (id 1): the pool's version, raised in the same transaction as every change to what
 * the matching reads (profiles, vetting, declared periods, engagements, the States' ratings).
 * Each instance of the portal keeps the pool it loaded with the version it read, and compares
 * it on every matching: a change made by any instance is seen on the next request (ExpertPool).
 * The migration writes the row (a missing one reads as version 0 and the next change adds it).
 */
@Entity('expert_pool_state')
export class ExpertPoolState {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'int', default: 0 })
  version!: number;
}

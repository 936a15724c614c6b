import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The four pillars of a roadmap, plus the maritime component that runs across them. */
@Entity('pillar')
export class Pillar {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'int' })
  position!: number;

  /** True for maritime: a component across the four pillars rather than a pillar of its own. */
  @Column({ type: 'boolean', default: false })
  crossCutting!: boolean;
}

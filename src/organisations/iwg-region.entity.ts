import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A region of States meeting in one Informal Working Group. `region` visibility means "the
 * States of one IWG region"; the working-groups module hangs its forums and meetings here.
 */
@Entity('iwg_region')
export class IwgRegion {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;
}

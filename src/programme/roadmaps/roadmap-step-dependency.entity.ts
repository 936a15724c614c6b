import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RoadmapStep } from './roadmap-step.entity';

/** `stepId` waits for `dependsOnId`, a step of the same roadmap; the graph has no loop. */
@Entity('roadmap_step_dependency')
@Index(['dependsOnId'])
export class RoadmapStepDependency {
  @PrimaryColumn({ type: 'int' })
  stepId!: number;

  @PrimaryColumn({ type: 'int' })
  dependsOnId!: number;

  @ManyToOne(() => RoadmapStep, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id' })
  step!: RoadmapStep;

  @ManyToOne(() => RoadmapStep, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'depends_on_id' })
  dependsOn!: RoadmapStep;
}

import { Transform, Type } from 'class-transformer';
import {
  Allow,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { trimmed } from '../../iwg/dto/trimmed';
import { LIFECYCLE_ACTIONS } from '../state-documents.service';

const emptyAsUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

export class CreateDocumentDto {
  @Type(() => Number)
  @IsInt({ message: 'documents.create.templateInvalid' })
  @Min(1, { message: 'documents.create.templateInvalid' })
  templateId!: number;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Type(() => Number)
  @IsInt({ message: 'documents.create.translationInvalid' })
  translationOf?: number;
}

export class FillStepDto {
  @Type(() => Number)
  @IsInt({ message: 'documents.fill.stale' })
  revision!: number;

  @Type(() => Number)
  @IsInt({ message: 'documents.fill.stepInvalid' })
  @Min(0, { message: 'documents.fill.stepInvalid' })
  step!: number;

  /** Answers by variable name; each checked against its declaration by the service. */
  @Allow()
  answers?: Record<string, unknown>;

  /** `next` (save and go on), `back`, or `stay` (save only). */
  @IsOptional()
  @IsIn(['next', 'back', 'stay'])
  go?: string;
}

/** The roadmap step a document fulfils: a step id, or '' for none. */
export class RoadmapStepDto {
  @IsString({ message: 'documents.step.invalid' })
  @Matches(/^\d{0,9}$/, { message: 'documents.step.invalid' })
  stepId!: string;
}

export class LifecycleDto {
  @IsIn(LIFECYCLE_ACTIONS, { message: 'documents.lifecycle.notNow' })
  action!: string;
}

export class CommentDto {
  @Matches(/^s\d{1,6}$/, { message: 'documents.comment.sectionInvalid' })
  sectionKey!: string;

  @Transform(trimmed)
  @MaxLength(4000, { message: 'documents.comment.tooLong' })
  @IsNotEmpty({ message: 'documents.comment.missing' })
  @IsString({ message: 'documents.comment.missing' })
  body!: string;
}

export class UpstreamDto {
  @Type(() => Number)
  @IsInt({ message: 'documents.upstream.stale' })
  toVersion!: number;

  @Allow()
  decisions?: Record<string, unknown>;
}

import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';
import { PILLAR_CODES } from '../pillar-order';

/** A new assessment: which State, a title, and the fieldwork dates (optional, in order). */
export class NewAssessmentDto {
  @Transform(trimmed)
  @MaxLength(3, { message: 'assessments.form.stateInvalid' })
  @IsNotEmpty({ message: 'assessments.form.stateMissing' })
  @IsString({ message: 'assessments.form.stateMissing' })
  state!: string;

  @Transform(trimmed)
  @MaxLength(200, { message: 'assessments.form.titleTooLong' })
  @IsNotEmpty({ message: 'assessments.form.titleMissing' })
  @IsString({ message: 'assessments.form.titleMissing' })
  title!: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(10, { message: 'assessments.form.dateInvalid' })
  @IsString({ message: 'assessments.form.dateInvalid' })
  fieldworkFrom?: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(10, { message: 'assessments.form.dateInvalid' })
  @IsString({ message: 'assessments.form.dateInvalid' })
  fieldworkTo?: string;
}

/** One indicator's answer. The level is `0`–`4`, or empty to keep notes without a level yet. */
export class AnswerDto {
  @IsOptional()
  @IsIn(['', '0', '1', '2', '3', '4'], { message: 'assessments.answer.levelInvalid' })
  level?: string;

  @IsOptional()
  @MaxLength(10_000, { message: 'assessments.answer.tooLong' })
  @IsString({ message: 'assessments.answer.tooLong' })
  evidence?: string;

  @IsOptional()
  @MaxLength(10_000, { message: 'assessments.answer.tooLong' })
  @IsString({ message: 'assessments.answer.tooLong' })
  findings?: string;

  @IsOptional()
  @MaxLength(10_000, { message: 'assessments.answer.tooLong' })
  @IsString({ message: 'assessments.answer.tooLong' })
  recommendations?: string;

  /** `next`: go on to the next unanswered indicator; otherwise back to the assessment. */
  @IsOptional()
  @IsIn(['next', 'back'], { message: 'assessments.answer.levelInvalid' })
  then?: string;
}

/** The focal point's comment, on one indicator (its id) or on the whole assessment (empty). */
export class CommentDto {
  @IsOptional()
  @Transform(trimmed)
  @MaxLength(12, { message: 'assessments.comment.indicatorInvalid' })
  @IsString({ message: 'assessments.comment.indicatorInvalid' })
  indicator?: string;

  @Transform(trimmed)
  @MaxLength(5_000, { message: 'assessments.comment.tooLong' })
  @IsNotEmpty({ message: 'assessments.comment.missing' })
  @IsString({ message: 'assessments.comment.missing' })
  comment!: string;
}

/** An indicator of the set (staff). `reference` is its code (LEG-1). */
export class IndicatorDto {
  @IsIn(PILLAR_CODES, { message: 'indicators.form.pillarInvalid' })
  pillar!: string;

  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @MaxLength(16, { message: 'indicators.form.referenceInvalid' })
  @IsNotEmpty({ message: 'indicators.form.referenceMissing' })
  @IsString({ message: 'indicators.form.referenceMissing' })
  reference!: string;

  @Transform(trimmed)
  @MaxLength(500, { message: 'indicators.form.textTooLong' })
  @IsNotEmpty({ message: 'indicators.form.textMissing' })
  @IsString({ message: 'indicators.form.textMissing' })
  text!: string;

  @IsOptional()
  @MaxLength(5_000, { message: 'indicators.form.guidanceTooLong' })
  @IsString({ message: 'indicators.form.guidanceTooLong' })
  guidance?: string;

  @IsOptional()
  @IsIn(['on'], { message: 'indicators.form.pillarInvalid' })
  active?: string;

  @IsOptional()
  @Transform(trimmed)
  @IsIn(['', ...Array.from({ length: 100 }, (_, i) => String(i))], {
    message: 'indicators.form.positionInvalid',
  })
  position?: string;
}

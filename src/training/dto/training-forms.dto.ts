import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { emptyAsUndefined } from '../../common/lists/filters';
import { trimmed } from '../../iwg/dto/trimmed';
import { MAX_SOURCE_BYTES } from '../course-source';

/** A course as staff write it; the source is checked by line when saved and when published. */
export class CourseFormDto {
  @Transform(trimmed)
  @MaxLength(200, { message: 'training.form.titleTooLong' })
  @IsNotEmpty({ message: 'training.form.titleMissing' })
  @IsString({ message: 'training.form.titleMissing' })
  title!: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(2000, { message: 'training.form.summaryTooLong' })
  @IsString({ message: 'training.form.summaryTooLong' })
  summary?: string;

  @MaxLength(MAX_SOURCE_BYTES, { message: 'training.form.sourceTooLong' })
  @IsNotEmpty({ message: 'training.form.sourceMissing' })
  @IsString({ message: 'training.form.sourceMissing' })
  source!: string;

  /** The draft's revision the form was opened on: a save over a newer one is refused. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'training.authoring.changedMeanwhile' })
  revision?: number;
}

export class EnrolOtherDto {
  @Transform(trimmed)
  @MaxLength(320, { message: 'validation.emailTooLong' })
  @IsNotEmpty({ message: 'training.enrol.emailMissing' })
  @IsString({ message: 'training.enrol.emailMissing' })
  email!: string;
}

export class TeamEnrolDto extends EnrolOtherDto {
  @Type(() => Number)
  @IsInt({ message: 'training.enrol.courseMissing' })
  @Min(1, { message: 'training.enrol.courseMissing' })
  courseId!: number;
}

export class ProgressQuery {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(3, { message: 'training.progress.stateInvalid' })
  @IsString({ message: 'training.progress.stateInvalid' })
  state?: string;
}

export class VerifyQuery {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(64, { message: 'training.verify.codeInvalid' })
  @IsString({ message: 'training.verify.codeInvalid' })
  code?: string;
}

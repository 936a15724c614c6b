import { NotBefore } from '../../common/forms/not-before.decorator';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { emptyAsUndefined } from '../../common/lists/filters';
import { optionalNumber } from './optional-number';
import { trimmed } from '../../iwg/dto/trimmed';
import { PlainDateField } from './plain-date-field';
import { EXPERT_PILLARS, REQUEST_FORMATS } from '../expert-vocabulary';

/**
 * An assistance request. `stateCode` is for staff writing on a State's behalf (a focal point
 * asks for their own State); the service checks the dates' order and the language code.
 */
export class RequestFormDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^[A-Za-z]{3}$/, { message: 'experts.request.stateRequired' })
  stateCode?: string;

  @IsOptional()
  @Transform(optionalNumber)
  @IsInt({ message: 'experts.request.stepInvalid' })
  @Min(1, { message: 'experts.request.stepInvalid' })
  roadmapStepId?: number;

  @IsIn(EXPERT_PILLARS, { message: 'experts.form.pillarRequired' })
  pillar!: string;

  @Transform(trimmed)
  @MaxLength(200, { message: 'experts.request.topicTooLong' })
  @IsNotEmpty({ message: 'experts.request.topicMissing' })
  @IsString({ message: 'experts.request.topicMissing' })
  topic!: string;

  @IsOptional()
  @MaxLength(5000, { message: 'experts.request.descriptionTooLong' })
  @IsString({ message: 'experts.request.descriptionTooLong' })
  description?: string;

  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @Matches(/^[a-z]{2}$/, { message: 'experts.form.languageInvalid' })
  language!: string;

  @IsIn(REQUEST_FORMATS, { message: 'experts.form.choiceInvalid' })
  format!: string;

  @PlainDateField()
  startsOn!: string;

  @NotBefore('startsOn', { message: 'experts.form.datesOrder' })
  @PlainDateField()
  endsOn!: string;

  @Type(() => Number)
  @IsInt({ message: 'experts.request.effortInvalid' })
  @Min(1, { message: 'experts.request.effortInvalid' })
  @Max(365, { message: 'experts.request.effortInvalid' })
  effortDays!: number;
}

/** Staff propose an expert for a request, for dates; a reason when outside their availability. */
export class ProposeDto {
  @Type(() => Number)
  @IsInt({ message: 'experts.propose.expertMissing' })
  expertId!: number;

  @PlainDateField()
  startsOn!: string;

  @NotBefore('startsOn', { message: 'experts.form.datesOrder' })
  @PlainDateField()
  endsOn!: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(500, { message: 'experts.form.reasonTooLong' })
  @IsString({ message: 'experts.form.reasonTooLong' })
  reason?: string;
}

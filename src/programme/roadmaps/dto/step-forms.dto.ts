import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { isIsoDate } from '../../../iwg/meetings/zoned-time';
import { asList } from '../../../common/forms/form-values';
import { trimmed } from '../../../iwg/dto/trimmed';
import { PILLARS } from '../../../organisations/pillars';
import { STEP_LINK_KINDS, type StepLinkKind } from '../roadmap-step-link.entity';
import { MAX_STEP_WEIGHT, MIN_STEP_WEIGHT, STEP_STATUSES, type StepStatus } from '../step-status';

/**
 * A one-rule class-validator decorator: `broken` says whether the value (with the rest of the
 * form) breaks the rule, whose message is `message`.
 */
function rule(
  name: string,
  message: string,
  broken: (value: unknown, form: Record<string, unknown>) => boolean,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message },
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          !broken(value, (args?.object ?? {}) as Record<string, unknown>),
      },
    });
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
const CalendarDate = () =>
  rule('calendarDate', 'roadmaps.step.dateInvalid', (value) => !isIsoDate(value));

/** A blocked step says why: checked with the other fields, so the form shows every message. */
const ReasonWhenBlocked = () =>
  rule(
    'reasonWhenBlocked',
    'roadmaps.step.reasonMissing',
    (value, form) => form.status === 'blocked' && !(typeof value === 'string' && value.trim()),
  );

/** The status form (staff, and the State's focal point): a blocked step says why. */
export class StepStatusDto {
  @IsIn(STEP_STATUSES, { message: 'roadmaps.step.statusInvalid' })
  status!: StepStatus;

  /** Empty when the form leaves it out, so "blocked" without a reason is told as such. */
  @ReasonWhenBlocked()
  @Transform(trimmed)
  @MaxLength(500, { message: 'roadmaps.step.reasonTooLong' })
  @IsString({ message: 'roadmaps.step.reasonTooLong' })
  blockedReason: string = '';
}

/**
 * A step as staff write it. Dates are `YYYY-MM-DD` (date fields), checked with their order by
 * the service, which also checks the owner and the dependencies against the State's roadmap.
 */
export class StepFormDto extends StepStatusDto {
  @IsIn(PILLARS.map((pillar) => pillar.code), { message: 'roadmaps.step.pillarInvalid' })
  pillar!: string;

  @Transform(trimmed)
  @MaxLength(200, { message: 'roadmaps.step.titleTooLong' })
  @MinLength(1, { message: 'roadmaps.step.titleMissing' })
  @IsString({ message: 'roadmaps.step.titleMissing' })
  title!: string;

  @IsOptional()
  @MaxLength(5000, { message: 'roadmaps.step.descriptionTooLong' })
  @IsString({ message: 'roadmaps.step.descriptionTooLong' })
  description?: string;

  /** A user id, or '' for the State itself. */
  @IsOptional()
  @Transform(trimmed)
  @MaxLength(12, { message: 'roadmaps.step.ownerInvalid' })
  @IsString({ message: 'roadmaps.step.ownerInvalid' })
  ownerId?: string;

  @Transform(trimmed)
  @CalendarDate()
  startOn!: string;

  @Transform(trimmed)
  @CalendarDate()
  dueOn!: string;

  @Type(() => Number)
  @Max(MAX_STEP_WEIGHT, { message: 'roadmaps.step.weightInvalid' })
  @Min(MIN_STEP_WEIGHT, { message: 'roadmaps.step.weightInvalid' })
  @IsInt({ message: 'roadmaps.step.weightInvalid' })
  weight!: number;

  /** The ids of the steps this one waits for (ticked boxes). */
  @Transform(asList)
  @MaxLength(12, { each: true, message: 'roadmaps.step.dependencyInvalid' })
  dependsOn: string[] = [];
}

/** A library resource or an IWG thread to link to a step. */
export class StepLinkDto {
  @IsIn(STEP_LINK_KINDS, { message: 'roadmaps.link.kindInvalid' })
  kind!: StepLinkKind;

  @Type(() => Number)
  @Min(1, { message: 'roadmaps.link.targetMissing' })
  @IsInt({ message: 'roadmaps.link.targetMissing' })
  targetId!: number;
}

/** Drafting a roadmap from a finalised assessment. */
export class DraftRoadmapDto {
  @Type(() => Number)
  @Min(1, { message: 'roadmaps.draft.assessmentMissing' })
  @IsInt({ message: 'roadmaps.draft.assessmentMissing' })
  assessmentId!: number;
}

import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';
import {
  STATUS_CHOICES,
  type StatusChoice,
} from '../../programme-status/dto/member-state-filter.dto';
import { DEPLOYMENT_STATUSES, type DeploymentStatus } from '../state-record.entity';

/** The record's facts: deployment, maritime (a box: `on` or absent), the staff's note. */
export class RecordFormDto {
  @IsIn(DEPLOYMENT_STATUSES, { message: 'states.record.deploymentInvalid' })
  deploymentStatus!: DeploymentStatus;

  @IsOptional()
  @IsIn(['on'], { message: 'states.record.deploymentInvalid' })
  maritimeApplies?: string;

  @IsOptional()
  @MaxLength(10_000, { message: 'states.record.noteTooLong' })
  @IsString({ message: 'states.record.noteTooLong' })
  contextNote?: string;
}

/** A new programme status, the day it took effect (today when empty) and why. */
export class StatusFormDto {
  @IsIn(STATUS_CHOICES, { message: 'admin.states.statusInvalid' })
  status!: StatusChoice;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(10, { message: 'states.record.dateInvalid' })
  @IsString({ message: 'states.record.dateInvalid' })
  effectiveOn?: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(500, { message: 'states.record.statusNoteTooLong' })
  @IsString({ message: 'states.record.statusNoteTooLong' })
  statusNote?: string;
}

export class KeyDateFormDto {
  @Transform(trimmed)
  @MaxLength(200, { message: 'states.record.labelTooLong' })
  @IsNotEmpty({ message: 'states.record.labelMissing' })
  @IsString({ message: 'states.record.labelMissing' })
  label!: string;

  @Transform(trimmed)
  @MaxLength(10, { message: 'states.record.dateInvalid' })
  @IsNotEmpty({ message: 'states.record.dateMissing' })
  @IsString({ message: 'states.record.dateMissing' })
  occursOn!: string;
}

export class ShareFormDto {
  @Transform(trimmed)
  @MaxLength(16, { message: 'states.record.partnerInvalid' })
  @IsNotEmpty({ message: 'states.record.partnerInvalid' })
  @IsString({ message: 'states.record.partnerInvalid' })
  partner!: string;
}

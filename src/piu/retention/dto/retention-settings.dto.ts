import { IsOptional, IsString } from 'class-validator';

/** The settings form: days as typed; checkRetention reads them (bounds, order of the periods). */
export class RetentionSettingsDto {
  @IsOptional()
  @IsString()
  depersonaliseAfterDays?: string;

  @IsOptional()
  @IsString()
  deleteAfterDays?: string;

  @IsOptional()
  @IsString()
  confirmedHitDays?: string;
}

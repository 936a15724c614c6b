import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';
import { EXPORT_FORMATS, type ExportFormat } from '../hit-export-record';

export const REFERENCE_MAX = 120;

/** A hit's record for a lawful request: the request's reference, and JSON or PDF. */
export class ExportHitDto {
  @Transform(trimmed)
  @MaxLength(REFERENCE_MAX, { message: 'hits.export.referenceTooLong' })
  @MinLength(1, { message: 'hits.export.referenceMissing' })
  @IsString({ message: 'hits.export.referenceMissing' })
  reference!: string;

  @IsIn(EXPORT_FORMATS, { message: 'hits.export.formatMissing' })
  format!: ExportFormat;
}

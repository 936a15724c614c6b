import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';

export class KeyFormDto {
  @IsOptional()
  @Transform(trimmed)
  @MaxLength(80, { message: 'ingestion.keys.labelTooLong' })
  @IsString({ message: 'ingestion.keys.labelTooLong' })
  label?: string;
}

import { Transform } from 'class-transformer';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';
import { CARRIER_KINDS, type CarrierKind } from '../carrier.entity';

export class CarrierFormDto {
  @IsIn(CARRIER_KINDS, { message: 'ingestion.carriers.kindMissing' })
  kind!: CarrierKind;

  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(/^([A-Z0-9]{2}|[A-Z]{3})$/, { message: 'ingestion.carriers.codeInvalid' })
  @IsString({ message: 'ingestion.carriers.codeInvalid' })
  code!: string;

  @Transform(trimmed)
  @MaxLength(120, { message: 'ingestion.carriers.nameTooLong' })
  @MinLength(1, { message: 'ingestion.carriers.nameMissing' })
  @IsString({ message: 'ingestion.carriers.nameMissing' })
  name!: string;
}

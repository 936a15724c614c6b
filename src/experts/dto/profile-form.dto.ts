import { NotBefore } from '../../common/forms/not-before.decorator';
import { Transform } from 'class-transformer';
import { ArrayMinSize, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { asList } from '../../common/forms/form-values';
import { trimmed } from '../../iwg/dto/trimmed';
import { PlainDateField } from './plain-date-field';
import { BACKGROUNDS, EXPERIENCE_REGIONS, EXPERT_PILLARS } from '../expert-vocabulary';

/**
 * The expert's own profile. UN languages are boxes to tick, others typed as ISO 639-1 codes
 * (checked by the service against CLDR, as the account profile does).
 */
export class ProfileFormDto {
  @Transform(asList)
  @IsIn(BACKGROUNDS, { each: true, message: 'experts.form.choiceInvalid' })
  @ArrayMinSize(1, { message: 'experts.form.backgroundRequired' })
  backgrounds: string[] = [];

  @Transform(asList)
  @IsIn(EXPERT_PILLARS, { each: true, message: 'experts.form.choiceInvalid' })
  @ArrayMinSize(1, { message: 'experts.form.pillarRequired' })
  pillars: string[] = [];

  @Transform(asList)
  @IsIn(['ar', 'zh', 'en', 'fr', 'ru', 'es'], { each: true, message: 'experts.form.choiceInvalid' })
  unLanguages: string[] = [];

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(100, { message: 'experts.form.languagesInvalid' })
  @IsString({ message: 'experts.form.languagesInvalid' })
  otherLanguages?: string;

  @Transform(asList)
  @IsIn(EXPERIENCE_REGIONS, { each: true, message: 'experts.form.choiceInvalid' })
  regions: string[] = [];

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(200, { message: 'experts.form.organisationTooLong' })
  @IsString({ message: 'experts.form.organisationTooLong' })
  organisation?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(/^([A-Z]{3})?$/, { message: 'experts.form.countryInvalid' })
  countryCode?: string;

  @IsOptional()
  @MaxLength(3000, { message: 'experts.form.biographyTooLong' })
  @IsString({ message: 'experts.form.biographyTooLong' })
  biography?: string;

  @IsOptional()
  @IsIn(['on'], { message: 'experts.form.choiceInvalid' })
  consent?: string;
}

/** A period the expert declares: available or not, from and to (both days included). */
export class AvailabilityFormDto {
  @IsIn(['available', 'unavailable'], { message: 'experts.form.choiceInvalid' })
  kind!: string;

  @PlainDateField()
  startsOn!: string;

  @NotBefore('startsOn', { message: 'experts.form.datesOrder' })
  @PlainDateField()
  endsOn!: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(200, { message: 'experts.form.noteTooLong' })
  @IsString({ message: 'experts.form.noteTooLong' })
  note?: string;
}

export class VettingDto {
  @IsIn(['pending', 'active', 'inactive'], { message: 'experts.form.choiceInvalid' })
  status!: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(500, { message: 'experts.form.reasonTooLong' })
  @IsString({ message: 'experts.form.reasonTooLong' })
  reason?: string;
}

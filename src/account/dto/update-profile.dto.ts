import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { UN_LANGUAGES } from '../languages';
import { TIME_ZONES } from '../time-zones';

/** Ticked boxes arrive as one string or an array of strings, unticked as nothing at all. */
function asList({ value }: { value: unknown }): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function trimmed({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

/** The profile form: name, languages (UN boxes + a typed list of codes), time zone. */
export class UpdateProfileDto {
  @Transform(trimmed)
  @IsString({ message: 'validation.required' })
  @MinLength(1, { message: 'validation.required' })
  @MaxLength(200, { message: 'account.profile.nameTooLong' })
  name!: string;

  @Transform(asList)
  @IsIn(UN_LANGUAGES, { each: true, message: 'account.profile.languageInvalid' })
  unLanguages: string[] = [];

  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'account.profile.otherLanguagesTooLong' })
  otherLanguages?: string;

  @IsIn(TIME_ZONES, { message: 'account.profile.timeZoneInvalid' })
  timeZone!: string;
}

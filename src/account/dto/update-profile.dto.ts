import { choosableLocales } from '../../common/i18n/translator';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { messageWith } from '../../common/forms/form-error';
import { asList } from '../../common/forms/form-values';
import { MAX_LANGUAGES, parseLanguageList, UN_LANGUAGES } from '../languages';
import { TIME_ZONES } from '../time-zones';

function trimmed({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

/**
 * The typed languages: ISO 639-1 codes only, and with the ticked boxes at most MAX_LANGUAGES
 * (what the column holds). Checked with the other fields, so every problem shows at once.
 */
function LanguageList(): PropertyDecorator {
  const problem = (args: ValidationArguments): string | null => {
    const typed = parseLanguageList(typeof args.value === 'string' ? args.value : '');
    if (typed.invalid.length > 0)
      return messageWith('account.profile.unknownLanguages', { codes: typed.invalid.join(', ') });
    const ticked = (args.object as UpdateProfileDto).unLanguages ?? [];
    if (new Set([...ticked, ...typed.codes]).size > MAX_LANGUAGES)
      return messageWith('account.profile.tooManyLanguages', { max: MAX_LANGUAGES });
    return null;
  };
  return (target, propertyName) =>
    registerDecorator({
      name: 'languageList',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (_value: unknown, args) => problem(args!) === null,
        defaultMessage: (args) => problem(args!) ?? 'account.profile.languageInvalid',
      },
    });
}

/**
 * The profile form: name, languages (UN boxes + a typed list of codes), time zone. With one
 * message a field, the rule nearest the property is checked first: "missing" before "too long".
 */
export class UpdateProfileDto {
  @Transform(trimmed)
  @MaxLength(200, { message: 'account.profile.nameTooLong' })
  @MinLength(1, { message: 'validation.required' })
  @IsString({ message: 'validation.required' })
  name!: string;

  @Transform(asList)
  @IsIn(UN_LANGUAGES, { each: true, message: 'account.profile.languageInvalid' })
  unLanguages: string[] = [];

  @IsOptional()
  @LanguageList()
  @MaxLength(200, { message: 'account.profile.otherLanguagesTooLong' })
  @IsString({ message: 'account.profile.otherLanguagesTooLong' })
  otherLanguages?: string;

  @IsIn(TIME_ZONES, { message: 'account.profile.timeZoneInvalid' })
  timeZone!: string;

  /** A catalogue locale, or '' for the browser's language. */
  @IsOptional()
  @IsIn(['', ...choosableLocales()], { message: 'account.profile.localeInvalid' })
  locale?: string;
}

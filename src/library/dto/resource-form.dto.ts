import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  registerDecorator,
  ValidateIf,
} from 'class-validator';
import { asList } from '../../common/forms/form-values';
import { formatLanguage } from '../../common/i18n/intl-format';
import { PILLARS } from '../../organisations/pillars';
import { RESOURCE_KINDS, type ResourceKind } from '../library-resource.entity';

export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

function trimmed({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

/** "PNR, api  ;Legal" → pnr, api, legal: lower-cased, each once. */
export function parseTags(text: string): string[] {
  const tags: string[] = [];
  for (const raw of text.split(/[,;\n]+/)) {
    const tag = raw.trim().replace(/\s+/g, ' ').toLowerCase();
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/**
 * A one-rule class-validator decorator: `problem` answers the message key when the value
 * breaks the rule, null when it keeps it.
 */
function rule(name: string, problem: (value: unknown) => string | null): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => problem(value) === null,
        defaultMessage: (args) => problem(args?.value) ?? '',
      },
    });
}

/** At most MAX_TAGS tags of at most MAX_TAG_LENGTH characters. */
const TagList = () =>
  rule('tagList', (value) => {
    const tags = parseTags(typeof value === 'string' ? value : '');
    if (tags.length > MAX_TAGS) return 'library.form.tooManyTags';
    return tags.some((tag) => tag.length > MAX_TAG_LENGTH) ? 'library.form.tagTooLong' : null;
  });

/** A two-letter ISO 639-1 code the runtime's CLDR data can name. */
const IsoLanguage = () =>
  rule('isoLanguage', (value) =>
    typeof value === 'string' && formatLanguage(value.toLowerCase(), 'en') !== null
      ? null
      : 'library.form.languageInvalid',
  );

/** A real calendar date written YYYY-MM-DD. */
const CalendarDate = () =>
  rule('calendarDate', (value) =>
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
      ? null
      : 'library.form.dateInvalid',
  );

/**
 * The description of a resource, on the new and edit forms. The file itself is not a field
 * here: it streams to disk and is checked from its bytes.
 */
export class ResourceFormDto {
  @IsIn(RESOURCE_KINDS, { message: 'library.form.kindInvalid' })
  kind!: ResourceKind;

  @Transform(trimmed)
  @MaxLength(200, { message: 'library.form.titleTooLong' })
  @MinLength(1, { message: 'library.form.titleRequired' })
  @IsString({ message: 'library.form.titleRequired' })
  title!: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(2000, { message: 'library.form.summaryTooLong' })
  @IsString({ message: 'library.form.summaryTooLong' })
  summary?: string;

  @ValidateIf((form: ResourceFormDto) => form.kind === 'link')
  @Transform(trimmed)
  @MaxLength(2000, { message: 'library.form.urlTooLong' })
  @Matches(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { message: 'library.form.urlInvalid' })
  @IsString({ message: 'library.form.urlRequired' })
  url?: string;

  @Transform(asList)
  @IsIn(PILLARS.map((pillar) => pillar.code), { each: true, message: 'library.form.pillarInvalid' })
  @ArrayMinSize(1, { message: 'library.form.pillarRequired' })
  pillars: string[] = [];

  @IsOptional()
  @TagList()
  @IsString({ message: 'library.form.tagTooLong' })
  tags?: string;

  /** One of the UN languages, or `other` with a code in `otherLanguage`. */
  @IsIn([...UN_LANGUAGES, 'other'], { message: 'library.form.languageRequired' })
  language!: string;

  @ValidateIf((form: ResourceFormDto) => form.language === 'other')
  @Transform(trimmed)
  @IsoLanguage()
  @IsString({ message: 'library.form.languageInvalid' })
  otherLanguage?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @CalendarDate()
  documentDate?: string;

  /** `programme`, `staff`, `region:<id>` or `state:<id>`. */
  @Matches(/^(programme|staff|region:\d{1,9}|state:\d{1,9})$/, {
    message: 'library.form.visibilityRequired',
  })
  @IsString({ message: 'library.form.visibilityRequired' })
  visibility!: string;

  /** Adds the resource to the family of this one, as a translation. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @Matches(/^\d{1,9}$/, { message: 'library.form.familyInvalid' })
  translationOf?: string;
}

/** The note that goes with a new version. */
export class VersionFormDto {
  @IsOptional()
  @Transform(trimmed)
  @MaxLength(500, { message: 'library.version.noteTooLong' })
  @IsString({ message: 'library.version.noteTooLong' })
  note?: string;
}

/** Why staff reject a proposal. */
export class RejectDto {
  @Transform(trimmed)
  @MaxLength(500, { message: 'library.review.reasonTooLong' })
  @MinLength(1, { message: 'library.review.reasonRequired' })
  @IsString({ message: 'library.review.reasonRequired' })
  reason!: string;
}

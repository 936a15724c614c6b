import { Transform, Type } from 'class-transformer';
import {
  Allow,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { trimmed } from '../../iwg/dto/trimmed';
import { TEMPLATE_KINDS } from '../template/template-content';

/** A template's title, kind, pillar and language (the new form, and the top of the editor). */
export class TemplateFieldsDto {
  @Transform(trimmed)
  @MaxLength(200, { message: 'documents.template.titleTooLong' })
  @IsNotEmpty({ message: 'documents.template.titleMissing' })
  @IsString({ message: 'documents.template.titleMissing' })
  title!: string;

  @IsIn(TEMPLATE_KINDS, { message: 'documents.template.kindInvalid' })
  kind!: string;

  @Matches(/^[a-z-]{2,32}$/, { message: 'documents.template.pillarInvalid' })
  @IsString({ message: 'documents.template.pillarInvalid' })
  pillar!: string;

  @Transform(trimmed)
  @Matches(/^[a-z]{2}$/, { message: 'documents.template.languageInvalid' })
  @IsString({ message: 'documents.template.languageInvalid' })
  language!: string;
}

/** The editor: the fields, the draft's revision it was opened at, and its rows (parsed by contentFromForm). */
export class TemplateDraftDto extends TemplateFieldsDto {
  @Type(() => Number)
  @IsInt({ message: 'documents.template.stale' })
  revision!: number;

  @Allow()
  sections?: unknown;

  @Allow()
  variables?: unknown;
}

export class PublishTemplateDto {
  @IsOptional()
  @Transform(trimmed)
  @MaxLength(500, { message: 'documents.template.noteTooLong' })
  @IsString()
  note?: string;
}

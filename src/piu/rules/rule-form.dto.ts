import { Allow, IsOptional, IsString } from 'class-validator';

/**
 * The rule form as posted. `nodes` is the criteria tree's rows (`nodes[<row>][path|kind|not|
 * field|op|value]`), read by parseRows (rule-form.ts), which drops what does not fit; `edit`
 * is the button pressed on the compose route (`add-condition:r.1`, `remove:r.0`…).
 */
export class RuleFormDto {
  @IsOptional()
  @IsString({ message: 'rules.form.nameMissing' })
  name?: string;

  @IsOptional()
  @IsString({ message: 'rules.form.descriptionTooLong' })
  description?: string;

  @IsOptional()
  @IsString({ message: 'rules.form.severityMissing' })
  severity?: string;

  @Allow()
  nodes?: unknown;

  @IsOptional()
  @IsString()
  edit?: string;

  /** The rule's revision the edit form was opened on (rules.service.ts revisionOf). */
  @IsOptional()
  @IsString()
  revision?: string;
}

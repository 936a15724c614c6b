import { compileRules } from '../../screening/rules/rule-loader';
import type { TargetingRule } from '../../screening/rules/rule-types';
import { RuleValidationError } from '../../screening/rules/rule-validation-error';
import { isSeverity, type Severity } from '../../screening/severity';
import { flatten, formPathOf, isGroup, toCriteria, type FormGroup } from './rule-form';

/** What a rule form holds once parsed: the texts typed and the criteria tree. */
export interface RuleFormInput {
  name: string;
  description: string;
  severity: string;
  root: FormGroup;
}

export interface RuleFormMessage {
  key: string;
  params?: Record<string, string | number>;
}

/** Form field → its messages: `name`, `description`, `severity`, and `node:<path>` per condition. */
export type RuleFormErrors = Record<string, RuleFormMessage[]>;

export type RuleFormResult =
  | { ok: true; criteria: unknown; severity: Severity; rule: TargetingRule }
  | { ok: false; errors: RuleFormErrors };

export const RULE_NAME_MAX = 120;
export const RULE_DESCRIPTION_MAX = 2000;

/** The loader's refusal in the portal's words: `rules.problem.<code>` with its parameters. */
export function messageOf(error: RuleValidationError): RuleFormMessage {
  return { key: `rules.problem.${error.problemCode}`, params: { ...error.params } };
}

function refusal(json: unknown): RuleValidationError | undefined {
  try {
    compileRules(json);
    return undefined;
  } catch (error) {
    if (error instanceof RuleValidationError) return error;
    throw error;
  }
}

function add(errors: RuleFormErrors, key: string, message: RuleFormMessage): void {
  (errors[key] ??= []).push(message);
}

/**
 * Validates a rule form with the engine's loader and says every problem where it belongs: the
 * name, description and severity at their fields, each condition's at the condition (every
 * condition is tried on its own, so all of them are reported at once), and what only the whole
 * tree shows (an empty group) at its group, by mapping the loader's path to the form's node.
 */
export function validateRuleForm(input: RuleFormInput): RuleFormResult {
  const errors: RuleFormErrors = {};
  const name = input.name.trim();
  if (name === '') add(errors, 'name', { key: 'rules.form.nameMissing' });
  else if (name.length > RULE_NAME_MAX) {
    add(errors, 'name', { key: 'rules.form.nameTooLong', params: { max: RULE_NAME_MAX } });
  }
  if (input.description.length > RULE_DESCRIPTION_MAX) {
    add(errors, 'description', {
      key: 'rules.form.descriptionTooLong',
      params: { max: RULE_DESCRIPTION_MAX },
    });
  }
  if (!isSeverity(input.severity)) add(errors, 'severity', { key: 'rules.form.severityMissing' });

  for (const row of flatten(input.root)) {
    if (isGroup(row.node)) continue;
    const problem = refusal([ruleJson(toCriteria(row.node))]);
    if (problem) add(errors, `node:${row.path}`, messageOf(problem));
  }
  if (Object.keys(errors).length === 0 || onlyFields(errors)) {
    const criteria = toCriteria(input.root);
    const problem = refusal([ruleJson(criteria)]);
    if (problem) {
      const place = formPathOf(problem.path, input.root);
      add(errors, place ? `node:${place.path}` : 'criteria', messageOf(problem));
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const criteria = toCriteria(input.root);
  const severity = input.severity as Severity;
  const rule = compileRules([
    { id: 'form', name, description: input.description, severity, criteria },
  ]).rules[0];
  return { ok: true, criteria, severity, rule };
}

function onlyFields(errors: RuleFormErrors): boolean {
  return Object.keys(errors).every((key) => !key.startsWith('node:'));
}

/** A rule around criteria, for the loader to check the criteria alone. */
function ruleJson(criteria: unknown): Record<string, unknown> {
  return { id: 'form', name: 'form', severity: 'low', criteria };
}

import {
  FIELD_CATALOGUE,
  OPERATORS_BY_TYPE,
  type FieldScope,
} from '../../screening/rules/field-catalogue';
import { RULE_OPERATORS } from '../../screening/rules/rule-types';
import { SEVERITIES } from '../../screening/severity';
import { operatorKey } from './rule-criteria-view';
import { isGroup, MAX_FORM_DEPTH, ROOT_PATH, type FormGroup, type FormNode } from './rule-form';

/**
 * The rule form as the page draws it: nested groups (fieldsets) of conditions, each control
 * named `nodes[<row>][…]` with the node's path, every field of the catalogue grouped by what
 * it reads and labelled with its type, and each condition's operators limited to its field's
 * type (all of them until a field is chosen).
 */

const SCOPES: readonly FieldScope[] = [
  'traveller',
  'document',
  'booking',
  'journey',
  'leg',
  'flight',
  'message',
];

interface Option {
  value: string;
  labelKey: string;
  selected: boolean;
}

interface FieldOption extends Option {
  typeKey: string;
  type: string;
}

interface OperatorOption extends Option {
  /** The field types that take it, for the page's script. */
  types: string;
  hidden: boolean;
}

const TYPES_BY_OPERATOR = new Map(
  RULE_OPERATORS.map((op) => [
    op,
    Object.entries(OPERATORS_BY_TYPE)
      .filter(([, operators]) => operators.includes(op))
      .map(([type]) => type),
  ]),
);

export interface FormNodeView {
  row: number;
  path: string;
  isRoot: boolean;
  isGroup: boolean;
  negated: boolean;
  errorKey: string;
  /** Groups. */
  kinds?: Option[];
  children?: FormNodeView[];
  mayAddGroup?: boolean;
  /** Conditions. */
  fieldGroups?: { labelKey: string; options: FieldOption[] }[];
  /** A field name the catalogue does not know (posted by hand): kept, shown, refused. */
  unknownField?: string;
  typeKey?: string;
  operators?: OperatorOption[];
  /** An operator no type takes (posted by hand): kept and shown. */
  unknownOperator?: string;
  value?: string;
}

export interface RuleFormValues {
  name: string;
  description: string;
  severity: string;
}

function fieldGroups(selected: string) {
  return SCOPES.map((scope) => ({
    labelKey: `rules.scope.${scope}`,
    options: [...FIELD_CATALOGUE.values()]
      .filter((field) => field.scope === scope)
      .map((field) => ({
        value: field.name,
        labelKey: `rules.field.${field.name}`,
        typeKey: `rules.type.${field.type}`,
        type: field.type,
        selected: field.name === selected,
      })),
  }));
}

function nodeView(node: FormNode, path: string, counter: { row: number }): FormNodeView {
  const base = {
    row: counter.row++,
    path,
    isRoot: path === ROOT_PATH,
    negated: node.negated,
    errorKey: `node:${path}`,
  };
  if (isGroup(node)) {
    return {
      ...base,
      isGroup: true,
      kinds: (['all', 'any'] as const).map((kind) => ({
        value: kind,
        labelKey: `rules.group.${kind}`,
        selected: node.kind === kind,
      })),
      mayAddGroup: path.split('.').length <= MAX_FORM_DEPTH,
      children: node.children.map((child, i) => nodeView(child, `${path}.${i}`, counter)),
    };
  }
  const field = FIELD_CATALOGUE.get(node.field);
  const allowed = field ? OPERATORS_BY_TYPE[field.type] : RULE_OPERATORS;
  return {
    ...base,
    isGroup: false,
    fieldGroups: fieldGroups(node.field),
    unknownField: !field && node.field !== '' ? node.field : undefined,
    typeKey: field ? `rules.type.${field.type}` : undefined,
    // Every operator, those the field's type does not take hidden (a script shows the right
    // ones when another field is chosen; without it, they follow on the next redraw).
    operators: RULE_OPERATORS.map((op) => ({
      value: op,
      labelKey: operatorKey(op),
      selected: op === node.op,
      types: TYPES_BY_OPERATOR.get(op)?.join(' ') ?? '',
      hidden: !allowed.includes(op) && op !== node.op,
    })),
    unknownOperator:
      node.op !== '' && !RULE_OPERATORS.some((op) => op === node.op) ? node.op : undefined,
    value: node.value,
  };
}

export function ruleFormView(values: RuleFormValues, root: FormGroup) {
  return {
    values,
    severities: SEVERITIES.map((severity) => ({
      value: severity,
      labelKey: `rules.severity.${severity}`,
      selected: severity === values.severity,
    })),
    tree: nodeView(root, ROOT_PATH, { row: 0 }),
  };
}

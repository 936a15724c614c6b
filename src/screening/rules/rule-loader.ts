import countries from 'i18n-iso-countries';
import { readInputFile } from '../file-access';
import { ScreeningError } from '../screening-error';
import { FIELD_CATALOGUE, OPERATORS_BY_TYPE, type FieldType } from './field-catalogue';
import { describeJsonSyntaxError } from './json-syntax';
import type { FieldValue } from './field-value';
import { normaliseIsoDate } from './rule-dates';
import { isSeverity, SEVERITIES } from '../severity';
import {
  RuleValidationError,
  type RuleProblemCode,
  type RuleProblemParams,
} from './rule-validation-error';
import {
  OPERATOR_ALIASES,
  RULE_OPERATORS,
  type CompiledCondition,
  type CompiledCriteria,
  type RuleOperator,
  type RuleSet,
  type TargetingRule,
} from './rule-types';

/**
 * Reads and validates targeting rules. The file is JSON: `{ "rules": [ … ] }` (or the array
 * alone). Every part is checked and typed here, once, so evaluation never meets a bad value:
 * unknown fields, operators or keys, values of the wrong type, duplicate ids are refused with
 * the path of the bad part.
 */

/** Most hits of one rule in one message when the rule does not say (a cruise ship has 5,000). */
export const DEFAULT_MAX_HITS_PER_MESSAGE = 25;

const RULE_KEYS = new Set([
  'id',
  'name',
  'description',
  'severity',
  'maxHitsPerMessage',
  'enabled',
  'criteria',
]);
const CONDITION_KEYS = new Set(['field', 'op', 'value']);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** A RuleValidationError with its code and parameters (for programs that translate it). */
function invalid(
  path: string,
  code: RuleProblemCode,
  params: RuleProblemParams,
  problem: string,
): RuleValidationError {
  return new RuleValidationError(path, problem, undefined, code, params);
}

function checkKeys(object: JsonObject, allowed: ReadonlySet<string>, path: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.has(key)) {
      throw invalid(
        `${path}.${key}`,
        'unknown-key',
        { key, expected: [...allowed].join(', ') },
        `unknown key (expected one of ${[...allowed].join(', ')})`,
      );
    }
  }
}

/** One scalar of a field's type, typed: strings upper-cased, countries to alpha-3, dates ISO. */
function typedScalar(value: unknown, type: FieldType, path: string): FieldValue {
  switch (type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw invalid(
          path,
          'expected-number',
          { value: show(value) },
          `expected a number, got ${show(value)}`,
        );
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') {
        throw invalid(
          path,
          'expected-boolean',
          { value: show(value) },
          `expected true or false, got ${show(value)}`,
        );
      }
      return value;
    case 'date': {
      const iso = typeof value === 'string' ? normaliseIsoDate(value) : undefined;
      if (!iso) {
        throw invalid(
          path,
          'expected-date',
          { value: show(value) },
          `expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM, got ${show(value)}`,
        );
      }
      return iso;
    }
    case 'country': {
      const code = typeof value === 'string' ? countryCode(value) : undefined;
      if (!code) {
        throw invalid(
          path,
          'expected-country',
          { value: show(value) },
          `expected a country (ISO 3166 alpha-2, alpha-3 or English name), got ${show(value)}`,
        );
      }
      return code;
    }
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') {
        throw invalid(
          path,
          'expected-text',
          { value: show(value) },
          `expected a non-empty string, got ${show(value)}`,
        );
      }
      return value.trim().toUpperCase();
  }
}

/** ISO alpha-3 for an alpha-2, alpha-3 or English country name. */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return countries.alpha2ToAlpha3(trimmed.toUpperCase());
  if (/^[A-Za-z]{3}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) {
    return trimmed.toUpperCase();
  }
  const alpha2 = countries.getAlpha2Code(trimmed, 'en');
  return alpha2 ? countries.alpha2ToAlpha3(alpha2) : undefined;
}

/**
 * Actual values are typed the way rule values are: strings compared upper-case; dates cut to
 * the precision of the rule value, so `document.expiry = "2027-01-01"` holds for any time that day.
 */
function actualFor(actual: FieldValue, expected: FieldValue, type: FieldType): FieldValue {
  if (typeof actual !== 'string') return actual;
  const upper = type === 'date' ? actual : actual.trim().toUpperCase();
  if (type === 'date' && typeof expected === 'string' && upper.length > expected.length) {
    return upper.slice(0, expected.length);
  }
  return upper;
}

function compare(a: FieldValue, b: FieldValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function buildTest(
  op: RuleOperator,
  type: FieldType,
  raw: unknown,
  path: string,
): (actual: FieldValue) => boolean {
  const valuePath = `${path}.value`;
  switch (op) {
    case 'exists': {
      // `exists` is decided on presence by the evaluator; its value says which way.
      return () => true;
    }
    case 'in': {
      if (!Array.isArray(raw) || raw.length === 0) {
        throw invalid(
          valuePath,
          'in-needs-list',
          { value: show(raw) },
          `"in" needs a non-empty array, got ${show(raw)}`,
        );
      }
      const values = raw.map((item, i) => typedScalar(item, type, `${valuePath}[${i}]`));
      if (type === 'date') {
        return (actual) => values.some((v) => actualFor(actual, v, type) === v);
      }
      const set = new Set(values);
      return (actual) => set.has(actualFor(actual, values[0], type));
    }
    case 'between': {
      if (!Array.isArray(raw) || raw.length !== 2) {
        throw invalid(
          valuePath,
          'between-needs-pair',
          { value: show(raw) },
          `"between" needs [low, high] (both included), got ${show(raw)}`,
        );
      }
      const low = typedScalar(raw[0], type, `${valuePath}[0]`);
      const high = typedScalar(raw[1], type, `${valuePath}[1]`);
      if (compare(low, high) > 0) {
        throw invalid(
          valuePath,
          'between-reversed',
          { low: show(raw[0]), high: show(raw[1]) },
          `low bound ${show(raw[0])} is above high bound ${show(raw[1])}`,
        );
      }
      return (actual) =>
        compare(actualFor(actual, low, type), low) >= 0 &&
        compare(actualFor(actual, high, type), high) <= 0;
    }
    case 'starts with':
    case 'contains': {
      // Country fields hold codes: a prefix of a code is still a string operation.
      const expected = typedScalar(raw, 'string', valuePath) as string;
      return op === 'contains'
        ? (actual) => String(actualFor(actual, expected, type)).includes(expected)
        : (actual) => String(actualFor(actual, expected, type)).startsWith(expected);
    }
    default: {
      const expected = typedScalar(raw, type, valuePath);
      switch (op) {
        case '=':
        case '!=':
          // `!=` is applied by the evaluator as "no value equals", so both share the equality test.
          return (actual) => actualFor(actual, expected, type) === expected;
        case '<':
          return (actual) => compare(actualFor(actual, expected, type), expected) < 0;
        case '>':
          return (actual) => compare(actualFor(actual, expected, type), expected) > 0;
        case '<=':
          return (actual) => compare(actualFor(actual, expected, type), expected) <= 0;
        case '>=':
          return (actual) => compare(actualFor(actual, expected, type), expected) >= 0;
      }
    }
  }
}

function compileCondition(node: JsonObject, path: string): CompiledCondition {
  checkKeys(node, CONDITION_KEYS, path);
  const name = node.field;
  if (typeof name !== 'string') {
    throw invalid(
      `${path}.field`,
      'expected-field',
      { value: show(name) },
      `expected a field name, got ${show(name)}`,
    );
  }
  const definition = FIELD_CATALOGUE.get(name);
  if (!definition) {
    throw invalid(
      `${path}.field`,
      'unknown-field',
      { field: name },
      `unknown field ${show(name)} (see the field catalogue)`,
    );
  }
  const spelled = node.op;
  const op =
    typeof spelled === 'string'
      ? (OPERATOR_ALIASES[spelled.trim()] ??
        RULE_OPERATORS.find((known) => known === spelled.trim().toLowerCase()))
      : undefined;
  if (!op) {
    throw invalid(
      `${path}.op`,
      'unknown-operator',
      {
        operator: typeof spelled === 'string' ? spelled : show(spelled),
        expected: RULE_OPERATORS.join(', '),
      },
      `unknown operator ${show(spelled)} (expected one of ${RULE_OPERATORS.join(', ')})`,
    );
  }
  if (!OPERATORS_BY_TYPE[definition.type].includes(op)) {
    throw invalid(
      `${path}.op`,
      'operator-not-for-type',
      {
        operator: op,
        type: definition.type,
        field: name,
        allowed: OPERATORS_BY_TYPE[definition.type].join(', '),
      },
      `operator "${op}" does not apply to ${definition.type} field ${name} (use ${OPERATORS_BY_TYPE[definition.type].join(', ')})`,
    );
  }
  let value: unknown = node.value;
  if (op === 'exists') {
    value ??= true;
    if (typeof value !== 'boolean') {
      throw invalid(
        `${path}.value`,
        'exists-boolean',
        { value: show(value) },
        `"exists" takes true or false, got ${show(value)}`,
      );
    }
  } else if (value === undefined) {
    throw invalid(`${path}.value`, 'missing-value', {}, 'missing value');
  }
  const test = buildTest(op, definition.type, value, path);
  return { type: 'condition', path, field: name, op, value, read: definition.get, test };
}

function compileCriteria(node: unknown, path: string): CompiledCriteria {
  if (!isObject(node)) {
    throw invalid(
      path,
      'expected-node',
      { value: show(node) },
      `expected an object with "all", "any", "not" or a condition {field, op, value}, got ${show(node)}`,
    );
  }
  const groupKeys = ['all', 'any', 'not'].filter((key) => key in node);
  if (groupKeys.length === 0) return compileCondition(node, path);
  if (groupKeys.length > 1 || Object.keys(node).length > 1) {
    throw invalid(
      path,
      'group-one-key',
      { keys: Object.keys(node).join(', ') },
      `a group has exactly one key ("all", "any" or "not"), got ${Object.keys(node).join(', ')}`,
    );
  }
  const key = groupKeys[0] as 'all' | 'any' | 'not';
  if (key === 'not') return { type: 'not', child: compileCriteria(node.not, `${path}.not`) };
  const children = node[key];
  if (!Array.isArray(children) || children.length === 0) {
    throw invalid(
      `${path}.${key}`,
      'empty-group',
      { group: key, value: show(children) },
      `expected a non-empty array, got ${show(children)}`,
    );
  }
  return {
    type: key,
    children: children.map((child, i) => compileCriteria(child, `${path}.${key}[${i}]`)),
  };
}

/** The field scopes a criteria tree reads (documents and legs are iterated only when read). */
function scopesOf(criteria: CompiledCriteria): { document: boolean; leg: boolean } {
  const scopes = { document: false, leg: false };
  const visit = (node: CompiledCriteria): void => {
    if (node.type === 'condition') {
      const scope = FIELD_CATALOGUE.get(node.field)?.scope;
      if (scope === 'document') scopes.document = true;
      if (scope === 'leg') scopes.leg = true;
    } else if (node.type === 'not') {
      visit(node.child);
    } else {
      node.children.forEach(visit);
    }
  };
  visit(criteria);
  return scopes;
}

function requiredString(rule: JsonObject, key: string, path: string): string {
  const value = rule[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(
      `${path}.${key}`,
      'expected-text',
      { value: show(value) },
      `expected a non-empty string, got ${show(value)}`,
    );
  }
  return value.trim();
}

function compileRule(rule: unknown, path: string): TargetingRule {
  if (!isObject(rule))
    throw invalid(
      path,
      'expected-rule',
      { value: show(rule) },
      `expected a rule object, got ${show(rule)}`,
    );
  checkKeys(rule, RULE_KEYS, path);
  const id = requiredString(rule, 'id', path);
  const name = requiredString(rule, 'name', path);
  const description = rule.description ?? '';
  if (typeof description !== 'string') {
    throw invalid(
      `${path}.description`,
      'expected-string',
      { value: show(description) },
      `expected a string, got ${show(description)}`,
    );
  }
  const severity = rule.severity;
  if (typeof severity !== 'string' || !isSeverity(severity)) {
    throw invalid(
      `${path}.severity`,
      'expected-severity',
      { value: show(severity), expected: SEVERITIES.join(', ') },
      `expected one of ${SEVERITIES.join(', ')}, got ${show(severity)}`,
    );
  }
  const maxHits = rule.maxHitsPerMessage ?? DEFAULT_MAX_HITS_PER_MESSAGE;
  if (typeof maxHits !== 'number' || !Number.isInteger(maxHits) || maxHits < 1) {
    throw invalid(
      `${path}.maxHitsPerMessage`,
      'expected-max-hits',
      { value: show(maxHits) },
      `expected a whole number of at least 1, got ${show(maxHits)}`,
    );
  }
  const enabled = rule.enabled ?? true;
  if (typeof enabled !== 'boolean') {
    throw invalid(
      `${path}.enabled`,
      'expected-boolean',
      { value: show(enabled) },
      `expected true or false, got ${show(enabled)}`,
    );
  }
  if (rule.criteria === undefined)
    throw invalid(`${path}.criteria`, 'missing-criteria', {}, 'missing criteria');
  const criteria = compileCriteria(rule.criteria, `${path}.criteria`);
  return {
    id,
    name,
    description,
    severity,
    maxHitsPerMessage: maxHits,
    enabled,
    criteria,
    scopes: scopesOf(criteria),
  };
}

/** Validates and compiles parsed JSON: `{ "rules": [...] }` or the array itself. */
export function compileRules(json: unknown, source = 'rules'): RuleSet {
  let list: unknown;
  if (Array.isArray(json)) {
    list = json;
  } else if (isObject(json)) {
    checkKeys(json, new Set(['rules']), '(file)');
    list = json.rules;
  }
  if (!Array.isArray(list)) {
    throw invalid(
      'rules',
      'expected-rule-list',
      {},
      'expected an array of rules (or { "rules": [...] })',
    );
  }
  const rules = list.map((rule, i) => compileRule(rule, `rules[${i}]`));
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    const first = seen.get(rule.id);
    if (first !== undefined) {
      throw invalid(
        `rules[${i}].id`,
        'duplicate-id',
        { id: rule.id, first },
        `duplicate id "${rule.id}" (also rules[${first}])`,
      );
    }
    seen.set(rule.id, i);
  });
  return { source, rules };
}

/** Reads, parses and compiles a rule file; every failure names the file and the bad part. */
export function loadRules(path: string): RuleSet {
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it.
  const text = readInputFile(path, `rules ${path}`)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScreeningError(
      'rules',
      `rules ${path}: ${describeJsonSyntaxError(text, error as Error)}`,
      { cause: error },
    );
  }
  try {
    return compileRules(json, path);
  } catch (error) {
    if (error instanceof RuleValidationError) {
      throw new RuleValidationError(
        error.path,
        error.problem,
        path,
        error.problemCode,
        error.params,
      );
    }
    throw error;
  }
}

import countries from 'i18n-iso-countries';
import { readInputFile } from '../file-access';
import { ScreeningError } from '../screening-error';
import { FIELD_CATALOGUE, OPERATORS_BY_TYPE, type FieldType } from './field-catalogue';
import { describeJsonSyntaxError } from './json-syntax';
import type { FieldValue } from './field-value';
import { normaliseIsoDate } from './rule-dates';
import { isSeverity, SEVERITIES } from '../severity';
import { RuleValidationError } from './rule-validation-error';
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

function checkKeys(object: JsonObject, allowed: ReadonlySet<string>, path: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.has(key)) {
      throw new RuleValidationError(
        `${path}.${key}`,
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
        throw new RuleValidationError(path, `expected a number, got ${show(value)}`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') {
        throw new RuleValidationError(path, `expected true or false, got ${show(value)}`);
      }
      return value;
    case 'date': {
      const iso = typeof value === 'string' ? normaliseIsoDate(value) : undefined;
      if (!iso) {
        throw new RuleValidationError(
          path,
          `expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM, got ${show(value)}`,
        );
      }
      return iso;
    }
    case 'country': {
      const code = typeof value === 'string' ? countryCode(value) : undefined;
      if (!code) {
        throw new RuleValidationError(
          path,
          `expected a country (ISO 3166 alpha-2, alpha-3 or English name), got ${show(value)}`,
        );
      }
      return code;
    }
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') {
        throw new RuleValidationError(path, `expected a non-empty string, got ${show(value)}`);
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
        throw new RuleValidationError(valuePath, `"in" needs a non-empty array, got ${show(raw)}`);
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
        throw new RuleValidationError(
          valuePath,
          `"between" needs [low, high] (both included), got ${show(raw)}`,
        );
      }
      const low = typedScalar(raw[0], type, `${valuePath}[0]`);
      const high = typedScalar(raw[1], type, `${valuePath}[1]`);
      if (compare(low, high) > 0) {
        throw new RuleValidationError(
          valuePath,
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
    throw new RuleValidationError(`${path}.field`, `expected a field name, got ${show(name)}`);
  }
  const definition = FIELD_CATALOGUE.get(name);
  if (!definition) {
    throw new RuleValidationError(
      `${path}.field`,
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
    throw new RuleValidationError(
      `${path}.op`,
      `unknown operator ${show(spelled)} (expected one of ${RULE_OPERATORS.join(', ')})`,
    );
  }
  if (!OPERATORS_BY_TYPE[definition.type].includes(op)) {
    throw new RuleValidationError(
      `${path}.op`,
      `operator "${op}" does not apply to ${definition.type} field ${name} (use ${OPERATORS_BY_TYPE[definition.type].join(', ')})`,
    );
  }
  let value: unknown = node.value;
  if (op === 'exists') {
    value ??= true;
    if (typeof value !== 'boolean') {
      throw new RuleValidationError(
        `${path}.value`,
        `"exists" takes true or false, got ${show(value)}`,
      );
    }
  } else if (value === undefined) {
    throw new RuleValidationError(`${path}.value`, 'missing value');
  }
  const test = buildTest(op, definition.type, value, path);
  return { type: 'condition', path, field: name, op, value, read: definition.get, test };
}

function compileCriteria(node: unknown, path: string): CompiledCriteria {
  if (!isObject(node)) {
    throw new RuleValidationError(
      path,
      `expected an object with "all", "any", "not" or a condition {field, op, value}, got ${show(node)}`,
    );
  }
  const groupKeys = ['all', 'any', 'not'].filter((key) => key in node);
  if (groupKeys.length === 0) return compileCondition(node, path);
  if (groupKeys.length > 1 || Object.keys(node).length > 1) {
    throw new RuleValidationError(
      path,
      `a group has exactly one key ("all", "any" or "not"), got ${Object.keys(node).join(', ')}`,
    );
  }
  const key = groupKeys[0] as 'all' | 'any' | 'not';
  if (key === 'not') return { type: 'not', child: compileCriteria(node.not, `${path}.not`) };
  const children = node[key];
  if (!Array.isArray(children) || children.length === 0) {
    throw new RuleValidationError(
      `${path}.${key}`,
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
    throw new RuleValidationError(
      `${path}.${key}`,
      `expected a non-empty string, got ${show(value)}`,
    );
  }
  return value.trim();
}

function compileRule(rule: unknown, path: string): TargetingRule {
  if (!isObject(rule))
    throw new RuleValidationError(path, `expected a rule object, got ${show(rule)}`);
  checkKeys(rule, RULE_KEYS, path);
  const id = requiredString(rule, 'id', path);
  const name = requiredString(rule, 'name', path);
  const description = rule.description ?? '';
  if (typeof description !== 'string') {
    throw new RuleValidationError(
      `${path}.description`,
      `expected a string, got ${show(description)}`,
    );
  }
  const severity = rule.severity;
  if (typeof severity !== 'string' || !isSeverity(severity)) {
    throw new RuleValidationError(
      `${path}.severity`,
      `expected one of ${SEVERITIES.join(', ')}, got ${show(severity)}`,
    );
  }
  const maxHits = rule.maxHitsPerMessage ?? DEFAULT_MAX_HITS_PER_MESSAGE;
  if (typeof maxHits !== 'number' || !Number.isInteger(maxHits) || maxHits < 1) {
    throw new RuleValidationError(
      `${path}.maxHitsPerMessage`,
      `expected a whole number of at least 1, got ${show(maxHits)}`,
    );
  }
  const enabled = rule.enabled ?? true;
  if (typeof enabled !== 'boolean') {
    throw new RuleValidationError(
      `${path}.enabled`,
      `expected true or false, got ${show(enabled)}`,
    );
  }
  if (rule.criteria === undefined)
    throw new RuleValidationError(`${path}.criteria`, 'missing criteria');
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
    throw new RuleValidationError('rules', 'expected an array of rules (or { "rules": [...] })');
  }
  const rules = list.map((rule, i) => compileRule(rule, `rules[${i}]`));
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    const first = seen.get(rule.id);
    if (first !== undefined) {
      throw new RuleValidationError(
        `rules[${i}].id`,
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
      throw new RuleValidationError(error.path, error.problem, path);
    }
    throw error;
  }
}

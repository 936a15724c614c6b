import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** Storages already remembering: a second call (another pipe, a test app) changes nothing. */
const remembering = new WeakSet<object>();

/** A class whose instances are validated. */
type Target = abstract new (...args: never[]) => unknown;

/** The two look-ups of class-validator's rule storage that every validation makes. */
interface RuleStorage {
  getTargetValidationMetadatas(
    target: Target,
    schema: string,
    always: boolean,
    strictGroups: boolean,
    groups?: string[],
  ): ValidationMetadata[];
  groupByPropertyName(rules: ValidationMetadata[]): Record<string, ValidationMetadata[]>;
  addValidationMetadata(rule: ValidationMetadata): void;
}

/**
 * Makes class-validator remember the rules it finds for a class. On every validation it looks
 * them up afresh: it walks every class that has rules (a few hundred here) to find those the
 * class inherits from, then filters and groups them, so a page with a three-field query DTO
 * spent about 2 % of its CPU finding the same rules again. The rules of a class are fixed once
 * its module is loaded; a rule added later (a class loaded late) empties the memory, so nothing
 * stale is ever returned. The lists handed out are frozen: class-validator only reads them.
 */
export function rememberValidationRules(
  storage = getMetadataStorage() as unknown as RuleStorage,
): void {
  if (remembering.has(storage)) return;
  remembering.add(storage);
  const found = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let rules = new Map<Target, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let forTarget = rules.get(target);
    if (!forTarget) rules.set(target, (forTarget = new Map<string, ValidationMetadata[]>()));
    let list = forTarget.get(key);
    if (!list) {
      list = Object.freeze(
        found(target, schema, always, strictGroups, groups),
      ) as ValidationMetadata[];
      forTarget.set(key, list);
    }
    return list;
  };
  storage.groupByPropertyName = (list) => {
    if (!Object.isFrozen(list)) return group(list);
    let byProperty = grouped.get(list);
    if (!byProperty) grouped.set(list, (byProperty = deepFreeze(group(list))));
    return byProperty;
  };
  storage.addValidationMetadata = (rule) => {
    rules = new Map();
    grouped = new WeakMap();
    add(rule);
  };
}

function deepFreeze(
  byProperty: Record<string, ValidationMetadata[]>,
): Record<string, ValidationMetadata[]> {
  for (const list of Object.values(byProperty)) Object.freeze(list);
  return Object.freeze(byProperty);
}

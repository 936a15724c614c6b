import { MetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { rememberValidationRules } from './remembered-rules';

class Base {}
class Child extends Base {}

/** A rule as the storage reads it (what a decorator such as @IsDefined() would add). */
function rule(target: object, propertyName: string): ValidationMetadata {
  return {
    type: 'isDefined',
    target,
    propertyName,
    constraints: [],
  } as unknown as ValidationMetadata;
}

function names(list: ValidationMetadata[]): string[] {
  return list.map((metadata) => metadata.propertyName).sort();
}

describe('rememberValidationRules', () => {
  it('finds the rules of a class (its own and inherited) once, then hands out the same list', () => {
    const storage = new MetadataStorage();
    storage.addValidationMetadata(rule(Base, 'name'));
    storage.addValidationMetadata(rule(Child, 'email'));
    const expected = names(storage.getTargetValidationMetadatas(Child, '', false, false));
    const walk = jest.spyOn(storage, 'getTargetValidationMetadatas');
    rememberValidationRules(storage);

    const first = storage.getTargetValidationMetadatas(Child, '', false, false);
    const again = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(names(first)).toEqual(expected);
    expect(expected).toEqual(['email', 'name']);
    expect(again).toBe(first);
    expect(walk).toHaveBeenCalledTimes(1);
    expect(Object.isFrozen(first)).toBe(true);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(again));
    // Other options are other questions.
    storage.getTargetValidationMetadatas(Child, '', true, false);
    storage.getTargetValidationMetadatas(Base, '', false, false);
    expect(walk).toHaveBeenCalledTimes(3);
  });

  it('forgets everything when a rule is added, so a class loaded late is never missed', () => {
    const storage = new MetadataStorage();
    storage.addValidationMetadata(rule(Base, 'name'));
    rememberValidationRules(storage);
    expect(names(storage.getTargetValidationMetadatas(Child, '', false, false))).toEqual(['name']);
    storage.addValidationMetadata(rule(Base, 'phone'));
    expect(names(storage.getTargetValidationMetadatas(Child, '', false, false))).toEqual([
      'name',
      'phone',
    ]);
  });

  it('wraps a storage once however often it is asked', () => {
    const storage = new MetadataStorage();
    rememberValidationRules(storage);
    const wrapped = storage.getTargetValidationMetadatas.bind(storage);
    const before = storage.getTargetValidationMetadatas;
    rememberValidationRules(storage);
    expect(storage.getTargetValidationMetadatas).toBe(before);
    expect(wrapped(Child, '', false, false)).toEqual([]);
  });
});

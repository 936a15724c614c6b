import { join } from 'node:path';

/** Path of a hand-written list under test/fixtures/screening/lists (unit tests only). */
export function listFixture(name: string): string {
  return join(__dirname, '..', '..', '..', 'test', 'fixtures', 'screening', 'lists', name);
}

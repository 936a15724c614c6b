import { join } from 'node:path';

/** Path of a hand-written list under test/fixtures/screening/lists. */
export function listFixture(name: string): string {
  return join(__dirname, '..', 'fixtures', 'screening', 'lists', name);
}

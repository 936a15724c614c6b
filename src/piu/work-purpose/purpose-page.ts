import { returnPath, withQuery } from '../../common/http/return-path';

export const PURPOSE_PATH = '/screening/purpose';

/** The purpose page, coming back to `back` (a local path) once the purpose is chosen. */
export function purposePageFor(back: string | null): string {
  const local = returnPath(back);
  return local ? withQuery(PURPOSE_PATH, 'back', local) : PURPOSE_PATH;
}

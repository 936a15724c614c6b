import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const VIEWS = join(__dirname, '..', '..', '..', 'views');
/** The one place a re-rendered form's message is shown: the layout's notices, above the page. */
const SHOWN_BY = join('partials', 'flash.hbs');

describe("a form's error message", () => {
  it('is printed by the layout only, so a page never shows it twice', () => {
    const templates = readdirSync(VIEWS, { recursive: true, encoding: 'utf8' }).filter((path) =>
      path.endsWith('.hbs'),
    );
    expect(templates.length).toBeGreaterThan(100);
    const printing = templates.filter((path) =>
      /\{\{\{?(t )?formError\}?\}\}/.test(readFileSync(join(VIEWS, path), 'utf8')),
    );
    expect(printing).toEqual([SHOWN_BY]);
  });
});

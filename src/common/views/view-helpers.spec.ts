import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { compileWithPortalOptions, registerViewHelpers } from './view-helpers';

const hbs = Handlebars.create();
registerViewHelpers(hbs);

function render(template: string, model: Record<string, unknown>): string {
  return hbs.compile(template)(model);
}

const moment = new Date(Date.UTC(2026, 10, 23, 22, 5));

describe('view helpers', () => {
  it('translates keys in the page locale, with hash arguments and plurals', () => {
    const template = '{{t "home.greeting" name=name}} / {{t "admin.resultCount" count=n}}';
    expect(render(template, { locale: 'en', name: 'Ana', n: 1 })).toBe('Welcome, Ana / 1 result');
    expect(render(template, { locale: 'en-XA', name: 'Ana', n: 2 })).toBe(
      '⟦Ŵéļçóɱé, Ana⟧ / ⟦2 ŕéšúļţš⟧',
    );
  });

  it('translates a message reference a service returned, and leaves plain text as it is', () => {
    const template = '{{t pageTitle}}';
    expect(render(template, { locale: 'en-XA', pageTitle: { key: 'login.title' } })).toBe(
      '⟦Šíĝñ íñ⟧',
    );
    expect(
      render('{{t ref}}', {
        locale: 'en',
        ref: { key: 'account.sessions.ended', params: { count: 2 } },
      }),
    ).toBe('Logged out of 2 other sessions.');
    expect(render(template, { locale: 'en-XA', pageTitle: 'Already text' })).toBe('Already text');
  });

  it('translates flash entries by key with parameters, or by message', () => {
    // The real partial the layout uses.
    const partial = readFileSync(join(__dirname, '../../../views/partials/flash.hbs'), 'utf8');
    const flash = [
      { kind: 'success', key: 'admin.users.deactivated', params: { sessions: 1 } },
      { kind: 'info', message: 'admin.users.notLocked' },
    ];
    const html = render(partial, { locale: 'en-XA', flash });
    expect(html).toContain('role="status">⟦Áççóúñţ ðéáçţíṽáţéð; 1 šéššíóñ éñðéð.⟧</div>');
    expect(html).toContain('role="status">⟦Ţĥé áççóúñţ ĥáš ñó ļóçķóúţ ţó çļéáŕ.⟧</div>');
  });

  it('escapes what the translator returns', () => {
    expect(render('{{t "home.greeting" name=name}}', { name: '<b>x</b>' })).toBe(
      'Welcome, &lt;b&gt;x&lt;/b&gt;',
    );
  });

  it("writes dates in the page's locale and the member's time zone, and numbers grouped", () => {
    const model = { locale: 'en', timeZone: 'Africa/Nairobi', at: moment, n: 12345 };
    expect(render('{{dateTime at}} | {{date at}} | {{number n}}', model)).toBe(
      '24 Nov 2026, 01:05 Africa/Nairobi | 24 Nov 2026 | 12,345',
    );
    expect(render('{{dateTime at}}', { at: moment.toISOString() })).toBe('23 Nov 2026, 22:05 UTC');
    expect(render('{{dateTime missing}}', {})).toBe('');
  });
});

describe('compileWithPortalOptions', () => {
  it('compiles templates and partials with the registered helpers known, rendering the same', () => {
    const known = Handlebars.create();
    registerViewHelpers(known);
    known.registerPartial('greeting', '{{t "home.greeting" name=name}}');
    const seen: unknown[] = [];
    const compile = known.compile.bind(known);
    known.compile = ((input: string, options?: Record<string, unknown>) => {
      seen.push(options?.knownHelpers);
      return compile(input, options);
    }) as typeof known.compile;
    compileWithPortalOptions(known);
    const template = '{{> greeting}} {{#if (eq a 1)}}{{t "home.on"}}{{/if}}';
    const model = { name: 'Amina', a: 1, locale: 'en' };
    expect(known.compile(template)(model)).toBe('Welcome, Amina On');
    expect(seen[0]).toMatchObject({ t: true, eq: true, dateTime: true });
  });

  it('writes a standalone partial as it is, so a multi-line value keeps its lines', () => {
    const portal = Handlebars.create();
    compileWithPortalOptions(portal);
    portal.registerPartial('text', '<textarea>{{value}}</textarea>\n<p>after</p>\n');
    const value = 'first line\nsecond line\n    indented as typed';
    const html = portal.compile('<form>\n    {{> text value=value}}\n</form>')({ value });
    expect(html).toBe(`<form>\n    <textarea>${value}</textarea>\n<p>after</p>\n</form>`);
  });
});

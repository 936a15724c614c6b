import Handlebars from 'handlebars';
import { useLeanCompiler } from './lean-compiler';
import { registerViewHelpers } from './view-helpers';

// The runtime options hbs renders every page with.
const PAGE_OPTIONS = { allowProtoMethodsByDefault: true, allowProtoPropertiesByDefault: true };

function environment(lean: boolean): typeof Handlebars {
  const handlebars = Handlebars.create();
  registerViewHelpers(handlebars);
  handlebars.registerPartial(
    'post-line',
    '#{{position}} {{author.name}}{{#if @root.me}} ({{@root.me.name}}){{/if}}',
  );
  if (lean) useLeanCompiler(handlebars);
  return handlebars;
}

class Card {
  constructor(readonly title: string) {}
  get shout(): string {
    return this.title.toUpperCase();
  }
}

const model = {
  locale: 'en',
  me: { name: 'Amina' },
  thread: { title: 'First weeks <of> operation', 'data-id': 7, class: 'pinned', default: 0 },
  posts: [
    { position: 1, author: { name: 'Juma' }, reactions: [{ kind: 'thanks', count: 2 }] },
    { position: 2, author: { name: 'Wanjiru' }, reactions: [] },
  ],
  card: new Card('Roadmap'),
  empty: null,
};

const templates = [
  '{{thread.title}} {{{thread.title}}} {{thread.[data-id]}} {{thread.class}} {{thread.default}}',
  '{{#each posts}}{{@index}}:{{> post-line}} {{#each reactions}}{{kind}}={{count}}/{{../position}}/{{@root.thread.class}} {{/each}}{{/each}}',
  '{{#with thread}}{{title}}{{/with}} {{#if empty.value}}x{{else}}no value{{/if}} {{missing.deeper.still}}',
  '{{card.title}} {{card.shout}} {{t "home.greeting" name=me.name}} {{#each posts}}{{#if (eq position 2)}}{{author.name}}{{/if}}{{/each}}',
];

describe('useLeanCompiler', () => {
  it('renders every template exactly as stock Handlebars does with the page options', () => {
    const stock = environment(false);
    const lean = environment(true);
    for (const template of templates) {
      const expected = stock.compile(template)(model, PAGE_OPTIONS);
      expect(lean.compile(template)(model, PAGE_OPTIONS)).toBe(expected);
    }
    expect(lean.compile(templates[1])(model, PAGE_OPTIONS)).toBe(
      '0:#1 Juma (Amina) thanks=2/1/pinned 1:#2 Wanjiru (Amina) ',
    );
  });

  it('compiles a name to a plain property read, not a lookupProperty call', () => {
    const lean = environment(true);
    const source = lean.precompile('{{thread.title}} {{thread.[data-id]}}');
    expect(source).toContain('.thread');
    expect(source).toContain('["data-id"]');
    expect(source).not.toContain('lookupProperty(');
    expect(environment(false).precompile('{{thread.title}}')).toContain('lookupProperty(');
  });

  it('keeps the guarded read for names every object inherits', () => {
    const lean = environment(true);
    const template =
      '[{{constructor}}][{{thread.constructor.name}}][{{thread.__proto__}}][{{__defineGetter__}}]';
    expect(lean.compile(template)(model, PAGE_OPTIONS)).toBe('[][][][]');
    expect(lean.precompile('{{thread.constructor}}')).toContain('lookupProperty(');
  });

  it("writes a helper's options without its source location, and keeps a hash argument named loc", () => {
    const template = '{{#if on}}{{t "home.greeting" name=me.name loc="here"}}{{/if}}';
    const source = environment(true).precompile(template);
    expect(source).not.toContain('"loc":{');
    expect(source).toContain('"loc":"here"');
    expect(environment(false).precompile(template)).toContain('"loc":{');
    const seen: unknown[] = [];
    const lean = environment(true);
    lean.registerHelper('spy', (options: { loc?: unknown; hash: unknown }) => {
      seen.push([options.loc, options.hash]);
      return 'ok';
    });
    expect(lean.compile('{{spy loc=1}}')(model, PAGE_OPTIONS)).toBe('ok');
    expect(seen).toEqual([[undefined, { loc: 1 }]]);
  });
});

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

  describe('if and unless blocks', () => {
    const values = [true, false, 0, 1, '', 'text', null, undefined, [], [0], {}, NaN];
    const conditionals = [
      '{{#if v}}yes {{v}}{{else}}no{{/if}}',
      '{{#unless v}}unless{{else}}else{{/unless}}',
      '{{#if v}}A{{else if flag}}B{{else}}C{{/if}}',
      '{{#each list}}{{#if this}}[{{this}}]{{else}}-{{/if}}{{/each}}',
      '{{#if v}}{{#unless flag}}inner{{/unless}}{{/if}}',
      '{{#with box}}{{#if ../flag}}up {{name}}{{/if}}{{/with}}',
      '{{#each list as |item index|}}{{#if item}}{{item}}{{index}}{{/if}}{{/each}}',
      '{{#if v includeZero=true}}zero counts{{/if}}',
      '{{#if @root.flag}}root{{/if}}{{#each list}}{{#if @first}}first{{/if}}{{@index}}{{/each}}',
      '{{#if method}}called{{/if}}{{#unless method}}not called{{/unless}}',
    ];

    it('choose the same block as the built-in helpers for every kind of value', () => {
      const stock = environment(false);
      const lean = environment(true);
      let compared = 0;
      for (const template of conditionals) {
        for (const v of values) {
          for (const flag of [true, false]) {
            const context = {
              v,
              flag,
              list: [1, 0, 'a', null, []],
              box: { name: 'box' },
              method(this: { flag: boolean }) {
                return this.flag;
              },
            };
            expect(lean.compile(template)(context, PAGE_OPTIONS)).toBe(
              stock.compile(template)(context, PAGE_OPTIONS),
            );
            compared += 1;
          }
        }
      }
      expect(compared).toBe(conditionals.length * values.length * 2);
      expect(lean.compile(conditionals[0])({ v: [] }, PAGE_OPTIONS)).toBe('no');
      expect(lean.compile(conditionals[9])({ method: () => 0 }, PAGE_OPTIONS)).toBe('not called');
    });

    it('compile to a condition that calls the chosen block, without the helper', () => {
      const source = environment(true).precompile(
        '{{#if a}}X{{else}}Y{{/if}}{{#unless b}}Z{{/unless}}',
      );
      expect(source).not.toContain('helpers["if"]');
      expect(source).not.toContain('helpers.if');
      expect(source).not.toContain('helpers.unless');
      expect(source).not.toContain('container.program(');
      expect(environment(false).precompile('{{#if a}}X{{/if}}')).toContain('"if"');
    });

    it('keep the helper call where a block reads up through ../ or takes a hash', () => {
      const lean = environment(true);
      expect(lean.precompile('{{#with box}}{{#if ../flag}}up{{/if}}{{/with}}')).toContain(
        'helpers.if',
      );
      expect(lean.precompile('{{#if v includeZero=true}}z{{/if}}')).toContain('helpers.if');
    });
  });
});

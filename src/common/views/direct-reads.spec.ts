import Handlebars from 'handlebars';
import { readPropertiesDirectly } from './direct-reads';
import { registerViewHelpers } from './view-helpers';

// The runtime options hbs renders every page with.
const PAGE_OPTIONS = { allowProtoMethodsByDefault: true, allowProtoPropertiesByDefault: true };

function environment(direct: boolean): typeof Handlebars {
  const handlebars = Handlebars.create();
  registerViewHelpers(handlebars);
  handlebars.registerPartial(
    'post-line',
    '#{{position}} {{author.name}}{{#if @root.me}} ({{@root.me.name}}){{/if}}',
  );
  if (direct) readPropertiesDirectly(handlebars);
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

describe('readPropertiesDirectly', () => {
  it('renders every template exactly as stock Handlebars does with the page options', () => {
    const stock = environment(false);
    const direct = environment(true);
    for (const template of templates) {
      const expected = stock.compile(template)(model, PAGE_OPTIONS);
      expect(direct.compile(template)(model, PAGE_OPTIONS)).toBe(expected);
    }
    expect(direct.compile(templates[1])(model, PAGE_OPTIONS)).toBe(
      '0:#1 Juma (Amina) thanks=2/1/pinned 1:#2 Wanjiru (Amina) ',
    );
  });

  it('compiles a name to a plain property read, not a lookupProperty call', () => {
    const direct = environment(true);
    const source = direct.precompile('{{thread.title}} {{thread.[data-id]}}');
    expect(source).toContain('.thread');
    expect(source).toContain('["data-id"]');
    expect(source).not.toContain('lookupProperty(');
    expect(environment(false).precompile('{{thread.title}}')).toContain('lookupProperty(');
  });

  it('keeps the guarded read for names every object inherits', () => {
    const direct = environment(true);
    const template =
      '[{{constructor}}][{{thread.constructor.name}}][{{thread.__proto__}}][{{__defineGetter__}}]';
    expect(direct.compile(template)(model, PAGE_OPTIONS)).toBe('[][][][]');
    expect(direct.precompile('{{thread.constructor}}')).toContain('lookupProperty(');
  });
});

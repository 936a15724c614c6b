import Handlebars from 'handlebars';
import { FragmentKeys, FragmentStore, fragmentModeFor, registerFragmentHelper } from './fragments';
import { registerViewHelpers } from './view-helpers';

/** A Handlebars of its own with the portal's helpers, the fragment helper in `mode`, and a spy. */
function setUp(mode: 'cache' | 'verify' | 'render', store = new FragmentStore()) {
  const hbs = Handlebars.create();
  registerViewHelpers(hbs);
  registerFragmentHelper(hbs, mode, store);
  const rendered: unknown[] = [];
  // Counts how often the block really renders.
  hbs.registerHelper('seen', function (this: { id?: unknown }) {
    rendered.push(this.id);
    return '';
  });
  const template = hbs.compile(
    '{{#each items}}{{#fragment "item"}}{{seen}}<p id="{{id}}" title="{{@root.pageTitle}}">' +
      '{{t "forum.post.quote"}} {{dateTime at}} <input value="{{@root.csrfToken}}"></p>' +
      '{{/fragment}}{{/each}}',
  );
  return { template, rendered };
}

const at = new Date(Date.UTC(2026, 11, 3, 9, 30));

describe('fragments', () => {
  describe('FragmentKeys', () => {
    const keys = new FragmentKeys();

    it('gives different values different keys, and equal content the same key', () => {
      const values = [
        'a',
        'b',
        '1',
        1,
        true,
        'T',
        null,
        undefined,
        'N',
        [],
        {},
        ['a,b'],
        ['a', 'b'],
        { a: 'b,c=d' },
        { a: 'b', c: 'd' },
        at,
        new Date(at.getTime() + 1),
      ];
      const found = values.map((value) => keys.of(value));
      expect(new Set(found).size).toBe(values.length);
      expect(keys.of({ a: [1, { b: 'x' }] })).toBe(keys.of({ a: [1, { b: 'x' }] }));
    });

    it('keys a frozen object by identity, not content', () => {
      const one = Object.freeze({ html: '<p>long body</p>' });
      const same = Object.freeze({ html: '<p>long body</p>' });
      expect(keys.of({ post: one })).toBe(keys.of({ post: one }));
      expect(keys.of({ post: one })).not.toBe(keys.of({ post: same }));
      expect(keys.of({ post: one })).not.toContain('long body');
    });

    it('refuses what it cannot read as data', () => {
      expect(() => keys.of({ map: new Map() })).toThrow(/Map/);
      expect(() => keys.of({ call: () => 1 })).toThrow(/function/);
      expect(() => keys.of({ at: new (class Thing {})() })).toThrow(/Thing/);
    });
  });

  describe('FragmentStore', () => {
    it('drops the blocks stored first when a new one would pass its budget', () => {
      const store = new FragmentStore(30);
      store.set('a', ['1234567890']);
      store.set('b', ['1234567890']);
      expect(store.characters).toBe(22);
      store.set('c', ['1234567890']);
      expect(store.get('a')).toBeUndefined();
      expect(store.get('b')).toEqual(['1234567890']);
      expect(store.get('c')).toEqual(['1234567890']);
      expect(store.characters).toBe(22);
      store.set('too big', ['x'.repeat(40)]);
      expect(store.get('too big')).toBeUndefined();
    });
  });

  describe('the helper', () => {
    const model = (csrfToken: string, locale = 'en', timeZone = 'UTC') => ({
      locale,
      timeZone,
      csrfToken,
      pageTitle: 'not for fragments',
      items: [
        { id: 1, at },
        { id: 2, at },
      ],
    });

    it('renders a block once for the same context, with each page its own CSRF token', () => {
      const { template, rendered } = setUp('cache');
      const first = template(model('token-one'));
      const second = template(model('token-&-two'));
      expect(rendered).toEqual([1, 2]);
      expect(first).toContain(
        '<p id="1" title="">Quote 3 Dec 2026, 09:30 UTC <input value="token-one">',
      );
      expect(second).toContain('<input value="token-&amp;-two">');
      expect(second).not.toContain('token-one');
    });

    it('renders again for another context, locale or time zone', () => {
      const { template, rendered } = setUp('cache');
      template(model('t'));
      template({ ...model('t'), items: [{ id: 3, at }] });
      const pseudo = template(model('t', 'en-XA'));
      const nairobi = template(model('t', 'en', 'Africa/Nairobi'));
      expect(rendered).toEqual([1, 2, 3, 1, 2, 1, 2]);
      expect(pseudo).toContain('⟦');
      expect(nairobi).toContain('12:30');
    });

    it('renders every time in development, and in tests checks memory against a fresh render', () => {
      const live = setUp('render');
      live.template(model('t'));
      live.template(model('t'));
      expect(live.rendered).toEqual([1, 2, 1, 2]);

      const hbs = Handlebars.create();
      registerViewHelpers(hbs);
      registerFragmentHelper(hbs, 'verify');
      // A block that reads a parent context, which its key does not hold.
      const leaky = hbs.compile(
        '{{#each items}}{{#fragment "leak"}}{{../title}}{{/fragment}}{{/each}}',
      );
      expect(leaky({ title: 'one', items: [{ id: 1 }] })).toBe('one');
      expect(() => leaky({ title: 'two', items: [{ id: 1 }] })).toThrow(
        'fragment "leak" rendered differently under the same key',
      );
    });

    it('is chosen by NODE_ENV: tests verify, development renders, the rest caches', () => {
      expect(fragmentModeFor('test')).toBe('verify');
      expect(fragmentModeFor('development')).toBe('render');
      expect(fragmentModeFor('production')).toBe('cache');
      expect(fragmentModeFor(undefined)).toBe('cache');
    });
  });
});

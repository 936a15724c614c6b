import Handlebars from 'handlebars';
import { FragmentStore, STEP_WEIGHT, fragmentModeFor, registerFragmentHelper } from './fragments';
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
  describe('FragmentStore', () => {
    const scope = ['item', 'en', 'UTC'];

    it("finds a block by its context's content: different values apart, equal content together", () => {
      const store = new FragmentStore();
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
        [['a'], 'b'],
        [['a', 'b']],
        { a: 'b,c=d' },
        { a: 'b', c: 'd' },
        { a: { b: 'c' } },
        { a: 'b', b: 'c' },
        at,
        new Date(at.getTime() + 1),
        at.getTime(),
      ];
      values.forEach((value, index) => store.set(scope, value, [`block ${index}`]));
      values.forEach((value, index) => expect(store.get(scope, value)).toEqual([`block ${index}`]));
      store.set(scope, { a: [1, { b: 'x' }] }, ['nested']);
      expect(store.get(scope, { a: [1, { b: 'x' }] })).toEqual(['nested']);
      expect(store.get(scope, { a: [1, { b: 'y' }] })).toBeUndefined();
      expect(store.get(scope, { a: [1, { b: 'x' }], c: 1 })).toBeUndefined();
      expect(store.get(['item', 'fr', 'UTC'], 'a')).toBeUndefined();
    });

    it('keys a frozen object by identity, not content, and keeps it no longer than its block', () => {
      const store = new FragmentStore();
      const one = Object.freeze({ html: '<p>long body</p>' });
      const same = Object.freeze({ html: '<p>long body</p>' });
      store.set(scope, { post: one }, ['one']);
      expect(store.get(scope, { post: one })).toEqual(['one']);
      expect(store.get(scope, { post: same })).toBeUndefined();
      // A step for the post, not one for each of its fields: { post } is 7 steps with the scope's 3.
      expect(store.weight).toBe((3 + 4) * STEP_WEIGHT + 'one'.length);
    });

    it('refuses what it cannot read as data', () => {
      const store = new FragmentStore();
      expect(() => store.set(scope, { map: new Map() }, [''])).toThrow(/Map/);
      expect(() => store.set(scope, { call: () => 1 }, [''])).toThrow(/function/);
      expect(() => store.set(scope, { at: new (class Thing {})() }, [''])).toThrow(/Thing/);
      // Once the tree has a path that far, a lookup refuses it too.
      store.set(scope, { at: 1 }, ['']);
      expect(() => store.get(scope, { at: new (class Thing {})() })).toThrow(/Thing/);
    });

    it('drops the blocks stored first when a new one would pass its budget, and their paths', () => {
      // A string's block weighs its characters and 4 steps (the scope's 3 and the string).
      const block = 4 * STEP_WEIGHT + 10;
      const store = new FragmentStore(2 * block + 2);
      store.set(scope, 'a', ['1234567890']);
      store.set(scope, 'b', ['1234567890']);
      expect(store.weight).toBe(2 * block);
      store.set(scope, 'c', ['1234567890']);
      expect(store.get(scope, 'a')).toBeUndefined();
      expect(store.get(scope, 'b')).toEqual(['1234567890']);
      expect(store.get(scope, 'c')).toEqual(['1234567890']);
      expect(store.weight).toBe(2 * block);
      store.set(scope, 'c', ['x']);
      expect(store.get(scope, 'c')).toEqual(['x']);
      expect(store.weight).toBe(block + 4 * STEP_WEIGHT + 1);
      store.set(scope, 'too big', ['x'.repeat(3 * block)]);
      expect(store.get(scope, 'too big')).toBeUndefined();
      // { a: n } is 7 steps: the scope, {, a, n, }. Two of them leave room for nothing else.
      store.set(['other', 'en', 'UTC'], { a: 1 }, ['1234567890']);
      store.set(['other', 'en', 'UTC'], { a: 2 }, ['1234567890']);
      expect(store.get(scope, 'b')).toBeUndefined();
      expect(store.get(scope, 'c')).toBeUndefined();
      expect(store.get(['other', 'en', 'UTC'], { a: 1 })).toBeUndefined();
      expect(store.get(['other', 'en', 'UTC'], { a: 2 })).toEqual(['1234567890']);
      expect(store.weight).toBe(7 * STEP_WEIGHT + 10);
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

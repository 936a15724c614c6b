import { randomUUID } from 'node:crypto';
import Handlebars, { type HelperOptions } from 'handlebars';

/** What the fragment helper does with a block it has rendered before. */
export type FragmentMode =
  /** Answer from memory (production, benches). */
  | 'cache'
  /** Render every time and compare with memory, failing loudly on a difference (tests). */
  | 'verify'
  /** Render every time (development, where templates change under a running portal). */
  | 'render';

/** The mode for this process: tests verify, development renders, everything else caches. */
export function fragmentModeFor(nodeEnv: string | undefined): FragmentMode {
  if (nodeEnv === 'test') return 'verify';
  return nodeEnv === 'development' ? 'render' : 'cache';
}

/**
 * A value's content as a short string key: strings, numbers, booleans, null, undefined, dates,
 * and arrays and plain objects of them, each part written so that no two different values give
 * the same key. A frozen object or array stands for itself: it is keyed by identity, which spares
 * writing out (and hashing, at every lookup) what it holds, a post's body say. That is sound
 * because it cannot change; what is shared across requests (a cached post, an interned reaction
 * button) is frozen for that reason. Anything else (a Map, a class instance, a function) throws:
 * its content cannot be read as data, so a block rendered from it could not be told apart from
 * one rendered from another.
 */
export class FragmentKeys {
  private readonly identities = new WeakMap<object, number>();
  private next = 0;

  of(value: unknown): string {
    switch (typeof value) {
      case 'string':
        return `s${value.length}:${value}`;
      case 'number':
        return `n${value}`;
      case 'boolean':
        return value ? 'T' : 'F';
      case 'undefined':
        return 'u';
      case 'object':
        return this.ofObject(value);
      default:
        throw new TypeError(`a fragment's context holds a ${typeof value}`);
    }
  }

  private ofObject(value: object | null): string {
    if (value === null) return 'N';
    if (value instanceof Date) return `d${value.getTime()}`;
    if (Object.isFrozen(value)) return `#${this.identity(value)}`;
    if (Array.isArray(value)) {
      let key = '[';
      for (const item of value) key += `${this.of(item)},`;
      return `${key}]`;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype)
      throw new TypeError(`a fragment's context holds a ${value.constructor?.name ?? 'object'}`);
    let key = '{';
    for (const name in value)
      key += `${name}=${this.of((value as Record<string, unknown>)[name])},`;
    return `${key}}`;
  }

  private identity(value: object): number {
    let id = this.identities.get(value);
    if (id === undefined) {
      id = ++this.next;
      this.identities.set(value, id);
    }
    return id;
  }
}

/**
 * Rendered blocks within a budget of characters (keys and blocks together): a stream of distinct
 * pages cannot take more than that, and the blocks stored first go first. (Keeping them in order
 * of use would cost two more map operations at every hit, for a cache whose entries a thread's
 * next post replaces anyway.)
 */
export class FragmentStore {
  private readonly entries = new Map<string, readonly string[]>();
  private size = 0;

  constructor(private readonly budget = 8_000_000) {}

  get(key: string): readonly string[] | undefined {
    return this.entries.get(key);
  }

  set(key: string, parts: readonly string[]): void {
    const cost = weight(key, parts);
    if (cost > this.budget) return;
    this.delete(key);
    for (const oldest of this.entries.keys()) {
      if (this.size + cost <= this.budget) break;
      this.delete(oldest);
    }
    this.entries.set(key, parts);
    this.size += cost;
  }

  /** Characters held, keys and blocks. */
  get characters(): number {
    return this.size;
  }

  private delete(key: string): void {
    const parts = this.entries.get(key);
    if (parts === undefined) return;
    this.entries.delete(key);
    this.size -= weight(key, parts);
  }
}

function weight(key: string, parts: readonly string[]): number {
  let size = key.length;
  for (const part of parts) size += part.length;
  return size;
}

/** The page values a fragment's block may read through `@root`, besides its own context. */
interface FragmentRoot {
  locale?: string;
  timeZone?: string;
  /** The session's token, or the lazy PageToken that makes it when read (its toString). */
  csrfToken?: string | { toString(): string };
}

/**
 * `{{#fragment "name"}}…{{/fragment}}`: the block rendered once for each distinct context, locale
 * and time zone, then served from memory. A thread page repeats the same markup for every reader
 * of a post (author line, date, body, reaction buttons), and rendering it was a sixth of the
 * page's CPU.
 *
 * The block must render from what its key holds, so it is given nothing else: its context
 * (`this`, keyed by FragmentKeys), and `@root.locale`, `@root.timeZone` and `@root.csrfToken`.
 * Any other `@root` value, and `@index` or the like, render empty in it. The CSRF token is each
 * session's own: the block is rendered with a marker in its place, and the page's token goes
 * where the marker was at every use. In tests (`verify`) the block is rendered every time and
 * compared with what memory holds, so a block that reads what its key misses (a parent context
 * through `../`, say) fails the test that shows it.
 */
export function registerFragmentHelper(
  hbs: Pick<typeof Handlebars, 'registerHelper'>,
  mode: FragmentMode,
  store = new FragmentStore(),
): void {
  const keys = new FragmentKeys();
  // Unguessable, and left alone by escaping: page content cannot forge it.
  const marker = `\u0000csrf-${randomUUID()}\u0000`;
  // The page's token, escaped once a page rather than once a fragment.
  let token = '';
  let escapedToken = '';
  const escaped = (value: string) =>
    value === token ? escapedToken : (escapedToken = Handlebars.escapeExpression((token = value)));
  hbs.registerHelper('fragment', function (this: unknown, name: string, options: HelperOptions) {
    const root = (options.data as { root?: FragmentRoot } | undefined)?.root ?? {};
    const render = () =>
      options.fn(this, {
        data: { root: { locale: root.locale, timeZone: root.timeZone, csrfToken: marker } },
      });
    let parts: readonly string[] | undefined;
    if (mode === 'render') parts = render().split(marker);
    else {
      const key = `${name}\u0000${root.locale}\u0000${root.timeZone}\u0000${keys.of(this)}`;
      parts = store.get(key);
      if (parts === undefined) {
        parts = render().split(marker);
        store.set(key, parts);
      } else if (mode === 'verify' && render() !== parts.join(marker)) {
        throw new Error(`fragment "${name}" rendered differently under the same key`);
      }
    }
    const html = parts.length === 1 ? parts[0] : parts.join(escaped(String(root.csrfToken ?? '')));
    return new Handlebars.SafeString(html);
  });
}

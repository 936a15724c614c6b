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

/** Markers in a key's path: unique objects, so no string, number or boolean can stand for them. */
const OBJECT_START = Object.freeze({ token: '{' });
const OBJECT_END = Object.freeze({ token: '}' });
const ARRAY_START = Object.freeze({ token: '[' });
const ARRAY_END = Object.freeze({ token: ']' });
const DATE = Object.freeze({ token: 'date' });

/**
 * What a step of a key weighs against the budget, in characters: a node of the tree (an object
 * and its map) takes about as much memory as a hundred characters of text. A thread page's post
 * is some 45 steps beside its 1-3 thousand characters of markup.
 */
export const STEP_WEIGHT = 100;

/** A node of the key tree: each step of a path leads to the next node; a block ends one. */
interface KeyNode {
  readonly next: Map<unknown, KeyNode>;
  block?: Block;
}

/** A block in memory, with the path that leads to it (kept to remove it). */
interface Block {
  readonly parts: readonly string[];
  readonly path: readonly unknown[];
  readonly weight: number;
}

/**
 * Rendered blocks, found by their scope (the fragment's name, the locale, the time zone) and
 * their context's content, within a budget (characters of the blocks plus the steps of their
 * keys, STEP_WEIGHT each; 16 million, some 16-32 MB): a stream of distinct pages cannot take
 * more than that, and the blocks stored first go first. (Keeping them in order of use would cost two more map operations at every hit, for a
 * cache whose entries a thread's next post replaces anyway.)
 *
 * A key is the context's content as a path through a tree of maps, one step for each string,
 * number, boolean, null or undefined in it, each field name, and a marker where an array, an
 * object or a date starts and ends; so no two different values share a path, and nothing is
 * written out. (The first version wrote the content out as a string and looked that up: p50
 * 68 µs for a thread page's twenty posts in bench/fragments.bench.ts, against 20-24 µs for
 * walking the tree.) A frozen object or array is one step, its identity: that spares reading
 * what it holds, a post's body say, and is sound because it cannot change. What is shared
 * across requests (a cached post, an interned reaction button) is frozen for that reason.
 * Anything else (a Map, a class instance, a function) throws: its content cannot be read as
 * data, so a block rendered from it could not be told apart from one rendered from another.
 */
export class FragmentStore {
  private readonly root: KeyNode = { next: new Map() };
  /** In the order they were stored: the first is the first to go. */
  private readonly blocks = new Set<Block>();
  /** Each frozen object's step: a symbol of its own, which keeps nothing alive. */
  private readonly identities = new WeakMap<object, symbol>();
  private size = 0;

  constructor(private readonly budget = 16_000_000) {}

  get(scope: readonly string[], context: unknown): readonly string[] | undefined {
    let node: KeyNode | undefined = this.root;
    for (const step of scope) {
      node = node.next.get(step);
      if (node === undefined) return undefined;
    }
    return this.walk(node, context)?.block?.parts;
  }

  set(scope: readonly string[], context: unknown, parts: readonly string[]): void {
    const path: unknown[] = [...scope];
    this.steps(context, path);
    let weight = path.length * STEP_WEIGHT;
    for (const part of parts) weight += part.length;
    if (weight > this.budget) return;
    // Room first, then the path: removing a block prunes the nodes that lead nowhere else.
    const replaced = this.nodeAt(path)?.block;
    if (replaced) this.remove(replaced);
    for (const oldest of this.blocks) {
      if (this.size + weight <= this.budget) break;
      this.remove(oldest);
    }
    let node = this.root;
    for (const step of path) {
      let child = node.next.get(step);
      if (child === undefined) node.next.set(step, (child = { next: new Map() }));
      node = child;
    }
    node.block = { parts, path, weight };
    this.blocks.add(node.block);
    this.size += weight;
  }

  /** Weight held: characters of the blocks and the steps of their keys (STEP_WEIGHT each). */
  get weight(): number {
    return this.size;
  }

  /**
   * The node `value`'s steps lead to from `node`, if it is there. It reads the same steps as
   * `steps` below, written out again on purpose: this runs for every fragment of every view and
   * allocates nothing, where one traversal calling back for each step measured 15-20 % slower
   * in bench/fragments.bench.ts; `steps` runs only when a block is stored.
   */
  private walk(node: KeyNode | undefined, value: unknown): KeyNode | undefined {
    if (node === undefined) return undefined;
    if (typeof value !== 'object' || value === null) return node.next.get(this.scalar(value));
    if (value instanceof Date) return node.next.get(DATE)?.next.get(value.getTime());
    if (Object.isFrozen(value)) return node.next.get(this.identity(value));
    if (Array.isArray(value)) {
      let at = node.next.get(ARRAY_START);
      for (const item of value) at = this.walk(at, item);
      return at?.next.get(ARRAY_END);
    }
    this.assertPlain(value);
    let at = node.next.get(OBJECT_START);
    for (const name in value) {
      at = this.walk(at?.next.get(name), (value as Record<string, unknown>)[name]);
      if (at === undefined) return undefined;
    }
    return at?.next.get(OBJECT_END);
  }

  /** Writes `value`'s steps into `path`. */
  private steps(value: unknown, path: unknown[]): void {
    if (typeof value !== 'object' || value === null) path.push(this.scalar(value));
    else if (value instanceof Date) path.push(DATE, value.getTime());
    else if (Object.isFrozen(value)) path.push(this.identity(value));
    else if (Array.isArray(value)) {
      path.push(ARRAY_START);
      for (const item of value) this.steps(item, path);
      path.push(ARRAY_END);
    } else {
      this.assertPlain(value);
      path.push(OBJECT_START);
      for (const name in value) {
        path.push(name);
        this.steps((value as Record<string, unknown>)[name], path);
      }
      path.push(OBJECT_END);
    }
  }

  private scalar(value: unknown): unknown {
    const type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean' || value == null) return value;
    throw new TypeError(`a fragment's context holds a ${type}`);
  }

  /** Throws unless `value` is a plain object, whose content is its own fields. */
  private assertPlain(value: object): void {
    if (Object.getPrototypeOf(value) === Object.prototype) return;
    throw new TypeError(`a fragment's context holds a ${value.constructor?.name ?? 'object'}`);
  }

  private identity(value: object): symbol {
    let id = this.identities.get(value);
    if (id === undefined) this.identities.set(value, (id = Symbol('frozen')));
    return id;
  }

  private nodeAt(path: readonly unknown[]): KeyNode | undefined {
    let node: KeyNode | undefined = this.root;
    for (const step of path) node = node?.next.get(step);
    return node;
  }

  /** Forgets `block`, and the nodes of its path that lead nowhere else. */
  private remove(block: Block): void {
    this.blocks.delete(block);
    this.size -= block.weight;
    const nodes = [this.root];
    for (const step of block.path) nodes.push(nodes[nodes.length - 1].next.get(step)!);
    nodes[nodes.length - 1].block = undefined;
    for (let depth = block.path.length; depth > 0; depth -= 1) {
      const node = nodes[depth];
      if (node.block || node.next.size > 0) break;
      nodes[depth - 1].next.delete(block.path[depth - 1]);
    }
  }
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
 * (`this`, keyed by its content: FragmentStore), and `@root.locale`, `@root.timeZone` and
 * `@root.csrfToken`.
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
      const scope = [name, String(root.locale), String(root.timeZone)];
      parts = store.get(scope, this);
      if (parts === undefined) {
        parts = render().split(marker);
        store.set(scope, this, parts);
      } else if (mode === 'verify' && render() !== parts.join(marker)) {
        throw new Error(`fragment "${name}" rendered differently under the same key`);
      }
    }
    // Concatenated, not joined: `+` links the strings without copying them (the page is copied
    // once, when it is sent), where join copied each block on every view: 66 KB of the 440 KB
    // a thread page's view allocated.
    let html = parts[0];
    if (parts.length > 1) {
      const csrf = escaped(String(root.csrfToken ?? ''));
      for (let index = 1; index < parts.length; index += 1) html += csrf + parts[index];
    }
    return new Handlebars.SafeString(html);
  });
}

/**
 * The parts of a Handlebars environment this module touches. `JavaScriptCompiler` is the class
 * Handlebars documents for this use ("override these methods in a subclass to provide alternative
 * compiled forms for name lookup"); its types are not published, hence this shape.
 */
interface Compiler {
  nameLookup(parent: string, name: string, type: string): unknown;
  compiler: CompilerClass;
}

interface CompilerClass {
  new (): Compiler;
  prototype: Compiler;
}

interface HandlebarsEnvironment {
  JavaScriptCompiler: unknown;
}

/**
 * Names every object or function inherits. Handlebars reads a value through `lookupProperty`,
 * which refuses some inherited names (`constructor`, `__proto__`, `__defineGetter__`, …) so a
 * template cannot reach a prototype; these keep that guarded read.
 */
const INHERITED = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  ...Object.getOwnPropertyNames(Function.prototype),
  'prototype',
]);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Makes `handlebars` compile `{{post.author}}` to a plain property read (`depth0.post`) instead
 * of a call to its `lookupProperty` function for every name, which looks the name up by string
 * (one shared, megamorphic access), checks it is an own property and, when not, asks the
 * prototype-access rules. Each read in a compiled template then has its own inline cache.
 *
 * The rendered output is the same: the portal renders with Handlebars' prototype access allowed
 * by default (hbs's options), under which `lookupProperty` returns `parent[name]` for every name
 * but the inherited ones above, and those keep the guarded read. What the page gains, measured in
 * one process on the demo's 20-post thread page with the same locals, alternating: 340 → 241 µs
 * a render.
 */
export function readPropertiesDirectly(handlebars: object): void {
  const environment = handlebars as HandlebarsEnvironment;
  const Base = environment.JavaScriptCompiler as CompilerClass;
  class DirectReads extends Base {
    override nameLookup(parent: string, name: string, type: string): unknown {
      if (INHERITED.has(name)) return super.nameLookup(parent, name, type);
      return IDENTIFIER.test(name) ? [parent, '.', name] : [parent, '[', JSON.stringify(name), ']'];
    }
  }
  // Handlebars compiles each block with `new this.compiler()`: the blocks must use it too.
  DirectReads.prototype.compiler = DirectReads;
  environment.JavaScriptCompiler = DirectReads;
}

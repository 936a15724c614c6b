/**
 * The parts of Handlebars' compiler this module changes. `JavaScriptCompiler` is the class
 * Handlebars documents for this use ("override these methods in a subclass to provide alternative
 * compiled forms"); its types are not published, hence this shape.
 */
interface Compiler {
  nameLookup(parent: string, name: string, type: string): unknown;
  setupHelperArgs(...args: unknown[]): unknown;
  objectLiteral(fields: Record<string, unknown>): unknown;
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
 * Makes `handlebars` compile templates that do less at each render, with the same output:
 *
 * - `{{post.author}}` becomes a plain property read (`depth0.post`) instead of a call to its
 *   `lookupProperty` function for every name, which looks the name up by string (one shared,
 *   megamorphic access), checks it is an own property and, when not, asks the prototype-access
 *   rules. Each read then has its own inline cache. The portal renders with prototype access
 *   allowed by default (hbs's options), under which `lookupProperty` returns `parent[name]` for
 *   every name but the inherited ones above, and those keep the guarded read.
 * - A helper call no longer builds the template position of the call (`loc`: three objects)
 *   into its options every time. Handlebars itself reads it only in strict mode, which the
 *   portal does not use, and the portal's helpers never do.
 *
 * Measured in one process on the demo's 20-post thread page with the same locals, alternating:
 * the render went from 327–358 µs to 213–243 µs (the first change; the second is about 6 % of
 * the render and 7 % of what the page allocates).
 */
export function useLeanCompiler(handlebars: object): void {
  const environment = handlebars as HandlebarsEnvironment;
  const Base = environment.JavaScriptCompiler as CompilerClass;
  class LeanCompiler extends Base {
    private buildingHelperOptions = false;

    override nameLookup(parent: string, name: string, type: string): unknown {
      if (INHERITED.has(name)) return super.nameLookup(parent, name, type);
      return IDENTIFIER.test(name) ? [parent, '.', name] : [parent, '[', JSON.stringify(name), ']'];
    }

    override setupHelperArgs(...args: unknown[]): unknown {
      this.buildingHelperOptions = true;
      try {
        return super.setupHelperArgs(...args);
      } finally {
        this.buildingHelperOptions = false;
      }
    }

    override objectLiteral(fields: Record<string, unknown>): unknown {
      // The helper's options object: written out without its source location.
      if (this.buildingHelperOptions && 'loc' in fields && 'name' in fields) delete fields.loc;
      return super.objectLiteral(fields);
    }
  }
  // Handlebars compiles each block with `new this.compiler()`: the blocks must use it too.
  LeanCompiler.prototype.compiler = LeanCompiler;
  environment.JavaScriptCompiler = LeanCompiler;
}

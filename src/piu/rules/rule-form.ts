import { FIELD_CATALOGUE, type FieldType } from '../../screening/rules/field-catalogue';

/**
 * The rule form's criteria tree, and its two faces: the rows an HTML form posts (one per group
 * or condition, in document order, each naming its place with a path such as `r.1.0`) and the
 * criteria JSON the engine's loader reads. Plain functions, no Nest: the controller parses,
 * edits and renders with them, the service compiles what they produce.
 *
 * The root is always a group. A node's `negated` flag is the engine's `not` around it. Values
 * are the text typed; `toCriteria` types them by the field (numbers, true/false, lists for
 * `in`, a pair for `between`) and leaves text it cannot type as text, so the loader, not this
 * file, says what is wrong with it.
 */

export type GroupKind = 'all' | 'any';

export interface FormCondition {
  kind: 'condition';
  negated: boolean;
  field: string;
  op: string;
  value: string;
}

export interface FormGroup {
  kind: GroupKind;
  negated: boolean;
  children: FormNode[];
}

export type FormNode = FormCondition | FormGroup;

export const ROOT_PATH = 'r';
/** Most groups and conditions one rule form takes (the urlencoded parser takes 1,000 fields). */
export const MAX_FORM_NODES = 60;
/** Deepest nesting of groups under the root. */
export const MAX_FORM_DEPTH = 5;

const PATH = /^r(\.\d{1,3})*$/;

export function isGroup(node: FormNode): node is FormGroup {
  return node.kind !== 'condition';
}

export function emptyCondition(): FormCondition {
  return { kind: 'condition', negated: false, field: '', op: '=', value: '' };
}

export function newTree(): FormGroup {
  return { kind: 'all', negated: false, children: [emptyCondition()] };
}

function text(value: unknown, max = 2000): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** Posted rows arrive as an array, or (past qs's 20 indices) an object keyed by index. */
function rowsOf(posted: unknown): Record<string, unknown>[] {
  if (posted === null || typeof posted !== 'object') return [];
  const list = Array.isArray(posted)
    ? (posted as unknown[])
    : Object.entries(posted as Record<string, unknown>)
        .filter(([key]) => /^\d+$/.test(key))
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, row]) => row);
  return list.filter(
    (row): row is Record<string, unknown> => row !== null && typeof row === 'object',
  );
}

export interface ParsedTree {
  root: FormGroup;
  /** Each node by the path it was posted with (what the form's buttons name). */
  byPath: Map<string, FormNode>;
}

/**
 * The tree from posted rows. Rows whose path is malformed, too deep, past the limit, or whose
 * parent is not a posted group are dropped (only a hand-made post has them).
 */
export function parseRows(posted: unknown): ParsedTree {
  const byPath = new Map<string, FormNode>();
  let root: FormGroup = { kind: 'all', negated: false, children: [] };
  for (const row of rowsOf(posted).slice(0, MAX_FORM_NODES + 1)) {
    const path = text(row.path, 40);
    if (!PATH.test(path) || byPath.has(path)) continue;
    const depth = path.split('.').length - 1;
    if (depth > MAX_FORM_DEPTH) continue;
    const kind = text(row.kind);
    const negated = row.not === 'on' || row.not === 'true';
    let node: FormNode;
    if (kind === 'all' || kind === 'any') {
      node = { kind, negated, children: [] };
    } else if (kind === 'condition' && path !== ROOT_PATH) {
      node = {
        kind: 'condition',
        negated,
        field: text(row.field, 100).trim(),
        op: text(row.op, 20).trim(),
        value: text(row.value),
      };
    } else {
      continue;
    }
    if (path === ROOT_PATH) {
      root = node as FormGroup;
    } else {
      const parent = byPath.get(path.slice(0, path.lastIndexOf('.')));
      if (!parent || !isGroup(parent)) continue;
      parent.children.push(node);
    }
    byPath.set(path, node);
  }
  byPath.set(ROOT_PATH, root);
  return { root, byPath };
}

function countNodes(node: FormNode): number {
  return isGroup(node) ? 1 + node.children.reduce((sum, c) => sum + countNodes(c), 0) : 1;
}

/**
 * Applies one of the form's buttons: `add-condition:<group path>`, `add-group:<group path>`,
 * `remove:<path>` (not the root). Anything else, or past the limits, changes nothing.
 */
export function applyEdit(tree: ParsedTree, edit: string): void {
  const [action, path] = edit.split(':', 2);
  const node = path === undefined ? undefined : tree.byPath.get(path);
  if (!node) return;
  if (action === 'remove') {
    if (path === ROOT_PATH) return;
    const parent = tree.byPath.get(path.slice(0, path.lastIndexOf('.')));
    if (parent && isGroup(parent)) parent.children = parent.children.filter((c) => c !== node);
    return;
  }
  if (!isGroup(node) || countNodes(tree.root) >= MAX_FORM_NODES) return;
  if (action === 'add-condition') node.children.push(emptyCondition());
  if (action === 'add-group' && path.split('.').length <= MAX_FORM_DEPTH) {
    node.children.push({ kind: 'all', negated: false, children: [emptyCondition()] });
  }
}

// ---- form → criteria JSON ---------------------------------------------------------------

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

function typedText(raw: string, type: FieldType | undefined): unknown {
  const value = raw.trim();
  if (type === 'number') return NUMBER.test(value) ? Number(value) : value;
  if (type === 'boolean') {
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'yes') return true;
    if (lower === 'false' || lower === 'no') return false;
  }
  return value;
}

function listOf(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The JSON value of a condition, typed by its field; what cannot be typed stays text. */
export function conditionValue(condition: FormCondition): unknown {
  const type = FIELD_CATALOGUE.get(condition.field)?.type;
  switch (condition.op) {
    case 'exists':
      return condition.value.trim() === '' ? true : typedText(condition.value, 'boolean');
    case 'in':
      return listOf(condition.value).map((part) => typedText(part, type));
    case 'between': {
      const parts = listOf(condition.value);
      return parts.length === 2 ? parts.map((part) => typedText(part, type)) : condition.value;
    }
    case 'starts with':
    case 'contains':
      return condition.value.trim();
    default:
      return typedText(condition.value, type);
  }
}

/** The engine's criteria for a node: `{ all }`, `{ any }`, a condition, `{ not }` around it. */
export function toCriteria(node: FormNode): unknown {
  const inner = isGroup(node)
    ? { [node.kind]: node.children.map(toCriteria) }
    : { field: node.field, op: node.op, value: conditionValue(node) };
  return node.negated ? { not: inner } : inner;
}

// ---- criteria JSON → form ---------------------------------------------------------------

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function nodeOf(json: unknown, negated = false): FormNode {
  const object = (json ?? {}) as Record<string, unknown>;
  if ('not' in object) return nodeOf(object.not, !negated);
  for (const kind of ['all', 'any'] as const) {
    if (Array.isArray(object[kind])) {
      return { kind, negated, children: (object[kind] as unknown[]).map((c) => nodeOf(c)) };
    }
  }
  return {
    kind: 'condition',
    negated,
    field: typeof object.field === 'string' ? object.field : '',
    op: typeof object.op === 'string' ? object.op : '=',
    value: valueText(object.value),
  };
}

/** The form tree of stored criteria (a rule whose criteria are one condition gets an `all`). */
export function fromCriteria(criteria: unknown): FormGroup {
  const node = nodeOf(criteria);
  return isGroup(node) ? node : { kind: 'all', negated: false, children: [node] };
}

// ---- rows for the page ------------------------------------------------------------------

export interface FormRow {
  path: string;
  /** The group this row belongs to (none for the root). */
  parentPath?: string;
  depth: number;
  node: FormNode;
}

/** Every node in document order with the path the page posts it under. */
export function flatten(root: FormGroup): FormRow[] {
  const rows: FormRow[] = [];
  const visit = (node: FormNode, path: string, parentPath: string | undefined, depth: number) => {
    rows.push({ path, parentPath, depth, node });
    if (isGroup(node)) {
      node.children.forEach((child, i) => visit(child, `${path}.${i}`, path, depth + 1));
    }
  };
  visit(root, ROOT_PATH, undefined, 0);
  return rows;
}

// ---- the loader's paths → the form's nodes ----------------------------------------------

export type NodePart = 'node' | 'field' | 'op' | 'value';

/**
 * Which form node (by its rendered path) and which of its controls a loader path names, for a
 * tree rendered from `root`: `rules[0].criteria.all[1].not.value[0]` → `{ path: 'r.1', part:
 * 'value' }`. The criteria's own path is the root. Undefined when the path is not in the criteria.
 */
export function formPathOf(
  enginePath: string,
  root: FormGroup,
  criteriaPrefix = 'rules[0].criteria',
): { path: string; part: NodePart } | undefined {
  if (enginePath !== criteriaPrefix && !enginePath.startsWith(`${criteriaPrefix}.`)) {
    return undefined;
  }
  let rest = enginePath.slice(criteriaPrefix.length);
  let node: FormNode = root;
  let path = ROOT_PATH;
  while (rest !== '') {
    const step = /^\.(all|any)\[(\d+)\]|^\.not|^\.(all|any)$|^\.(field|op|value)(\[\d+\])?$/.exec(
      rest,
    );
    if (!step) return { path, part: 'node' };
    rest = rest.slice(step[0].length);
    if (step[1] !== undefined) {
      if (!isGroup(node)) return { path, part: 'node' };
      const child: FormNode | undefined = node.children[Number(step[2])];
      if (!child) return { path, part: 'node' };
      node = child;
      path = `${path}.${step[2]}`;
    } else if (step[4] !== undefined) {
      return { path, part: step[4] as NodePart };
    }
  }
  return { path, part: 'node' };
}

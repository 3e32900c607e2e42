import { decodeHTML } from 'entities';
import type { Node, PyValue } from './pythonExpression';
import { CharsetName, HtmlText, PythonError } from './pythonExpression';

/** How two HTML texts are judged equal (see htmlEquivalence.ts). */
export type HtmlEquals = (html: string, other: string) => boolean;

const isDict = (value: PyValue): value is { [key: string]: PyValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof HtmlText) && !(value instanceof CharsetName);

const asString = (value: PyValue): string | null => (typeof value === 'string' ? value : value instanceof HtmlText ? value.html : null);
/** Characters as Python counts them: HTML is measured by the text it shows ("&#8230;" is one character). */
const asText = (value: PyValue): string | null => (value instanceof HtmlText ? decodeHTML(value.html) : asString(value));

export function truthy(value: PyValue): boolean {
  if (value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof HtmlText) return value.html !== '';
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}

function equals(a: PyValue, b: PyValue, html: HtmlEquals): boolean {
  if (a instanceof CharsetName || b instanceof CharsetName) {
    const name = (value: PyValue): string | null => (value instanceof CharsetName ? value.name : typeof value === 'string' ? value : null);
    return name(a)?.toLowerCase() === name(b)?.toLowerCase();
  }
  if (a instanceof HtmlText && typeof b === 'string') return html(a.html, b);
  if (b instanceof HtmlText && typeof a === 'string') return html(b.html, a);
  if (a instanceof HtmlText && b instanceof HtmlText) return html(a.html, b.html);
  // Python: True == 1, False == 0.
  if ((typeof a === 'boolean' || typeof a === 'number') && (typeof b === 'boolean' || typeof b === 'number')) return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => equals(item, b[i] ?? null, html));
  if (isDict(a) && isDict(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && equals(a[key] ?? null, b[key] ?? null, html));
  }
  return a === b;
}

function contains(container: PyValue, item: PyValue, html: HtmlEquals): boolean {
  const text = asString(container);
  if (text !== null) {
    const needle = asString(item);
    if (needle === null) throw new PythonError('"in <string>" needs a string on the left');
    return text.includes(needle);
  }
  if (Array.isArray(container)) return container.some((element) => equals(element, item, html));
  if (isDict(container)) return typeof item === 'string' && item in container;
  throw new PythonError('"in" needs a string, list or dict on the right');
}

function index(target: PyValue, key: PyValue): PyValue {
  if (Array.isArray(target) || typeof target === 'string') {
    if (typeof key !== 'number') throw new PythonError('list indices must be integers');
    const at = key < 0 ? target.length + key : key;
    const value = target[at];
    if (value === undefined) throw new PythonError(`IndexError: ${key}`);
    return value;
  }
  if (isDict(target)) {
    if (typeof key !== 'string' || !(key in target)) throw new PythonError(`KeyError: ${JSON.stringify(key)}`);
    return target[key] ?? null;
  }
  throw new PythonError(`cannot index ${typeof target}`);
}

function compareOrder(op: string, a: PyValue, b: PyValue): boolean {
  if (!((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string'))) throw new PythonError(`cannot order ${typeof a} and ${typeof b}`);
  if (op === '<') return a < b;
  if (op === '>') return a > b;
  if (op === '<=') return a <= b;
  return a >= b;
}

function compare(op: string, left: PyValue, right: PyValue, html: HtmlEquals): boolean {
  switch (op) {
    case '==': return equals(left, right, html);
    case '!=': return !equals(left, right, html);
    case 'in': return contains(right, left, html);
    case 'not in': return !contains(right, left, html);
    case 'is': return left === right;
    case 'is not': return left !== right;
    default: return compareOrder(op, left, right);
  }
}

/** Evaluates an expression against named values (the feedparser-shaped view). */
export function evaluate(node: Node, names: Record<string, PyValue>, html: HtmlEquals): PyValue {
  const run = (n: Node): PyValue => evaluate(n, names, html);
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'name':
      if (!(node.name in names)) throw new PythonError(`NameError: ${node.name}`);
      return names[node.name] ?? null;
    case 'sequence':
      return node.items.map(run);
    case 'index':
      return index(run(node.target), run(node.index));
    case 'attribute': {
      // feedparser's FeedParserDict answers attribute access with its keys.
      const target = run(node.target);
      if (isDict(target) && node.name in target) return target[node.name] ?? null;
      throw new PythonError(`AttributeError: ${node.name}`);
    }
    case 'call': {
      if (node.callee.kind === 'attribute' && node.callee.name === 'get') {
        const target = run(node.callee.target);
        const [key, fallback] = node.args.map(run);
        if (!isDict(target) || typeof key !== 'string') throw new PythonError('get() needs a dict and a key');
        return key in target ? (target[key] ?? null) : (fallback ?? null);
      }
      const name = node.callee.kind === 'name' ? node.callee.name : '';
      const args = node.args.map(run);
      const [first] = args;
      if (name === 'len') {
        if (Array.isArray(first) || typeof first === 'string') return first.length;
        if (first instanceof HtmlText) return Array.from(asText(first) ?? '').length;
        if (first !== undefined && isDict(first)) return Object.keys(first).length;
      }
      if (name === 'ord') {
        const text = first === undefined ? null : asText(first);
        if (text !== null && Array.from(text).length === 1) return text.codePointAt(0) ?? 0;
      }
      if (name === '__neg__' && typeof first === 'number') return -first;
      throw new PythonError(`unsupported call ${name}()`);
    }
    case 'not':
      return !truthy(run(node.operand));
    case 'bool': {
      const left = run(node.left);
      if (node.op === 'and') return truthy(left) ? run(node.right) : left;
      return truthy(left) ? left : run(node.right);
    }
    case 'compare': {
      let left = run(node.operands[0] as Node);
      for (const [i, op] of node.ops.entries()) {
        const right = run(node.operands[i + 1] as Node);
        if (!compare(op, left, right, html)) return false;
        left = right;
      }
      return true;
    }
  }
}

/**
 * The subset of Python that feedparser's test files write their `Expect:`
 * lines in: and/or/not, comparisons (==, !=, <, >, in, not in, is), indexing
 * and attribute access, string literals (u'', r'', escapes), numbers, tuples,
 * lists, len() and ord(). Parsed to a small AST so a test can see which keys
 * an expectation reads before evaluating it.
 */

export type Node =
  | { kind: 'literal'; value: PyValue }
  | { kind: 'name'; name: string }
  | { kind: 'sequence'; items: Node[] }
  | { kind: 'index'; target: Node; index: Node }
  | { kind: 'attribute'; target: Node; name: string }
  | { kind: 'call'; callee: Node; args: Node[] }
  | { kind: 'not'; operand: Node }
  | { kind: 'bool'; op: 'and' | 'or'; left: Node; right: Node }
  /** Python chains comparisons: `a == b == c` is `a == b and b == c`. */
  | { kind: 'compare'; ops: string[]; operands: Node[] };

/** Values the view and literals produce. `HtmlText` compares by HTML meaning, not by spelling. */
export type PyValue = null | boolean | number | string | PyValue[] | { [key: string]: PyValue } | HtmlText | CharsetName;

export class HtmlText {
  constructor(readonly html: string) {}
}

/** A charset name: compared without regard to case, as IANA names are (RFC 2978 §2.3). */
export class CharsetName {
  constructor(readonly name: string) {}
}

export class PythonError extends Error {}

type Token = { type: 'name' | 'number' | 'string' | 'op'; text: string; value?: string | number };

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' };

function unescape(body: string, raw: boolean): string {
  if (raw) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\n|.)/g, (_whole, code: string) => {
    if (/^[xuU]/.test(code) && code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16));
    if (code === '\n') return '';
    return ESCAPES[code] ?? `\\${code}`;
  });
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:([uUrRbB]{0,2})('''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")|(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(==|!=|<=|>=|[()[\]{},.:<>+-]))/y;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) throw new PythonError(`cannot read ${JSON.stringify(source.slice(index, index + 20))}`);
    index = pattern.lastIndex;
    const [, prefix, quoted, number, name, op] = match;
    if (quoted !== undefined) {
      const triple = quoted.startsWith("'''") || quoted.startsWith('"""');
      const body = triple ? quoted.slice(3, -3) : quoted.slice(1, -1);
      tokens.push({ type: 'string', text: quoted, value: unescape(body, /r/i.test(prefix ?? '')) });
    } else if (number !== undefined) tokens.push({ type: 'number', text: number, value: Number(number) });
    else if (name !== undefined) tokens.push({ type: 'name', text: name });
    else if (op !== undefined) tokens.push({ type: 'op', text: op });
  }
  return tokens;
}

export function parsePython(source: string): Node {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (offset = 0): Token | undefined => tokens[position + offset];
  const isOp = (text: string, offset = 0): boolean => peek(offset)?.type === 'op' && peek(offset)?.text === text;
  const isWord = (text: string, offset = 0): boolean => peek(offset)?.type === 'name' && peek(offset)?.text === text;
  const expect = (text: string): void => {
    if (!isOp(text)) throw new PythonError(`expected ${text} at ${peek()?.text ?? 'end'}`);
    position++;
  };

  const orExpr = (): Node => {
    let left = andExpr();
    while (isWord('or')) { position++; left = { kind: 'bool', op: 'or', left, right: andExpr() }; }
    return left;
  };
  const andExpr = (): Node => {
    let left = notExpr();
    while (isWord('and')) { position++; left = { kind: 'bool', op: 'and', left, right: notExpr() }; }
    return left;
  };
  const notExpr = (): Node => {
    if (isWord('not')) { position++; return { kind: 'not', operand: notExpr() }; }
    return comparison();
  };
  const comparison = (): Node => {
    const operands = [arithmetic()];
    const ops: string[] = [];
    for (;;) {
      let op: string | null = null;
      if (peek()?.type === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(peek()?.text ?? '')) { op = peek()?.text ?? null; position++; }
      else if (isWord('in')) { op = 'in'; position++; }
      else if (isWord('not') && isWord('in', 1)) { op = 'not in'; position += 2; }
      else if (isWord('is') && isWord('not', 1)) { op = 'is not'; position += 2; }
      else if (isWord('is')) { op = 'is'; position++; }
      if (op === null) return ops.length === 0 ? (operands[0] as Node) : { kind: 'compare', ops, operands };
      ops.push(op);
      operands.push(arithmetic());
    }
  };
  const arithmetic = (): Node => {
    // Only unary minus is needed (negative numbers in tuples).
    if (isOp('-')) { position++; const operand = postfix(); return { kind: 'call', callee: { kind: 'name', name: '__neg__' }, args: [operand] }; }
    return postfix();
  };
  const postfix = (): Node => {
    let node = atom();
    for (;;) {
      if (isOp('[')) { position++; const index = orExpr(); expect(']'); node = { kind: 'index', target: node, index }; }
      else if (isOp('.')) { position++; const name = peek(); if (name?.type !== 'name') throw new PythonError('expected a name after .'); position++; node = { kind: 'attribute', target: node, name: name.text }; }
      else if (isOp('(')) { position++; node = { kind: 'call', callee: node, args: listUntil(')') }; }
      else return node;
    }
  };
  const listUntil = (close: string): Node[] => {
    const items: Node[] = [];
    while (!isOp(close)) {
      items.push(orExpr());
      if (!isOp(close)) expect(',');
    }
    position++;
    return items;
  };
  const atom = (): Node => {
    const token = peek();
    if (!token) throw new PythonError('unexpected end');
    position++;
    if (token.type === 'string') {
      let value = String(token.value);
      while (peek()?.type === 'string') { value += String(peek()?.value); position++; }
      return { kind: 'literal', value };
    }
    if (token.type === 'number') return { kind: 'literal', value: Number(token.value) };
    if (token.type === 'name') {
      if (token.text === 'None') return { kind: 'literal', value: null };
      if (token.text === 'True') return { kind: 'literal', value: true };
      if (token.text === 'False') return { kind: 'literal', value: false };
      return { kind: 'name', name: token.text };
    }
    if (token.text === '(' || token.text === '[') {
      const close = token.text === '(' ? ')' : ']';
      const startsAt = position;
      const items = listUntil(close);
      // "(x)" is x; "(x,)" and "[x]" are sequences.
      const trailingComma = tokens[position - 2]?.text === ',';
      if (close === ')' && items.length === 1 && !trailingComma && startsAt < position && items[0]) return items[0];
      return { kind: 'sequence', items };
    }
    throw new PythonError(`unexpected ${token.text}`);
  };

  const node = orExpr();
  if (position < tokens.length) throw new PythonError(`unexpected ${peek()?.text ?? ''} after the expression`);
  return node;
}

/**
 * The pieces of a typed query, in order: words (with an optional field and
 * a trailing *), quoted phrases, OR, parentheses and the minus that
 * excludes. Nothing here is a regular expression built from the input, and
 * each character is looked at a bounded number of times.
 */
export type Token =
  /** `(`, or `field:(` whose field the words inside take (as Gmail's `subject:(a b)`). */
  | { kind: 'open'; negated: boolean; field: string | null }
  | { kind: 'close' }
  | { kind: 'or' }
  /**
   * A word or phrase, maybe behind `field:` (lower-cased; `text` is '' for a
   * bare `title:`). `quoted` for "…"; `star` for a trailing *; `last` when it
   * ends the input with no space after; `raw` as typed, without the minus.
   */
  | { kind: 'term'; negated: boolean; field: string | null; text: string; quoted: boolean; star: boolean; last: boolean; raw: string };

const SPACE = /\s/;
/** A field name: ASCII letters then a colon. Tried on a short slice, so a long run of letters costs nothing. */
const FIELD = /^([A-Za-z]{1,20}):/;

export function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const c = input[i] as string;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' && i + 1 < n && !SPACE.test(input[i + 1] as string)) {
      negated = true;
      i++;
    } else if (c === '-') {
      i++;
      continue;
    }
    const d = input[i] as string;
    if (d === '(') {
      tokens.push({ kind: 'open', negated, field: null });
      i++;
      continue;
    }
    if (d === ')') {
      tokens.push({ kind: 'close' });
      i++;
      continue;
    }
    const start = i;
    // field:"quoted phrase", field:word or field:(group); or "quoted phrase"; or a bare run up to space, quote or parenthesis.
    let field: string | null = null;
    const fieldMatch = d === '"' ? null : FIELD.exec(input.slice(i, i + 22));
    if (fieldMatch) {
      field = (fieldMatch[1] as string).toLowerCase();
      i += fieldMatch[0].length;
      if (input[i] === '(') {
        tokens.push({ kind: 'open', negated, field });
        i++;
        continue;
      }
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? n : close;
      const text = input.slice(i + 1, end);
      i = close === -1 ? n : close + 1;
      tokens.push({ kind: 'term', negated, field, text, quoted: true, star: false, last: false, raw: input.slice(start, i) });
      continue;
    }
    let j = i;
    // A field's value (topic:medtop:04000000, a date) runs to the next space; a bare word also stops at a quote or parenthesis.
    while (j < n && !SPACE.test(input[j] as string) && !(input[j] === '"' && field === null) && input[j] !== '(' && input[j] !== ')') j++;
    let end = j;
    while (end > i && input[end - 1] === '*') end--;
    const text = input.slice(i, end);
    i = j;
    if (field === null && !negated && text === 'OR' && end === j) {
      tokens.push({ kind: 'or' });
      continue;
    }
    tokens.push({ kind: 'term', negated, field, text, quoted: false, star: end < j, last: j === n, raw: input.slice(start, j) });
  }
  return tokens;
}

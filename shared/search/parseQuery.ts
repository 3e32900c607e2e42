import { dateSpan } from './queryDates';
import { lex, type Token } from './queryLexer';
import type { ParsedQuery, QueryNode, SearchField, SearchFlag } from './searchQuery';
import { words } from './tokenize';

/** Longest query read: longer input is cut, with a note. */
export const MAX_QUERY_CHARS = 2000;
/** Most terms one query may hold. */
export const MAX_TERMS = 64;

// Maps rather than object literals: a typed "constructor:" or "is:__proto__" must not find Object.prototype's members.
const TEXT_FIELDS = new Map<string, SearchField>([
  ['title', 'title'], ['author', 'author'], ['by', 'author'], ['section', 'section'], ['source', 'source'], ['credit', 'credit'],
  ['tag', 'tag'], ['person', 'person'], ['place', 'place'], ['org', 'org'], ['topic', 'topic'],
]);
const FLAGS = new Map<string, Map<string, SearchFlag>>([
  ['is', new Map([['unread', 'unread'], ['starred', 'starred'], ['updated', 'updated']])],
  ['has', new Map(['image', 'images', 'picture', 'pictures', 'photo', 'photos'].map((name) => [name, 'image']))],
]);
/** Every filter the language knows, with an example of its value for the note when one is left empty. */
const FILTERS = new Map<string, string>([
  ['title', 'cocoa'], ['author', '"Jane Doe"'], ['by', 'doe'], ['section', 'business'], ['source', 'reuters'], ['credit', 'ap'], ['tag', 'japan'],
  ['person', 'blinken'], ['place', 'geneva'], ['org', 'opec'], ['topic', 'medtop:04000000'], ['before', '2023-05-29'], ['after', '7d'], ['on', '2023-05'],
  ['is', 'unread'], ['has', 'image'],
]);

interface Options {
  /** The moment relative dates (7d) count back from. */
  now?: number;
  /** The person is still typing: the last word, if nothing follows it, matches as a prefix. */
  typing?: boolean;
}

const and = (children: QueryNode[]): QueryNode => {
  const flat: QueryNode[] = children.flatMap((c) => (c.type === 'and' ? c.children : [c])).filter((c) => c.type !== 'all');
  if (flat.length === 0) return { type: 'all' };
  // Only exclusions: everything, less those.
  if (!flat.some((c) => c.type !== 'not')) flat.unshift({ type: 'all' });
  return flat.length === 1 ? (flat[0] as QueryNode) : { type: 'and', children: flat };
};
const or = (children: QueryNode[]): QueryNode => {
  const flat = children.flatMap((c) => (c.type === 'or' ? c.children : [c]));
  return flat.length === 1 ? (flat[0] as QueryNode) : { type: 'or', children: flat };
};

/**
 * Reads what the person typed into a query (see SearchQuery): words that
 * must all match, "phrases", OR (tighter than the implicit AND, as in web
 * search), -exclusions, prefix*, parentheses, and field filters. It never
 * throws: whatever can't be read as written is read another sensible way,
 * and `notes` says how.
 */
export function parseQuery(input: string, options: Options = {}): ParsedQuery {
  const notes: string[] = [];
  const now = options.now ?? Date.now();
  let text = input;
  // A query cut short does not end in a word being typed: its last word is only where the cut fell.
  let typing = options.typing === true;
  if (text.length > MAX_QUERY_CHARS) {
    text = text.slice(0, MAX_QUERY_CHARS);
    typing = false;
    notes.push(`Only the first ${MAX_QUERY_CHARS.toLocaleString('en')} characters of the search were used.`);
  }
  const tokens = lex(text);
  let at = 0;
  let terms = 0;

  /** What a `field:` means here, or null for text (with a note when the field is unknown). */
  const knownField = (field: string, shown: string): string | null => {
    if (FILTERS.has(field)) return field;
    notes.push(`There is no “${field}:” filter, so “${shown}” was searched as text.`);
    return null;
  };

  /** One term as a node, in its own field or the field of the group around it; null when it searches for nothing. */
  const termNode = (token: Extract<Token, { kind: 'term' }>, groupField: string | null): QueryNode | null => {
    const field = token.field ?? groupField;
    const shown = token.field === null && groupField !== null ? `${groupField}:${token.raw}` : token.raw;
    if (field !== null && token.text === '' && !token.quoted) {
      // A bare "x:" is a word with a colon after it; a bare "title:" is a filter still waiting for its value.
      const example = FILTERS.get(field);
      if (example === undefined) return termNode({ ...token, field: null, text: token.raw }, groupField);
      if (!(typing && token.last)) notes.push(`“${shown}” was left out: put what to look for right after the colon, as in ${field}:${example}.`);
      return null;
    }
    if (field === 'before' || field === 'after' || field === 'on') {
      const span = dateSpan(token.text, now);
      if (!span) {
        notes.push(`“${shown}” was left out: dates are written 2023, 2023-05, 2023-05-29, or 7d, 2w, 3m, 1y for days, weeks, months or years ago.`);
        return null;
      }
      if (field === 'before') return { type: 'date', from: null, to: span.moment ?? span.start };
      if (field === 'after') return { type: 'date', from: span.moment ?? span.end, to: null };
      return { type: 'date', from: span.start, to: span.end };
    }
    if (field === 'is' || field === 'has') {
      const flag = FLAGS.get(field)?.get(token.text.toLowerCase());
      if (!flag) {
        notes.push(`“${shown}” was left out: use is:unread, is:starred, is:updated or has:image.`);
        return null;
      }
      return { type: 'flag', flag };
    }
    let target: SearchField = 'text';
    let value = token.text;
    if (field !== null) {
      const known = TEXT_FIELDS.get(field);
      if (known) target = known;
      else {
        // The field is part of what was typed (foo:bar, http://…): its words are searched too.
        notes.push(`There is no “${field}:” filter, so “${shown}” was searched as text.`);
        value = token.raw.replace(/^"|"$/g, '');
      }
    }
    const folded = words(value);
    if (folded.length === 0) return null;
    if (token.quoted || folded.length > 1) return { type: 'phrase', field: target, words: folded };
    // Still being typed: the last word grows. An exclusion waits until it is whole.
    const prefix = token.star || (typing && token.last && !token.negated);
    return { type: 'word', field: target, word: folded[0] as string, prefix };
  };

  /** One term or group, with its minus; null when it searches for nothing (an empty group, an unknown is:). */
  const unary = (groupField: string | null): QueryNode | null => {
    const token = tokens[at++] as Token;
    if (token.kind === 'open') {
      const field = token.field === null ? groupField : knownField(token.field, `${token.field}:(…)`);
      const inner = sequence(true, field);
      // "()" or "-()" asks for nothing: it neither narrows the search nor, excluded, empties it.
      if (inner.type === 'all') return null;
      return token.negated ? { type: 'not', child: inner } : inner;
    }
    if (token.kind !== 'term') return null;
    const node = termNode(token, groupField);
    if (!node) return null;
    if (terms >= MAX_TERMS) {
      notes.push(`Only the first ${MAX_TERMS} terms of the search were used.`);
      return null;
    }
    terms++;
    return token.negated ? { type: 'not', child: node } : node;
  };

  /** Terms ANDed together, each maybe an OR of several, up to a closing parenthesis or the end. */
  const sequence = (inGroup: boolean, groupField: string | null): QueryNode => {
    const parts: QueryNode[] = [];
    let pendingOr: QueryNode[] | null = null;
    let closed = false;
    while (at < tokens.length) {
      const token = tokens[at] as Token;
      if (token.kind === 'close') {
        at++;
        if (inGroup) {
          closed = true;
          break;
        }
        notes.push('A “)” with no “(” before it was passed over.');
        continue;
      }
      if (token.kind === 'or') {
        at++;
        // OR joins the last term with the next; with nothing before it, it is passed over.
        const last = parts.pop();
        if (last) pendingOr = [...(pendingOr ?? []), last];
        continue;
      }
      const node = unary(groupField);
      if (!node) continue;
      if (pendingOr) {
        parts.push(or([...pendingOr, node]));
        pendingOr = null;
      } else parts.push(node);
    }
    // "a OR" at the end: the dangling OR changes nothing.
    if (pendingOr) parts.push(or(pendingOr));
    if (inGroup && !closed) notes.push('A “(” was not closed; it was closed at the end.');
    return and(parts);
  };

  const root = sequence(false, null);
  if (root.type === 'all' && text.trim() !== '' && notes.length === 0) notes.push(`“${text.trim().slice(0, 40)}” has no words to search for, so every article is shown.`);
  const highlight: string[][] = [];
  const collect = (node: QueryNode, negated: boolean): void => {
    if (node.type === 'not') collect(node.child, !negated);
    else if (node.type === 'and' || node.type === 'or') for (const child of node.children) collect(child, negated);
    else if (!negated && (node.type === 'word' || node.type === 'phrase') && (node.field === 'text' || node.field === 'title')) highlight.push(node.type === 'word' ? [node.word] : node.words);
  };
  collect(root, false);
  return { root, highlight, notes: [...new Set(notes)] };
}

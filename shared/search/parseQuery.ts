import { dateSpan } from './queryDates';
import { lex, type Token } from './queryLexer';
import type { ParsedQuery, QueryNode, SearchField, SearchFlag } from './searchQuery';
import { words } from './tokenize';

/** Longest query read: longer input is cut, with a note. */
export const MAX_QUERY_CHARS = 2000;
/** Most terms one query may hold. */
export const MAX_TERMS = 64;

const TEXT_FIELDS: Record<string, SearchField> = {
  title: 'title', author: 'author', by: 'author', section: 'section', source: 'source', credit: 'credit',
  tag: 'tag', person: 'person', place: 'place', org: 'org', topic: 'topic',
};
const FLAGS: Record<string, Record<string, SearchFlag>> = {
  is: { unread: 'unread', starred: 'starred', updated: 'updated' },
  has: { image: 'image', images: 'image', picture: 'image', pictures: 'image', photo: 'image', photos: 'image' },
};

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
  if (text.length > MAX_QUERY_CHARS) {
    text = text.slice(0, MAX_QUERY_CHARS);
    notes.push(`Only the first ${MAX_QUERY_CHARS.toLocaleString('en')} characters of the search were used.`);
  }
  const tokens = lex(text);
  let at = 0;
  let terms = 0;

  const termNode = (token: Extract<Token, { kind: 'term' }>): QueryNode | null => {
    const field = token.field;
    if (field === 'before' || field === 'after' || field === 'on') {
      const span = dateSpan(token.text, now);
      if (!span) {
        notes.push(`“${token.raw}” was left out: dates are written 2023, 2023-05, 2023-05-29, or 7d, 2w, 3m, 1y for days, weeks, months or years ago.`);
        return null;
      }
      if (field === 'before') return { type: 'date', from: null, to: span.moment ?? span.start };
      if (field === 'after') return { type: 'date', from: span.moment ?? span.end, to: null };
      return { type: 'date', from: span.start, to: span.end };
    }
    if (field === 'is' || field === 'has') {
      const flag = FLAGS[field]?.[token.text.toLowerCase()];
      if (!flag) {
        notes.push(`“${token.raw}” was left out: use is:unread, is:starred, is:updated or has:image.`);
        return null;
      }
      return { type: 'flag', flag };
    }
    let target: SearchField = 'text';
    let value = token.text;
    if (field !== null) {
      const known = TEXT_FIELDS[field];
      if (known) target = known;
      else {
        notes.push(`There is no “${field}:” filter, so “${token.raw.replace(/^-/, '')}” was searched as text.`);
        value = token.raw.replace(/^-/, '').replace(/^"|"$/g, '');
      }
    }
    const folded = words(value);
    if (folded.length === 0) return null;
    if (token.quoted || folded.length > 1) return { type: 'phrase', field: target, words: folded };
    // Still being typed: the last word grows. An exclusion waits until it is whole.
    const prefix = token.star || (options.typing === true && token.last && !token.negated);
    return { type: 'word', field: target, word: folded[0] as string, prefix };
  };

  const unary = (): QueryNode | null => {
    const token = tokens[at++] as Token;
    if (token.kind === 'open') {
      const inner = sequence(true);
      return token.negated ? { type: 'not', child: inner } : inner;
    }
    if (token.kind !== 'term') return null;
    if (terms >= MAX_TERMS) {
      if (terms === MAX_TERMS) notes.push(`Only the first ${MAX_TERMS} terms of the search were used.`);
      terms++;
      return null;
    }
    terms++;
    const node = termNode(token);
    return node && token.negated ? { type: 'not', child: node } : node;
  };

  /** Terms ANDed together, each maybe an OR of several, up to a closing parenthesis or the end. */
  const sequence = (inGroup: boolean): QueryNode => {
    const parts: QueryNode[] = [];
    let pendingOr: QueryNode[] | null = null;
    while (at < tokens.length) {
      const token = tokens[at] as Token;
      if (token.kind === 'close') {
        at++;
        if (inGroup) break;
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
      const node = unary();
      if (!node) continue;
      if (pendingOr) {
        parts.push(or([...pendingOr, node]));
        pendingOr = null;
      } else parts.push(node);
    }
    // "a OR" at the end: the dangling OR changes nothing.
    if (pendingOr) parts.push(or(pendingOr));
    if (inGroup && at >= tokens.length && tokens.at(-1)?.kind !== 'close') notes.push('A “(” was not closed; it was closed at the end.');
    return and(parts);
  };

  const root = sequence(false);
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

import { FeedError } from './feedError';

/**
 * Reads the entity declarations in a feed's DOCTYPE and refuses the ones that
 * are attacks: external entities (XXE: `<!ENTITY x SYSTEM "file:///etc/passwd">`)
 * and entities whose expansion explodes ("billion laughs"). Nothing is ever
 * fetched or read: the only external declaration allowed is the W3C XHTML
 * character entity sets, whose contents we know (the HTML named entities).
 */

/** The largest text one declared entity may expand to. Real feeds use entities for a word or a URL prefix. */
export const MAX_ENTITY_EXPANSION = 10_000;

// `<!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" "…xhtml-lat1.ent">`, as in old RDF feeds.
const XHTML_ENTITY_SET = /^-\/\/W3C\/\/ENTITIES [\w .-]+ for XHTML\/\/EN$/;

const DECLARATION =
  /<!ENTITY\s+(%\s+)?([^\s%;"'<>]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\s+(?:"([^"]*)"|'([^']*)')(?:\s+(?:"([^"]*)"|'([^']*)'))?)[^>]*>/gi;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function refuseExternal(name: string, target: string): never {
  throw new FeedError(
    'unsafe',
    `The feed declares an external entity "${name}" that points at ${JSON.stringify(target)}; it was refused, and nothing was read from there.`,
  );
}

/** The DOCTYPE's internal subset: between its `[` and `]`. */
function internalSubset(doctype: string): string {
  const open = doctype.indexOf('[');
  const close = doctype.lastIndexOf(']');
  return open >= 0 && close > open ? doctype.slice(open + 1, close) : '';
}

/**
 * The declared general entities with their values fully expanded, or a
 * FeedError('unsafe') when a declaration is external or expands too far.
 * Lengths are worked out before any string is built, so a billion-laughs
 * declaration is refused after a few additions, not after gigabytes.
 */
export function readDoctypeEntities(doctype: string, resolveNamed: (name: string) => string | null): Map<string, string> {
  const subset = internalSubset(doctype);
  const raw = new Map<string, string>();
  for (const match of subset.matchAll(DECLARATION)) {
    const [, percent, name = '', double, single, external, first, firstSingle, second, secondSingle] = match;
    if (external) {
      const publicId = external.toUpperCase() === 'PUBLIC' ? (first ?? firstSingle ?? '') : null;
      const systemId = external.toUpperCase() === 'PUBLIC' ? (second ?? secondSingle ?? '') : (first ?? firstSingle ?? '');
      if (percent && publicId !== null && XHTML_ENTITY_SET.test(publicId)) continue;
      refuseExternal(name, systemId || publicId || '');
    }
    if (percent) {
      throw new FeedError('unsafe', `The feed declares a parameter entity "%${name};" in its DOCTYPE; such declarations are refused.`);
    }
    // The first declaration of a name wins (XML 1.0 §4.2).
    if (!raw.has(name)) raw.set(name, double ?? single ?? '');
  }
  if (/<!ENTITY\b/i.test(subset.replace(DECLARATION, ''))) {
    throw new FeedError('unsafe', 'The feed declares entities in a form this reader does not accept; it was refused.');
  }
  if (raw.size === 0) return new Map();

  const lengths = new Map<string, number>();
  const visiting = new Set<string>();
  const lengthOf = (name: string): number => {
    const known = lengths.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) throw new FeedError('unsafe', `The feed declares an entity "${name}" that refers to itself; it was refused.`);
    visiting.add(name);
    let total = 0;
    for (const part of splitReferences(raw.get(name) ?? '')) {
      total += typeof part === 'string' ? part.length : raw.has(part.ref) ? lengthOf(part.ref) : (PREDEFINED[part.ref] ?? resolveNamed(part.ref) ?? `&${part.ref};`).length;
      if (total > MAX_ENTITY_EXPANSION) {
        throw new FeedError(
          'unsafe',
          `The feed declares entities that expand to more than ${MAX_ENTITY_EXPANSION.toLocaleString('en')} characters ("${name}"), the pattern of an entity-expansion attack; it was refused.`,
        );
      }
    }
    visiting.delete(name);
    lengths.set(name, total);
    return total;
  };
  const values = new Map<string, string>();
  const valueOf = (name: string): string => {
    const known = values.get(name);
    if (known !== undefined) return known;
    const value = splitReferences(raw.get(name) ?? '')
      .map((part) => (typeof part === 'string' ? part : raw.has(part.ref) ? valueOf(part.ref) : (PREDEFINED[part.ref] ?? resolveNamed(part.ref) ?? `&${part.ref};`)))
      .join('');
    values.set(name, value);
    return value;
  };
  for (const name of raw.keys()) lengthOf(name);
  for (const name of raw.keys()) valueOf(name);
  return values;
}

/** An entity value as literal text and `&name;` references; character references are expanded at once, as XML does. */
function splitReferences(value: string): Array<string | { ref: string }> {
  const parts: Array<string | { ref: string }> = [];
  let last = 0;
  for (const match of value.matchAll(/&(#x[0-9a-f]+|#\d+|[^\s&;]+);/gi)) {
    const body = match[1] ?? '';
    if (match.index > last) parts.push(value.slice(last, match.index));
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      parts.push(code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match[0]);
    } else {
      parts.push({ ref: body });
    }
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push(value.slice(last));
  return parts;
}

import type { NormalizedArticle } from '../../shared/model';
import { looksLikeNinjs, readNinjsFile } from '../ninjs/readNinjsFile';

/** Where wire APIs put their list of items: a bare array, or under one of these keys (Superdesk's content API says `_items`). */
const LIST_KEYS = ['items', '_items', 'data', 'results'];

/** Largest JSON body looked at as a ninjs feed. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;

function itemsOf(parsed: unknown): unknown {
  if (Array.isArray(parsed) || typeof parsed !== 'object' || parsed === null) return parsed;
  for (const key of LIST_KEYS) {
    const list = (parsed as Record<string, unknown>)[key];
    if (Array.isArray(list)) return list;
  }
  return parsed;
}

/**
 * A feed of IPTC ninjs items: an address that answers with one ninjs item,
 * a list of them, or a list under `items` (as wire APIs do). Null when the
 * body is not ninjs, so the caller reads it as RSS, Atom or JSON Feed.
 * Items that break their schema are still read (see readNinjsFile).
 */
export function ninjsFeedArticles(body: Uint8Array, contentType: string | null, name: string): { articles: NormalizedArticle[]; title: string | null } | null {
  if (body.length > MAX_JSON_BYTES) return null;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8').replace(/^\uFEFF/, '');
  if (!/^\s*[[{]/.test(text) && !/json/i.test(contentType ?? '')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  // A JSON Feed also has `items`: it is left to the feed parser.
  if (typeof parsed === 'object' && parsed !== null && /jsonfeed\.org/.test(String((parsed as { version?: unknown }).version))) return null;
  const items = itemsOf(parsed);
  if (!looksLikeNinjs(items) || (Array.isArray(items) && items.length === 0)) return null;
  const { articles } = readNinjsFile(items, name);
  const title = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && typeof (parsed as { title?: unknown }).title === 'string' && items !== parsed ? (parsed as { title: string }).title : null;
  return { articles, title };
}

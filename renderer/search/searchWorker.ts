/// <reference lib="webworker" />
import { parseQuery } from '../../shared/search/parseQuery';
import type { QueryNode } from '../../shared/search/searchQuery';
import { snippet } from '../../shared/search/snippet';
import { htmlText } from '../../shared/search/htmlText';
import { ArchiveDb } from '../archive/db';
import { IndexKeeper } from './IndexKeeper';
import { IndexStore } from './indexStore';
import type { SearchRequest, SearchResponse, WorkerMessage, WorkerRequest } from './searchProtocol';

/**
 * The search worker: the index lives here, off the UI thread, so typing
 * never waits on it. It opens the archive itself (IndexedDB works in
 * workers) to read articles for indexing and for snippets.
 */
declare const self: DedicatedWorkerGlobalScope;

const started = performance.now();
const archive = new ArchiveDb();
const post = (message: WorkerMessage) => self.postMessage(message);
const keeper = new IndexKeeper(archive, new IndexStore(), (status) => post({ status }));
// A failure is reported as the index's status (see IndexKeeper.start).
void keeper.start(started).catch(() => undefined);

/** Prefix words of a query: these are highlighted as starts of words. */
function prefixesOf(node: QueryNode, out: string[] = []): string[] {
  if (node.type === 'word' && node.prefix && node.field === 'text') out.push(node.word);
  if (node.type === 'and' || node.type === 'or') for (const child of node.children) prefixesOf(child, out);
  return out;
}

/** True when a query holds a phrase, which needs the index's word positions. */
function hasPhrase(node: QueryNode): boolean {
  if (node.type === 'phrase') return true;
  if (node.type === 'not') return hasPhrase(node.child);
  return (node.type === 'and' || node.type === 'or') && node.children.some(hasPhrase);
}

async function search(request: SearchRequest): Promise<SearchResponse> {
  const parsed = parseQuery(request.query, { typing: request.typing });
  if (hasPhrase(parsed.root)) await keeper.positionsLoaded;
  const t0 = performance.now();
  const result = keeper.index.search(parsed.root, { limit: request.limit, offset: request.offset ?? 0, sort: request.sort });
  const tookMs = performance.now() - t0;
  const prefixes = prefixesOf(parsed.root);
  const words = parsed.highlight.flat().filter((w) => !prefixes.includes(w));
  const articles = await archive.articles.bulkGet(result.hits.map((h) => h.id));
  const names = keeper.names;
  const hits = result.hits.flatMap((hit, i) => {
    const article = articles[i];
    if (!article) return [];
    const text = `${article.dek ?? ''} ${htmlText(article.bodyHtml)}`;
    return [{ id: hit.id, headline: article.headline, source: names.get(article.sourceId) ?? '', date: hit.date, snippet: snippet(text, words, prefixes) }];
  });
  return { total: result.total, hits, notes: parsed.notes, highlight: { words, prefixes }, tookMs };
}

async function handle(message: WorkerRequest): Promise<unknown> {
  await keeper.searchable;
  switch (message.kind) {
    case 'search':
      // Not queued behind index work: a search reads the index as it stands (each change is applied whole, between awaits).
      return search(message.request);
    case 'counts':
      await keeper.positionsLoaded;
      return message.queries.map((query) => keeper.index.evaluate(parseQuery(query).root).length);
    case 'ids':
      await keeper.positionsLoaded;
      return Array.from(keeper.index.evaluate(parseQuery(message.query).root), (doc) => keeper.index.ids[doc]);
    case 'changed':
      return keeper.serially(() => keeper.applyChanges());
    case 'save':
      return keeper.serially(() => keeper.save());
    case 'rebuild':
      return keeper.serially(() => keeper.rebuild());
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  handle(message).then(
    (value) => post({ id: message.id, ok: true, value }),
    (error: unknown) => post({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};

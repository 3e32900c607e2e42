import type { SnippetPart } from '../../shared/search/snippet';

/** What the search box asks for. */
export interface SearchRequest {
  query: string;
  /** The last word is still being typed: it matches as a prefix. */
  typing: boolean;
  sort: 'relevance' | 'date';
  limit: number;
  offset?: number;
}

export interface SearchResultItem {
  id: string;
  headline: string;
  source: string;
  /** The article's date (epoch ms). */
  date: number;
  snippet: SnippetPart[];
}

export interface SearchResponse {
  total: number;
  hits: SearchResultItem[];
  /** What was read differently from how it was typed, in words. */
  notes: string[];
  /** Folded words and prefixes to mark in the opened article. */
  highlight: { words: string[]; prefixes: string[] };
  /** Time the index took, in milliseconds (not counting snippets). */
  tookMs: number;
}

/** Where the index stands, pushed whenever it changes. */
export interface SearchStatus {
  state: 'loading' | 'building' | 'ready' | 'failed';
  documents: number;
  /** While building: articles indexed so far, of `total`. */
  done?: number;
  total?: number;
  /** How the index came to be ready: from its saved snapshot, or built from the archive. */
  loadedFrom?: 'snapshot' | 'archive';
  /** Milliseconds from the worker starting to the index answering. */
  readyMs?: number;
  /** False while changes are applied in memory but not yet saved (the save follows once they settle). */
  saved?: boolean;
  /** Articles the start-up check found out of step with the archive, and put right. */
  repaired?: number;
  error?: string;
}

export type WorkerRequest =
  | { id: number; kind: 'search'; request: SearchRequest }
  | { id: number; kind: 'counts'; queries: string[] }
  /** Every article a query matches, for "tag everything matching this search". */
  | { id: number; kind: 'ids'; query: string }
  | { id: number; kind: 'rebuild' }
  /** The archive changed: read the change queue. */
  | { id: number; kind: 'changed' }
  /** Save now (tests and benchmarks; the worker also saves on its own after changes settle). */
  | { id: number; kind: 'save' };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export type WorkerMessage = WorkerReply | { status: SearchStatus };

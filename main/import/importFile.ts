import type { ImportFileResult } from '../../shared/host/contract';
import type { NormalizedArticle } from '../../shared/model';
import { FeedError } from '../feeds/feedError';
import { feedItemToArticle } from '../feeds/feedItemToArticle';
import { looksLikeFeed, parseFeed } from '../feeds/parseFeed';
import { looksLikeNinjs, readNinjsFile } from '../ninjs/readNinjsFile';
import { extractPage } from '../pages/extractPage';
import { decodeText } from './decodeText';
import { ImportError } from './importError';
import { importPlainText } from './plainText/plainTextImporter';

/** A feed file (RSS, Atom, JSON Feed) as one article per item. */
function readFeedFile(bytes: Uint8Array, fileName: string): NormalizedArticle[] {
  try {
    const feed = parseFeed(bytes, { contentType: null, url: null });
    if (feed.items.length === 0) {
      throw new ImportError(`"${fileName}" is a feed${feed.title ? ` ("${feed.title}")` : ''} with no items in it, so there is nothing to import.`);
    }
    const source = { id: `file:${fileName}`, name: fileName, kind: 'file' as const };
    return feed.items.map((item) => feedItemToArticle(item, feed, source));
  } catch (error) {
    if (error instanceof FeedError) throw new ImportError(`"${fileName}" looks like a feed but could not be read. ${error.message}`);
    throw error;
  }
}

/** A JSON file: a JSON Feed was taken earlier, so this is ninjs or nothing we know. */
function readJsonFile(text: string, fileName: string): FileReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`"${fileName}" looks like JSON but could not be read (${error instanceof Error ? error.message : String(error)}). Check that the file is complete.`);
  }
  if (!looksLikeNinjs(parsed)) {
    throw new ImportError(`"${fileName}" is JSON, but neither a JSON Feed nor an IPTC ninjs news item, so Newsroom Reader can't import it.`);
  }
  return readNinjsFile(parsed, fileName);
}

/** What a file gave: its articles, and what was wrong but could be read past. */
export interface FileReading {
  articles: NormalizedArticle[];
  warnings: string[];
}

/**
 * The one path from a file's bytes to normalized articles, used by the app
 * (both hosts) and by `newsroom parse`. Importers plug in here by what the
 * bytes look like: feeds, ninjs (JSON), pasted text.
 */
export function readFile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): FileReading {
  if (bytes.length > 0 && looksLikeFeed(bytes)) return { articles: readFeedFile(bytes, fileName), warnings: [] };
  const text = decodeText(bytes, fileName);
  if (/^[[{]/.test(text.trimStart())) return readJsonFile(text, fileName);
  if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text.trimStart())) return { articles: [readPageFile(text, fileName, options.url ?? null)], warnings: [] };
  return { articles: readTextFile(text, fileName), warnings: [] };
}

export interface ReadOptions {
  /** For a saved web page: the address it came from, so its links resolve and its id follows the page. */
  url?: string;
}

/** Largest saved page read: an article page is rarely over a few megabytes, and a DOM of much more costs gigabytes. */
const MAX_PAGE_CHARS = 8 * 1024 * 1024;

/** A saved web page: its article, or a refusal when there is none to find. */
function readPageFile(html: string, fileName: string, url: string | null): NormalizedArticle {
  if (html.length > MAX_PAGE_CHARS) {
    throw new ImportError(`"${fileName}" is a web page of ${Math.round(html.length / 1024 / 1024)} MB, too large to be one article (the most is ${MAX_PAGE_CHARS / 1024 / 1024} MB). Save the story's own page, without its attachments.`);
  }
  const article = extractPage(html, { url, name: url ?? fileName });
  if (article.bodyText.trim() === '') {
    throw new ImportError(`"${fileName}" is a web page, but no article could be found in it (it may be only scripts, or an index of links). Save the story's own page and import that.`);
  }
  return article;
}

/** readFile's articles alone. */
export function readArticles(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): NormalizedArticle[] {
  return readFile(bytes, fileName, options).articles;
}

function readTextFile(text: string, fileName: string): NormalizedArticle[] {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (/^<(?:!doctype\s+html|html|\?xml|rss|feed|rdf:rdf)\b/.test(start)) {
    throw new ImportError(
      `"${fileName}" is a web page or feed. This version imports pasted articles (plain text); save the story's text as .txt and import that.`,
    );
  }
  return [importPlainText(text, fileName)];
}

/** readArticles, with any failure turned into a message for this file alone. */
export function importFile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): ImportFileResult {
  try {
    const { articles, warnings } = readFile(bytes, fileName, options);
    return warnings.length > 0 ? { fileName, ok: true, articles, warnings } : { fileName, ok: true, articles };
  } catch (error) {
    const message =
      error instanceof ImportError
        ? error.message
        : `"${fileName}" could not be read (${error instanceof Error ? error.message : String(error)}). Check that it is a text article and try again.`;
    return { fileName, ok: false, error: message };
  }
}

import type { ImportFileResult } from '../../shared/host/contract';
import type { NormalizedArticle } from '../../shared/model';
import { FeedError } from '../feeds/feedError';
import { feedItemToArticle } from '../feeds/feedItemToArticle';
import { looksLikeFeed, parseFeed } from '../feeds/parseFeed';
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

/**
 * The one path from a file's bytes to normalized articles, used by the app
 * (both hosts) and by `newsroom parse`. Importers for pages and ninjs plug
 * in here by what the bytes look like.
 */
export function readArticles(bytes: Uint8Array, fileName: string): NormalizedArticle[] {
  if (bytes.length > 0 && looksLikeFeed(bytes)) return readFeedFile(bytes, fileName);
  const text = decodeText(bytes, fileName);
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (/^<(?:!doctype\s+html|html|\?xml|rss|feed|rdf:rdf)\b/.test(start)) {
    throw new ImportError(
      `"${fileName}" is a web page or feed. This version imports pasted articles (plain text); save the story's text as .txt and import that.`,
    );
  }
  return [importPlainText(text, fileName)];
}

/** readArticles, with any failure turned into a message for this file alone. */
export function importFile(bytes: Uint8Array, fileName: string): ImportFileResult {
  try {
    return { fileName, ok: true, articles: readArticles(bytes, fileName) };
  } catch (error) {
    const message =
      error instanceof ImportError
        ? error.message
        : `"${fileName}" could not be read (${error instanceof Error ? error.message : String(error)}). Check that it is a text article and try again.`;
    return { fileName, ok: false, error: message };
  }
}

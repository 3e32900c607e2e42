import type { NormalizedArticle } from '../../shared/model';
import { ImportError } from '../import/importError';
import { ninjsToArticle } from './ninjsToArticle';
import { ninjsVersionOf, validateNinjs } from './validateNinjs';

/** Problems reported per item; the rest are counted. */
const PROBLEMS_SHOWN = 3;

/** Fields every generation of ninjs has, one of which a wire item carries. */
const NINJS_MARKERS = ['uri', 'guid', 'headline', 'headlines', 'body_text', 'body_html', 'bodies', 'versioncreated', 'versionCreated'];

/** True when parsed JSON is a ninjs item, or a list of them. */
export function looksLikeNinjs(value: unknown): boolean {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'object' || first === null) return false;
  const schema = (first as { $schema?: unknown }).$schema;
  return (typeof schema === 'string' && schema.includes('ninjs')) || NINJS_MARKERS.some((marker) => marker in first);
}

export interface NinjsFileReading {
  articles: NormalizedArticle[];
  /** Schema problems, per item, in words: the item is imported anyway, as far as it can be read. */
  warnings: string[];
}

/**
 * A ninjs file (one item, or a list of items; versions 1.x, 2.x and 3.x) as
 * articles. Each item is checked against the schema of its version with
 * ajv; an invalid item still imports what can be read, with a warning that
 * names the file, the item and the problem.
 */
export function readNinjsFile(parsed: unknown, fileName: string): NinjsFileReading {
  const documents = (Array.isArray(parsed) ? parsed : [parsed]).filter((doc): doc is Record<string, unknown> => typeof doc === 'object' && doc !== null && !Array.isArray(doc));
  if (documents.length === 0) throw new ImportError(`"${fileName}" is an empty list of ninjs items, so there is nothing to import.`);
  const articles: NormalizedArticle[] = [];
  const warnings: string[] = [];
  for (const doc of documents) {
    const version = ninjsVersionOf(doc);
    const article = ninjsToArticle(doc, version, fileName);
    articles.push(article);
    const problems = validateNinjs(doc, version);
    if (problems.length > 0) {
      const more = problems.length > PROBLEMS_SHOWN ? ` (and ${problems.length - PROBLEMS_SHOWN} more)` : '';
      warnings.push(`"${fileName}", item "${article.headline}": not valid ninjs ${version}: ${problems.slice(0, PROBLEMS_SHOWN).join('; ')}${more}. It was imported as far as it could be read.`);
    }
  }
  return { articles, warnings };
}

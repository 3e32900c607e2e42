import type { ArticleImage, NormalizedArticle } from '../../../shared/model';
import { extractEntities } from '../../../shared/entities/entityTagger';
import { articleId } from '../articleId';
import { renderBody } from '../articleBody';
import { ImportError } from '../importError';
import { parsePlainText } from './plainTextParser';

/** "US-Russia talks.txt" → "US-Russia talks": the headline of last resort. */
const titleFromFileName = (fileName: string): string =>
  fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[_]+/g, ' ').trim() || 'Untitled article';

/** A pasted article (plain text) as a normalized article. */
export function importPlainText(text: string, fileName: string): NormalizedArticle {
  const parsed = parsePlainText(text);
  if (parsed.body.length === 0 && parsed.headline === null) {
    throw new ImportError(`"${fileName}" has no article text in it, only labels such as dates or credits.`);
  }
  const headline = parsed.headline ?? titleFromFileName(fileName);
  const { bodyHtml, bodyText } = renderBody(parsed.body);
  // Pasted text names the credit of a picture it cannot carry: keep the credit, with no picture.
  const images: ArticleImage[] = parsed.credits.map((credit) => ({
    src: null,
    caption: null,
    credit,
    creditSource: 'text-credit-line',
  }));
  const prose = [parsed.dek ?? '', ...parsed.body.filter((b) => b.kind === 'paragraph').map((b) => b.text)];
  return {
    id: articleId('text', headline, bodyText),
    headline,
    dek: parsed.dek,
    section: parsed.section,
    bylines: parsed.bylines,
    publishedAt: parsed.publishedAt,
    updatedAt: parsed.updatedAt,
    url: null,
    language: null,
    bodyText,
    bodyHtml,
    images,
    tags: extractEntities(prose.filter((p) => p !== '')),
    origin: { kind: 'file', name: fileName },
  };
}

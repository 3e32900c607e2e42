import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ArticleImage, NormalizedArticle, Tag } from '../../shared/model';
import { parseFeedDate } from '../feeds/feedDates';
import { htmlToParagraphs } from '../feeds/feedHtml';
import { canonicalLink, resolveUrl } from '../feeds/feedUrls';
import { articleId } from '../import/articleId';
import { sanitizeArticleHtml } from '../sanitize/sanitizeArticleHtml';
import { extractEntities } from '../../shared/entities/entityTagger';
import { creditInCaption } from '../credits/creditInCaption';
import { mergePictures } from '../../shared/story/mergePictures';
import { cleanArticle } from './articleCleanup';
import { bylineNames } from './bylineNames';
import { jsonLdArticle, type JsonLdArticle } from './jsonLdArticle';
import { pageMeta, type PageMeta } from './pageMeta';
import { withoutStyles } from './withoutStyles';

export interface PageOptions {
  /** Where the page was fetched from; relative links resolve against it. Null for a saved file (its canonical link is used if it has one). */
  url: string | null;
  /** The file or address the person would recognise, for the article's origin. */
  name: string;
  /** Find people, places and organisations (default). */
  entities?: boolean;
}


/** The first of several candidates that has a value. */
const firstOf = (...values: Array<string | null | undefined>): string | null => values.find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim() ?? null;

function leadImages(ld: JsonLdArticle | null, meta: PageMeta, base: string | null): ArticleImage[] {
  const fromLd = (ld?.images ?? []).map((image): ArticleImage => ({
    src: resolveUrl(image.url, base) ?? image.url,
    caption: image.caption,
    credit: image.credit,
    creditSource: image.credit === null ? null : 'json-ld',
  }));
  if (fromLd.length > 0) return fromLd.slice(0, 1);
  const og = meta.image ? resolveUrl(meta.image, base) : null;
  return og ? [{ src: og, caption: meta.imageAlt, credit: null, creditSource: null }] : [];
}

/**
 * Readability's article without what is not the story (see cleanArticle),
 * and the pictures in it with their captions and credits, taken out of the
 * text to be shown as pictures.
 */
function cleanedBody(html: string, headline: string): { html: string; figures: ArticleImage[] } {
  const fragment = JSDOM.fragment(`<div>${html}</div>`);
  const root = fragment.firstElementChild;
  if (!root) return { html: '', figures: [] };
  const figures = [...root.querySelectorAll('figure')].flatMap((figure): ArticleImage[] => {
    const src = figure.querySelector('img')?.getAttribute('src');
    if (!src || !/^https?:\/\//.test(src)) return [];
    const { caption, credit } = creditInCaption(figure.querySelector('figcaption')?.textContent ?? '');
    return [{ src, caption, credit, creditSource: credit === null ? null : 'figcaption' }];
  });
  // The pictures are shown from the archive with their credits, not as empty frames in the text.
  for (const figure of root.querySelectorAll('figure')) if (figure.querySelector('img')) figure.remove();
  cleanArticle(root, headline);
  return { html: root.innerHTML, figures };
}

/**
 * A saved or fetched article page as the archive's normalized article:
 * metadata from schema.org JSON-LD first, then Open Graph, article:* and
 * other meta tags, then what the page shows (`<time>`, bylines); the body
 * by Mozilla's Readability over jsdom, made absolute and sanitized.
 */
export function extractPage(html: string, options: PageOptions): NormalizedArticle {
  const cleaned = withoutStyles(html);
  const canonical = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i.exec(cleaned)?.[0];
  const declared = canonical ? /\bhref=["']([^"']+)["']/i.exec(canonical)?.[1] : undefined;
  const url = options.url ?? (declared && /^https?:\/\//i.test(declared) ? declared : null);
  const dom = new JSDOM(cleaned, { url: url ?? 'about:blank', virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const ld = jsonLdArticle([...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent));
    const meta = pageMeta(document);
    // Read before Readability, which takes the document apart.
    const language = firstOf(document.documentElement.getAttribute('lang'), meta.locale)?.replace('_', '-') ?? null;
    // Classes are kept for the cleanup to read; the sanitizer drops them afterwards.
    const readable = new Readability(document, { keepClasses: true }).parse();
    const headlineGuess = firstOf(ld?.headline, meta.title, readable?.title, document.title) ?? '';
    const body = cleanedBody(readable?.content ?? '', headlineGuess);
    const bodyHtml = sanitizeArticleHtml(body.html).trim();
    const paragraphs = htmlToParagraphs(bodyHtml);
    const bodyText = paragraphs.join('\n\n');
    const headline = headlineGuess || 'Untitled page';
    const dek = firstOf(ld?.description, meta.description, readable?.excerpt);
    const bylines = ld && ld.authors.length > 0 ? ld.authors : meta.authors.length > 0 ? meta.authors : readable?.byline ? [readable.byline] : [];
    const keywords = [...new Set([...(ld?.keywords ?? []), ...meta.keywords])];
    const tags: Tag[] = keywords.map((label) => ({ label, kind: 'source', code: null }));
    return {
      id: url ? articleId('link', canonicalLink(url)) : articleId('page', headline, bodyText),
      headline,
      // A standfirst that only repeats the body's opening adds nothing.
      dek: dek && !bodyText.replace(/\s+/g, ' ').startsWith(dek.replace(/\s*(?:…|\.\.\.)$/, '')) ? dek : null,
      // A section given as a list in one string is its first entry.
      section: firstOf(ld?.sections[0], meta.section)?.split(',')[0]?.trim() ?? null,
      bylines: [...new Set(bylines.flatMap(bylineNames))],
      publishedAt: parseFeedDate(firstOf(ld?.datePublished, meta.published, meta.timeElement)),
      updatedAt: parseFeedDate(firstOf(ld?.dateModified, meta.modified)),
      url,
      language,
      bodyText,
      bodyHtml,
      images: mergePictures(leadImages(ld, meta, url), body.figures),
      tags: [...tags, ...(options.entities === false ? [] : extractEntities(paragraphs))],
      origin: { kind: 'page', name: options.name },
    };
  } finally {
    dom.window.close();
  }
}

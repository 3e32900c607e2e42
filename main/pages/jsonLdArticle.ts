/** schema.org types that are a news story or its close relatives. */
const ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'TechArticle',
  'ScholarlyArticle', 'SocialMediaPosting',
]);

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const typesOf = (node: Node): string[] => asList(node['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));

/** Every object in a JSON-LD document: top level, lists, and `@graph`. */
function nodesOf(value: unknown): Node[] {
  const nodes: Node[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    for (const item of asList(v)) {
      if (!isNode(item)) continue;
      nodes.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
    }
  };
  visit(value, 0);
  return nodes;
}

/** A person or organisation's name, whether given as text, as {name}, or as a list of either. */
export function namesOf(value: unknown): string[] {
  return asList(value)
    .map((v) => (typeof v === 'string' ? v : isNode(v) && typeof v['name'] === 'string' ? v['name'] : ''))
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '');
}

const textOf = (value: unknown): string | null => {
  const first = asList(value)[0];
  return typeof first === 'string' && first.trim() !== '' ? first.replace(/\s+/g, ' ').trim() : null;
};

export interface JsonLdImage {
  url: string;
  caption: string | null;
  /** creditText, else copyrightHolder, else creator. */
  credit: string | null;
}

export interface JsonLdArticle {
  headline: string | null;
  alternativeHeadline: string | null;
  description: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  sections: string[];
  keywords: string[];
  images: JsonLdImage[];
}

function imagesOf(value: unknown): JsonLdImage[] {
  return asList(value).flatMap((v): JsonLdImage[] => {
    if (typeof v === 'string') return [{ url: v, caption: null, credit: null }];
    if (!isNode(v)) return [];
    const url = textOf(v['url']) ?? textOf(v['contentUrl']);
    if (!url) return [];
    const credit = textOf(v['creditText']) ?? namesOf(v['copyrightHolder'])[0] ?? namesOf(v['creator'])[0] ?? namesOf(v['author'])[0] ?? null;
    return [{ url, caption: textOf(v['caption']) ?? textOf(v['description']), credit }];
  });
}

/**
 * The article a page describes in schema.org JSON-LD, read from the texts of
 * its `<script type="application/ld+json">` blocks. Blocks that don't parse
 * are skipped; of several articles the first with a headline wins.
 */
export function jsonLdArticle(blocks: string[]): JsonLdArticle | null {
  const nodes = blocks.flatMap((block) => {
    try {
      return nodesOf(JSON.parse(block));
    } catch {
      return [];
    }
  });
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  const article = articles.find((node) => textOf(node['headline'])) ?? articles[0];
  if (!article) return null;
  const keywords = asList(article['keywords']).flatMap((k) => (typeof k === 'string' ? k.split(',') : [])).map((k) => k.trim()).filter((k) => k !== '');
  return {
    headline: textOf(article['headline']) ?? textOf(article['name']),
    alternativeHeadline: textOf(article['alternativeHeadline']),
    description: textOf(article['description']),
    authors: namesOf(article['author']),
    datePublished: textOf(article['datePublished']),
    dateModified: textOf(article['dateModified']),
    sections: asList(article['articleSection']).filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()),
    keywords: [...new Set(keywords)],
    images: imagesOf(article['image']),
  };
}

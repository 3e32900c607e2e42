/** What a page's meta tags and markup say about its article (Open Graph, article:*, Twitter, Dublin Core, `<time>`). */
export interface PageMeta {
  title: string | null;
  description: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  section: string | null;
  keywords: string[];
  image: string | null;
  imageAlt: string | null;
  locale: string | null;
  /** The first `<time datetime>` inside the article, or on the page. */
  timeElement: string | null;
}

export function pageMeta(document: Document): PageMeta {
  const values = (...names: string[]): string[] => {
    const found: string[] = [];
    for (const name of names) {
      for (const element of document.querySelectorAll(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`)) {
        const content = element.getAttribute('content')?.replace(/\s+/g, ' ').trim();
        if (content) found.push(content);
      }
    }
    return found;
  };
  const first = (...names: string[]): string | null => values(...names)[0] ?? null;
  // An author given as a profile address is not a byline.
  const authors = values('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator').filter((a) => !/^https?:\/\//.test(a));
  const keywords = values('article:tag', 'keywords', 'news_keywords').flatMap((k) => k.split(',')).map((k) => k.trim()).filter((k) => k !== '');
  const time = document.querySelector('article time[datetime], main time[datetime], time[datetime]');
  return {
    title: first('og:title', 'twitter:title', 'headline', 'dc.title'),
    description: first('og:description', 'twitter:description', 'description', 'dc.description'),
    authors: [...new Set(authors)],
    published: first('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date'),
    modified: first('article:modified_time', 'dateModified', 'og:updated_time', 'last-modified'),
    section: first('article:section', 'section', 'parsely-section'),
    keywords: [...new Set(keywords)],
    image: first('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'),
    imageAlt: first('og:image:alt', 'twitter:image:alt'),
    locale: first('og:locale'),
    timeElement: time?.getAttribute('datetime') ?? null,
  };
}

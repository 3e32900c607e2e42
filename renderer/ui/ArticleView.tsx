import type { ReactNode, Ref } from 'react';
import type { Article, ArticleImage, ArticleTag } from '../../shared/model';
import { textDirection } from '../../shared/text/textDirection';
import { formatDate } from './formatDate';
import { PUB_STATUS_TEXT } from './pubStatusText';
import { PictureCredit } from './PictureCredit';
import { TagChips } from './TagChips';

export interface ArticleViewProps {
  article: Article;
  /** The body's HTML as sanitized for display (sanitizeForDisplay), done when the article was read. */
  body: string;
  images: ArticleImage[];
  tags: ArticleTag[];
  sourceName: string | null;
  /** Object URLs of the pictures kept in the archive, by SHA-256. */
  pictures: Map<string, string>;
  /** Earlier versions kept because the source changed the article. */
  revisionCount: number;
  /** Actions on the article (fetching its full story), shown under the byline. */
  tools?: ReactNode;
  /** The body's element, for marking search hits in it. */
  bodyRef?: Ref<HTMLDivElement>;
  /** Suggested Media Topics, under the byline where an archivist sees them first. */
  suggestions?: ReactNode;
}

/** One article, laid out for reading: kicker, headline, standfirst, byline and dates, picture with credit, body, tags. */
export function ArticleView({ article, body, images, tags, sourceName, revisionCount, pictures, tools, bodyRef, suggestions }: ArticleViewProps): ReactNode {
  const [lead, ...rest] = images;
  const urlOf = (image: ArticleImage): string | null => (image.archived ? (pictures.get(image.archived.sha256) ?? null) : null);
  return (
    <article className="article" aria-labelledby="article-headline" lang={article.language ?? undefined} dir={textDirection(article.language, article.headline)}>
      <header className="article-header">
        {article.wire && article.wire.pubStatus !== 'usable' && (
          <p className="unusable-note" role="alert">
            {PUB_STATUS_TEXT[article.wire.pubStatus].long}
          </p>
        )}
        {article.updated === 1 ? (
          <p className="updated-note" role="note">
            Updated by its source since it was archived · {revisionCount} earlier {revisionCount === 1 ? 'version' : 'versions'} kept
          </p>
        ) : (
          revisionCount > 0 && (
            <p className="versions-note" role="note">
              {revisionCount} earlier {revisionCount === 1 ? 'version' : 'versions'} kept
            </p>
          )
        )}
        {(article.section ?? article.wire?.slugline) && (
          <p className="kicker">
            {[article.section, article.wire?.slugline].filter(Boolean).join(' · ')}
            {article.wire?.urgency != null && <span className="urgency"> · urgency {article.wire.urgency}</span>}
          </p>
        )}
        <h1 id="article-headline">{article.headline}</h1>
        {article.dek && <p className="dek">{article.dek}</p>}
        <div className="byline-row">
          {article.bylines.length > 0 && (
            <p className="byline">
              By <span className="byline-names">{article.bylines.join(', ')}</span>
            </p>
          )}
          <dl className="dates">
            {article.wire?.located && (
              <div>
                <dt>Filed from</dt>
                <dd>{article.wire.located}</dd>
              </div>
            )}
            <div>
              <dt>Published</dt>
              <dd>{article.publishedAt ? <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time> : <span className="muted">not given by the source</span>}</dd>
            </div>
            {article.updatedAt && (
              <div>
                <dt>Updated</dt>
                <dd>
                  <time dateTime={article.updatedAt}>{formatDate(article.updatedAt)}</time>
                </dd>
              </div>
            )}
            <div>
              <dt>Archived</dt>
              <dd>
                <time dateTime={article.importedAt}>{formatDate(article.importedAt)}</time>
              </dd>
            </div>
          </dl>
        </div>
        {tools}
        {suggestions}
      </header>
      {lead && <PictureCredit image={lead} objectUrl={urlOf(lead)} />}
      <div className="article-body" ref={bodyRef} dangerouslySetInnerHTML={{ __html: body }} />
      {rest.map((image, index) => (
        <PictureCredit key={index} image={image} objectUrl={urlOf(image)} />
      ))}
      <footer className="article-footer">
        <TagChips tags={tags} />
        {sourceName && <p className="provenance">From {sourceName}</p>}
      </footer>
    </article>
  );
}

import { memo, useEffect, useRef, type ReactNode } from 'react';
import type { Article } from '../../shared/model';
import { formatShortDate } from './formatDate';
import { PUB_STATUS_TEXT } from './pubStatusText';

export interface ArticleListProps {
  articles: Article[];
  selectedId: string | null;
  openId: string | null;
  sourceNames: Map<string, string>;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

/**
 * The archive's articles, newest first. Selection follows j/k; Enter or a click opens.
 * Memoized: sync progress re-renders the screen several times a second, and this need not follow.
 */
export const ArticleList = memo(function ArticleList({ articles, selectedId, openId, sourceNames, onSelect, onOpen }: ArticleListProps): ReactNode {
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(selectedId)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  return (
    <ul
      ref={listRef}
      className="article-list"
      role="listbox"
      aria-label="Articles, newest first"
      tabIndex={0}
      aria-activedescendant={selectedId ? `row-${selectedId}` : undefined}
    >
      {articles.map((article) => (
        <li
          key={article.id}
          id={`row-${article.id}`}
          data-id={article.id}
          role="option"
          aria-selected={article.id === selectedId}
          className={[
            'article-row',
            article.id === selectedId ? 'is-selected' : '',
            article.id === openId ? 'is-open' : '',
            article.read ? 'is-read' : '',
            article.updated ? 'is-updated' : '',
            article.wire && article.wire.pubStatus !== 'usable' ? 'is-unusable' : '',
          ].join(' ')}
          onClick={() => {
            onSelect(article.id);
            onOpen(article.id);
          }}
        >
          <span className="row-headline">{article.headline}</span>
          <span className="row-meta">
            {article.wire && article.wire.pubStatus !== 'usable' && <span className="row-unusable">{PUB_STATUS_TEXT[article.wire.pubStatus].short}</span>}
            {article.updated === 1 && <span className="row-updated">Updated</span>}
            {article.section && <span className="row-section">{article.section}</span>}
            <span className="row-source">{sourceNames.get(article.sourceId) ?? ''}</span>
            <time dateTime={article.sortDate}>{formatShortDate(article.sortDate)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
});

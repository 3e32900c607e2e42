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
  /** Articles picked for a bulk action (x, Shift+J/K, Ctrl/Cmd+A). */
  checked: ReadonlySet<string>;
}

/**
 * The archive's articles, newest first. Selection follows j/k; Enter or a click opens.
 * Memoized: sync progress re-renders the screen several times a second, and this need not follow.
 */
export const ArticleList = memo(function ArticleList({ articles, selectedId, openId, sourceNames, onSelect, onOpen, checked }: ArticleListProps): ReactNode {
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
      aria-multiselectable={checked.size > 0 || undefined}
    >
      {articles.map((article) => (
        <li
          key={article.id}
          id={`row-${article.id}`}
          data-id={article.id}
          role="option"
          aria-selected={article.id === selectedId}
          aria-checked={checked.size > 0 ? checked.has(article.id) : undefined}
          className={[
            'article-row',
            checked.has(article.id) ? 'is-checked' : '',
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
          {checked.size > 0 && <span className="row-check" aria-hidden="true">{checked.has(article.id) ? '✓' : ''}</span>}
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

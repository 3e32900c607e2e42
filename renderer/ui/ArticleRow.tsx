import { memo, type ReactNode } from 'react';
import type { ListRow } from '../archive/listRows';
import { formatShortDate } from './formatDate';
import { PUB_STATUS_TEXT } from './pubStatusText';

export interface ArticleRowProps {
  row: ListRow | undefined;
  id: string;
  /** 1-based place in the whole list, for assistive tech (only a window of rows is in the DOM). */
  position: number;
  size: number;
  top: number;
  sourceName: string;
  thumbnailUrl: string | null;
  selected: boolean;
  open: boolean;
  /** Picked for a bulk action; undefined when nothing is picked. */
  checked: boolean | undefined;
  onClick: (id: string) => void;
}

/** One article in the list: thumbnail, headline, marks, source and time. A row still loading shows its frame. */
export const ArticleRow = memo(function ArticleRow({ row, id, position, size, top, sourceName, thumbnailUrl, selected, open, checked, onClick }: ArticleRowProps): ReactNode {
  const classes = ['article-row', checked ? 'is-checked' : '', selected ? 'is-selected' : '', open ? 'is-open' : '', row?.read ? 'is-read' : '', row?.updated ? 'is-updated' : '', row?.notUsable ? 'is-unusable' : '', row ? '' : 'is-loading'];
  const marks = row ? [row.read ? null : 'unread', row.starred ? 'starred' : null, row.updated ? 'updated' : null].filter(Boolean).join(', ') : '';
  return (
    <li
      id={`row-${id}`}
      data-id={id}
      role="option"
      aria-selected={selected}
      aria-checked={checked}
      aria-setsize={size}
      aria-posinset={position}
      aria-label={row ? `${row.headline}${marks ? ` (${marks})` : ''}, ${sourceName}, ${formatShortDate(row.sortDate)}` : 'Loading'}
      className={classes.filter(Boolean).join(' ')}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onClick(id)}
    >
      {checked !== undefined && (
        <span className="row-check" aria-hidden="true">
          {checked ? '✓' : ''}
        </span>
      )}
      <span className="row-marks" aria-hidden="true">
        {row && !row.read && <span className="mark-unread" title="Unread" />}
        {row?.starred && <span className="mark-starred" title="Starred">★</span>}
      </span>
      <span className="row-text">
        <span className="row-headline" dir="auto">{row?.headline ?? ' '}</span>
        {row && (
          <span className="row-meta">
            {row.notUsable && <span className="row-unusable">{PUB_STATUS_TEXT[row.notUsable].short}</span>}
            {row.updated && <span className="row-updated">Updated</span>}
            {row.section && <span className="row-section">{row.section}</span>}
            <span className="row-source">{sourceName}</span>
            <time dateTime={row.sortDate}>{formatShortDate(row.sortDate)}</time>
          </span>
        )}
      </span>
      {thumbnailUrl ? <img className="row-thumb" src={thumbnailUrl} alt="" decoding="async" /> : row?.thumbnail ? <span className="row-thumb is-empty" aria-hidden="true" /> : null}
    </li>
  );
});

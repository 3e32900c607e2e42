import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useInsertionEffect, useRef, type ReactNode } from 'react';
import type { ListRow } from '../archive/listRows';
import { ArticleRow } from './ArticleRow';

/** Every row is this tall, so the list knows where row 90,000 is without measuring the rows above it. */
export const ROW_HEIGHT = 72;
/** Rows rendered beyond the visible ones, so a fast scroll shows rows rather than gaps. */
const OVERSCAN = 8;

export interface ArticleListProps {
  ids: readonly string[];
  /** Rows read from the archive so far, by id; the rest show as loading. */
  rows: ReadonlyMap<string, ListRow>;
  /** Object URLs of the rows' thumbnails, by picture SHA-256. */
  thumbnails: ReadonlyMap<string, string>;
  /** Which rows are on screen, so the caller reads them from the archive. */
  onRange: (start: number, end: number) => void;
  selectedIndex: number;
  openId: string | null;
  sourceNames: Map<string, string>;
  onOpen: (id: string) => void;
  /** Articles picked for a bulk action (x, Shift+J/K, Ctrl/Cmd+A). */
  checked: ReadonlySet<string>;
  label: string;
  /** ↑/↓ in the focused list: move the selection without opening (j/k open as they move). */
  onStep: (step: 1 | -1) => void;
}

/** How long after the last scroll event the list counts as still scrolling (the virtualizer's own default). */
const SCROLLING_FOR_MS = 150;

/**
 * Tells the virtualizer where the list is scrolled, as its own
 * observeElementOffset does, except after the list scrolled itself to keep
 * the cursor in view: it knows that offset, so the scroll event (at the
 * start of the next frame) does not read scrollTop and scrollHeight. Those
 * reads laid out the whole page there, with the next article just put in,
 * 2–5 ms before the frame could show it.
 */
function followOffset(box: Element | null, ownOffset: { current: number | null }, report: (offset: number, isScrolling: boolean) => void): (() => void) | undefined {
  if (!box) return undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const onScroll = (): void => {
    const own = ownOffset.current;
    ownOffset.current = null;
    clearTimeout(settle);
    if (own !== null) return report(own, false);
    report(box.scrollTop, true);
    settle = setTimeout(() => report(box.scrollTop, false), SCROLLING_FOR_MS);
  };
  box.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    box.removeEventListener('scroll', onScroll);
    clearTimeout(settle);
  };
}

/**
 * The articles, newest first, virtualized: only the rows on screen (and a
 * few either side) are in the DOM, however large the archive. Selection
 * follows j/k and the arrows; Enter or a click opens.
 */
export const ArticleList = memo(function ArticleList({ ids, rows, thumbnails, onRange, selectedIndex, openId, sourceNames, onOpen, checked, label, onStep }: ArticleListProps): ReactNode {
  const scrollRef = useRef<HTMLDivElement>(null);
  const ownOffset = useRef<number | null>(null);
  // Scrolling re-renders in React's own time, not synchronously inside each scroll event (useFlushSync): a forced render per event cost the j that scrolled the list.
  const virtualizer = useVirtualizer({ count: ids.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: OVERSCAN, useFlushSync: false, observeElementOffset: (instance, report) => followOffset(instance.scrollElement, ownOffset, report) });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => onRange(first, last + 1), [first, last, onRange]);
  // Keeps the selected row in view from what the virtualizer already knows (its
  // offset and height, fixed row heights): scrollToIndex read the layout after
  // every j, forcing a synchronous layout of the page, and then re-checked it for
  // frames after. It cost a fifth of the main thread's time while j was held.
  // An insertion effect, which runs before the article pane (after this list in
  // the page) gets its new article: setting scrollTop makes the browser lay out
  // what has changed, and here that is two rows' classes, not a whole article
  // (a forced layout of 3–11 ms inside the key's task, as an ordinary effect).
  useInsertionEffect(() => {
    const box = scrollRef.current;
    const view = virtualizer.scrollRect;
    if (selectedIndex < 0 || !box) return;
    if (!view) {
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
      return;
    }
    const offset = virtualizer.scrollOffset ?? 0;
    const top = selectedIndex * ROW_HEIGHT;
    const to = top < offset ? top : top + ROW_HEIGHT > offset + view.height ? top + ROW_HEIGHT - view.height : null;
    if (to === null) return;
    box.scrollTop = to;
    // Read straight after the write, the layout is still fresh: nothing is laid out again. Clamped, no scroll event may come.
    ownOffset.current = box.scrollTop === to ? to : null;
  }, [selectedIndex, virtualizer]);
  const selectedId = ids[selectedIndex] ?? null;
  const picking = checked.size > 0;
  return (
    <div className="article-list-scroll" ref={scrollRef}>
      <ul
        className="article-list"
        role="listbox"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={selectedId ? `row-${selectedId}` : undefined}
        aria-multiselectable={picking || undefined}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={(event) => {
          if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.altKey || event.ctrlKey || event.metaKey) return;
          event.preventDefault();
          onStep(event.key === 'ArrowDown' ? 1 : -1);
        }}
      >
        {items.map((item) => {
          const id = ids[item.index];
          if (id === undefined) return null;
          const row = rows.get(id);
          return (
            <ArticleRow
              key={id}
              id={id}
              row={row}
              position={item.index + 1}
              size={ids.length}
              top={item.start}
              sourceName={row ? (sourceNames.get(row.sourceId) ?? '') : ''}
              thumbnailUrl={row?.thumbnail ? (thumbnails.get(row.thumbnail) ?? null) : null}
              selected={item.index === selectedIndex}
              open={id === openId}
              checked={picking ? checked.has(id) : undefined}
              onClick={onOpen}
            />
          );
        })}
      </ul>
    </div>
  );
});

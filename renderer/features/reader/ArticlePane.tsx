import type { ReactNode, RefObject } from 'react';
import { EmptyArchive } from '../../ui/EmptyArchive';
import { KeyCaps } from '../../ui/KeyCaps';
import { OpenArticle } from './OpenArticle';
import { useCursor, type ReaderCursor } from './readerCursor';
import type { Highlight } from './useHitHighlights';

export interface ArticlePaneProps {
  className: string;
  paneRef: RefObject<HTMLElement | null>;
  empty: boolean;
  cursor: ReaderCursor;
  sourceNames: Map<string, string>;
  highlight: Highlight | null;
  onImport: () => void;
  onAddFeed: () => void;
  onSearch: () => void;
  readingMode: boolean;
}

/** The right pane: the open article, or what to do first. */
export function ArticlePane({ className, paneRef, empty, cursor, sourceNames, highlight, onImport, onAddFeed, onSearch, readingMode }: ArticlePaneProps): ReactNode {
  const openId = useCursor(cursor, (c) => c.openId);
  return (
    <main className={`article-pane pane ${className}`} ref={paneRef} tabIndex={-1} aria-label="Article" data-pane="article">
      {empty ? (
        <EmptyArchive onImport={onImport} onAddFeed={onAddFeed} />
      ) : openId ? (
        // Keyed: a new article starts from what was read ahead (see articleData), not from the last one.
        <OpenArticle key={openId} id={openId} sourceNames={sourceNames} highlight={highlight} />
      ) : (
        <div className="article-placeholder">
          <p>Select an article to read it.</p>
          <ul className="hint-list">
            <li>
              <KeyCaps sequence="j" /> <KeyCaps sequence="k" /> next and previous, <KeyCaps sequence="Space" /> reads on
            </li>
            <li>
              <button type="button" className="link-button" onClick={onSearch}>
                Search the archive
              </button>{' '}
              <KeyCaps sequence="/" />, or find anything with <KeyCaps sequence="Mod+k" />
            </li>
            <li>
              <KeyCaps sequence="?" /> shows every shortcut
            </li>
          </ul>
        </div>
      )}
      {readingMode && (
        <p className="reading-mode-note muted">
          Reading mode · <KeyCaps sequence="f" /> or <KeyCaps sequence="Escape" /> brings the list back
        </p>
      )}
    </main>
  );
}

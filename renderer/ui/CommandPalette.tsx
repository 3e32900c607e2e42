import { useEffect, type KeyboardEvent, type ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';
import { KeyCaps } from './KeyCaps';
import type { PaletteItem, PaletteKind } from './paletteItem';

export interface CommandPaletteProps {
  query: string;
  onQuery: (query: string) => void;
  items: PaletteItem[];
  active: number;
  onActive: (index: number) => void;
  onPick: (item: PaletteItem) => void;
  onClose: () => void;
}

const KIND_LABEL: Record<PaletteKind, string> = { command: 'Command', source: 'Source', tag: 'Tag', search: 'Saved search', article: 'Article' };

/** The palette: type to find any command, source, tag, saved search or headline; Enter runs it. */
export function CommandPalette({ query, onQuery, items, active, onActive, onPick, onClose }: CommandPaletteProps): ReactNode {
  const ref = useModalDialog();
  useEffect(() => {
    ref.current?.querySelector(`#palette-item-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [ref, active]);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const step = event.key === 'ArrowDown' || (event.key === 'n' && event.ctrlKey) ? 1 : event.key === 'ArrowUp' || (event.key === 'p' && event.ctrlKey) ? -1 : 0;
    if (step !== 0 && items.length > 0) {
      event.preventDefault();
      onActive((active + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[active];
      if (item?.enabled) onPick(item);
    } else if (event.key === 'Escape') {
      // Closed here, and the key kept from the reader's own Escape (Back).
      event.preventDefault();
      ref.current?.close();
    }
  };
  return (
    <dialog ref={ref} className="palette" aria-label="Command palette" onClose={onClose} onClick={(event) => event.target === ref.current && ref.current.close()}>
      <input
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={items[active] ? `palette-item-${active}` : undefined}
        aria-autocomplete="list"
        aria-label="Type a command, source, tag or headline"
        placeholder="Type a command, source, tag or headline…"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
        autoFocus
        spellCheck={false}
      />
      <ul id="palette-list" className="palette-list" role="listbox" aria-label="Matches">
        {items.map((item, index) => (
          <li
            key={item.key}
            id={`palette-item-${index}`}
            role="option"
            aria-selected={index === active}
            aria-disabled={!item.enabled || undefined}
            className={`palette-item kind-${item.kind} ${index === active ? 'is-active' : ''} ${item.enabled ? '' : 'is-disabled'}`}
            onMouseMove={() => index !== active && onActive(index)}
            onClick={() => item.enabled && onPick(item)}
          >
            <span className="palette-kind">{KIND_LABEL[item.kind]}</span>
            <span className="palette-title truncate">{item.title}</span>
            {item.detail && <span className="palette-detail truncate">{item.detail}</span>}
            {item.shortcut && <KeyCaps sequence={item.shortcut} />}
          </li>
        ))}
        {items.length === 0 && <li className="palette-empty">Nothing matches “{query}”.</li>}
      </ul>
      <p className="palette-hint">
        <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> run · <kbd>Esc</kbd> close
      </p>
    </dialog>
  );
}

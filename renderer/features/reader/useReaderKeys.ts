import { useEffect } from 'react';
import { isTyping } from '../keys/isTyping';

export interface ReaderKeyActions {
  next: () => void;
  previous: () => void;
  open: () => void;
  importFiles: () => void;
  syncAll: () => void;
  /** `/`: to the search box, from anywhere. */
  focusSearch: () => void;
  /** `?`: the search syntax and keys, shown or hidden. */
  showSearchHelp: () => void;
  /** False while another screen (Sources) owns the keys. */
  enabled: boolean;
  /** True in Electron, where the menu's accelerator already handles Ctrl/Cmd+O. */
  menuHandlesImport: boolean;
}

/** The reader's keys: j/k (and arrows) move, Enter/o open, Ctrl/Cmd+O imports. */
export function useReaderKeys(actions: ReaderKeyActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'o' && !event.altKey && !event.shiftKey) {
        if (actions.menuHandlesImport) return;
        event.preventDefault();
        actions.importFiles();
        return;
      }
      // Search is reached from every screen, Sources included.
      if ((event.key === '/' || event.key === '?') && !mod && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        if (event.key === '/') actions.focusSearch();
        else actions.showSearchHelp();
        return;
      }
      if (mod || event.altKey || isTyping(event.target) || !actions.enabled) return;
      const inButton = event.target instanceof HTMLButtonElement;
      // Arrows move through the list only when it has focus; elsewhere they scroll.
      const inList = event.target instanceof HTMLElement && event.target.closest('[role="listbox"]') !== null;
      switch (event.key) {
        case 'ArrowDown':
          if (!inList) return;
        // falls through
        case 'j':
          event.preventDefault();
          actions.next();
          break;
        case 'ArrowUp':
          if (!inList) return;
        // falls through
        case 'k':
          event.preventDefault();
          actions.previous();
          break;
        case 'r':
          event.preventDefault();
          actions.syncAll();
          break;

        case 'Enter':
        case 'o':
          // Enter on a focused button presses that button.
          if (inButton && event.key === 'Enter') return;
          event.preventDefault();
          actions.open();
          break;
        default:
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}

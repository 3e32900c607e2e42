import { useEffect, useLayoutEffect, useRef } from 'react';
import { isTyping } from '../keys/isTyping';

export interface TagKeyActions {
  /** `t`: the tag input on the selection, or the open article. */
  openTagInput: () => void;
  /** `x` */
  toggleChecked: () => void;
  /** Shift+J / Shift+K */
  extendChecked: (step: 1 | -1) => void;
  /** Ctrl/Cmd+A */
  checkAll: () => void;
  /** Escape, when something is picked. */
  clearChecked: () => boolean;
  undo: () => void;
  redo: () => void;
  /** False while a dialog or another screen owns the keys. */
  enabled: boolean;
  /** True in Electron, where the Edit menu's accelerators already send undo, redo and select all. */
  menuHandlesEditKeys: boolean;
}

/**
 * The archivist's keys in the reader: pick articles, tag them, undo. Like
 * every single-letter key they are ignored while typing in a box, and
 * Ctrl/Cmd+Z there stays the box's own undo.
 */
export function useTagKeys(latest: TagKeyActions): void {
  // The listener reads the actions of the last render, set before the screen
  // is painted: a key pressed as soon as a selection shows acts on it.
  const current = useRef(latest);
  useLayoutEffect(() => {
    current.current = latest;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const actions = current.current;
      if (!actions.enabled || isTyping(event.target) || event.altKey || event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && actions.menuHandlesEditKeys && ['z', 'y', 'a'].includes(key)) return;
      if (mod && key === 'z') (event.shiftKey ? actions.redo : actions.undo)();
      else if (mod && key === 'y' && !event.shiftKey) actions.redo();
      else if (mod && key === 'a' && !event.shiftKey) actions.checkAll();
      else if (mod) handled = false;
      else if (event.key === 't') actions.openTagInput();
      else if (event.key === 'x') actions.toggleChecked();
      else if (event.key === 'J') actions.extendChecked(1);
      else if (event.key === 'K') actions.extendChecked(-1);
      else if (event.key === 'Escape') handled = actions.clearChecked();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

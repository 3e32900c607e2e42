import { useCallback, useState, type FocusEvent } from 'react';
import type { PaneName } from './usePaneLayout';

/** Where focus lands in each pane, first choice first: its current item, else the pane itself. Never a text box, where h and l would be typed. */
const TARGETS: Record<PaneName, string[]> = {
  sidebar: ['[data-pane="sidebar"] [aria-current="page"]', '[data-pane="sidebar"] .sidebar-item'],
  list: ['[data-pane="list"] [role="listbox"]', '[data-pane="list"]'],
  article: ['[data-pane="article"]'],
  main: ['[data-pane="main"]'],
};

export function focusPane(pane: PaneName): boolean {
  for (const selector of TARGETS[pane]) {
    const target = document.querySelector<HTMLElement>(selector);
    if (target) {
      target.focus();
      return true;
    }
  }
  return false;
}

/**
 * Which pane holds the focus (drawn with a line, so it is always visible),
 * and ←/→ (h/l) to move it: the order is the panes on screen, left to right.
 * A collapsed pane is shown again before it takes the focus.
 */
export function usePaneFocus(order: PaneName[], reveal: (pane: PaneName) => void): { focused: PaneName | null; onFocus: (event: FocusEvent) => void; step: (by: 1 | -1) => void } {
  const [focused, setFocused] = useState<PaneName | null>(null);
  const onFocus = useCallback((event: FocusEvent) => {
    const pane = (event.target as HTMLElement).closest<HTMLElement>('[data-pane]')?.dataset.pane as PaneName | undefined;
    setFocused(pane ?? null);
  }, []);
  const step = (by: 1 | -1): void => {
    const here = focused ? order.indexOf(focused) : -1;
    const next = order[Math.min(order.length - 1, Math.max(0, here === -1 ? (by === 1 ? 0 : order.length - 1) : here + by))];
    if (!next) return;
    reveal(next);
    // A pane just revealed is in the DOM after this render.
    if (!focusPane(next)) requestAnimationFrame(() => focusPane(next));
  };
  return { focused, onFocus, step };
}

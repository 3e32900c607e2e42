import { useCallback, useMemo, type CSSProperties } from 'react';
import type { CommandHandlers } from '../../commands/CommandContext';
import { FONT_SIZES, type LayoutSettings } from '../../settings/settings';
import { updateSettings, useSettings } from '../../settings/settingsStore';

export type PaneName = 'sidebar' | 'list' | 'article' | 'main';

export interface PaneLayout {
  layout: LayoutSettings;
  showSidebar: boolean;
  showList: boolean;
  /** The grid's columns: sidebar, its resizer, list, its resizer, article. */
  gridStyle: CSSProperties;
  setLayout: (change: Partial<LayoutSettings>) => void;
  /** Makes a pane visible again (leaving reading mode if need be) before it takes the focus. */
  reveal: (pane: PaneName) => void;
  handlers: CommandHandlers;
}

/**
 * The three panes' widths and which are shown, kept in settings: widths as
 * the person dragged them, collapsed panes, and reading mode (the article
 * alone). Also the View commands that change them and the reading text.
 */
export function usePaneLayout(): PaneLayout {
  const { layout, reading } = useSettings();
  const showSidebar = !layout.sidebarHidden && !layout.readingMode;
  const showList = !layout.listHidden && !layout.readingMode;
  const setLayout = useCallback((change: Partial<LayoutSettings>) => updateSettings((s) => ({ ...s, layout: { ...s.layout, ...change } })), []);
  const reveal = useCallback(
    (pane: PaneName) => {
      if (pane === 'sidebar' && !showSidebar) setLayout({ sidebarHidden: false, readingMode: false });
      if (pane === 'list' && !showList) setLayout({ listHidden: false, readingMode: false });
    },
    [showSidebar, showList, setLayout],
  );
  const gridStyle = useMemo<CSSProperties>(() => ({ gridTemplateColumns: `${showSidebar ? layout.sidebarWidth : 0}px 0 ${showList ? layout.listWidth : 0}px 0 minmax(0, 1fr)` }), [showSidebar, showList, layout.sidebarWidth, layout.listWidth]);
  const size = (by: number): void => updateSettings((s) => ({ ...s, reading: { ...s.reading, fontSize: Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, s.reading.fontSize + by)) } }));
  const handlers: CommandHandlers = {
    'view.sidebar': () => setLayout(layout.readingMode ? { readingMode: false, sidebarHidden: false } : { sidebarHidden: !layout.sidebarHidden }),
    'view.list': () => setLayout(layout.readingMode ? { readingMode: false, listHidden: false } : { listHidden: !layout.listHidden }),
    'view.readingMode': () => setLayout({ readingMode: !layout.readingMode }),
    'view.theme': () => {
      // From "follow the system", switch to the opposite of what shows now.
      const dark = reading.theme === 'dark' || (reading.theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
      updateSettings((s) => ({ ...s, reading: { ...s.reading, theme: dark ? 'light' : 'dark' } }));
    },
    'view.textLarger': () => size(1),
    'view.textSmaller': () => size(-1),
  };
  return { layout, showSidebar, showList, gridStyle, setLayout, reveal, handlers };
}

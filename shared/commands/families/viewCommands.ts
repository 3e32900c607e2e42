import type { CommandSpec } from '../commandSpec';

/** The window's panes and how articles are shown. */
export const viewCommands = [
  { id: 'pane.left', title: 'Focus the pane to the left', group: 'View', keys: ['h', 'ArrowLeft'], when: ['noDialog'] },
  { id: 'pane.right', title: 'Focus the pane to the right', group: 'View', keys: ['l', 'ArrowRight'], when: ['noDialog'] },
  { id: 'view.sidebar', title: 'Show or hide the sidebar', group: 'View', keys: ['Mod+b'], when: ['noDialog'], menu: 'view', aliases: 'collapse pane library' },
  { id: 'view.list', title: 'Show or hide the article list', group: 'View', keys: ['Mod+Shift+l'], when: ['noDialog'], menu: 'view', aliases: 'collapse pane' },
  { id: 'view.readingMode', title: 'Reading mode', group: 'View', keys: ['f'], when: ['noDialog'], menu: 'view', aliases: 'focus distraction full article only' },
  { id: 'view.theme', title: 'Switch light / dark theme', group: 'View', keys: [], when: ['noDialog'], menu: 'view', aliases: 'dark mode night colour' },
  { id: 'view.textLarger', title: 'Larger text', group: 'View', keys: ['Mod+='], when: ['noDialog'], menu: 'view', aliases: 'zoom font size bigger' },
  { id: 'view.textSmaller', title: 'Smaller text', group: 'View', keys: ['Mod+-'], when: ['noDialog'], menu: 'view', aliases: 'zoom font size' },
] as const satisfies readonly CommandSpec[];

import type { CommandSpec } from '../commandSpec';

/** Commands reachable from every screen: the palette, help, import, sync and settings. */
export const generalCommands = [
  { id: 'palette.open', title: 'Command palette…', group: 'General', keys: ['Mod+k'], when: ['noDialog'], menu: 'view', aliases: 'find command search everything' },
  { id: 'help.shortcuts', title: 'Keyboard shortcuts', group: 'General', keys: ['?'], when: ['noDialog'], menu: 'help', aliases: 'keys help cheat sheet' },
  { id: 'settings.open', title: 'Settings…', group: 'General', keys: ['Mod+,'], when: ['noDialog'], menu: 'file', aliases: 'preferences options theme font keys remap' },
  { id: 'import.open', title: 'Import files…', group: 'General', keys: ['Mod+o'], when: ['noDialog'], menu: 'file', aliases: 'open add file' },
  { id: 'import.folder', title: 'Import a folder…', group: 'General', keys: [], when: ['noDialog'], menu: 'file' },
  { id: 'sync.all', title: 'Sync all sources', group: 'General', keys: ['r'], when: ['noDialog'], menu: 'file', aliases: 'refresh fetch update feeds' },
  { id: 'search.focus', title: 'Search the archive', group: 'General', keys: ['/'], when: ['noDialog'], menu: 'go', aliases: 'find' },
  { id: 'search.syntax', title: 'Search syntax help', group: 'General', keys: [], when: ['noDialog'], menu: 'help' },
  { id: 'app.about', title: 'About Newsroom Reader', group: 'General', keys: [], when: ['noDialog'], menu: 'help' },
] as const satisfies readonly CommandSpec[];

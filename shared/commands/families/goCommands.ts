import type { CommandSpec } from '../commandSpec';

/** Moving between the library's folders and screens, and back. */
export const goCommands = [
  { id: 'go.all', title: 'Go to All articles', group: 'Go to', keys: ['g a'], when: ['noDialog'], menu: 'go' },
  { id: 'go.unread', title: 'Go to Unread', group: 'Go to', keys: ['g u'], when: ['noDialog'], menu: 'go' },
  { id: 'go.starred', title: 'Go to Starred', group: 'Go to', keys: ['g s'], when: ['noDialog'], menu: 'go', aliases: 'favourites saved' },
  { id: 'go.updated', title: 'Go to Updated', group: 'Go to', keys: [], when: ['noDialog'], menu: 'go' },
  { id: 'go.tags', title: 'Go to Tags', group: 'Go to', keys: ['g t'], when: ['noDialog'], menu: 'go', aliases: 'topics vocabulary' },
  { id: 'go.sources', title: 'Go to Sources', group: 'Go to', keys: ['g f'], when: ['noDialog'], menu: 'go', aliases: 'feeds subscriptions' },
  { id: 'nav.back', title: 'Back', group: 'Go to', keys: ['Escape'], when: ['noDialog'], aliases: 'close return' },
] as const satisfies readonly CommandSpec[];

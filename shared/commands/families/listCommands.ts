import type { CommandSpec } from '../commandSpec';

/** Moving through the article list. */
export const listCommands = [
  { id: 'list.next', title: 'Next article', group: 'Articles', keys: ['j'], when: ['reader'], menu: 'go' },
  { id: 'list.previous', title: 'Previous article', group: 'Articles', keys: ['k'], when: ['reader'], menu: 'go' },
  { id: 'list.nextUnread', title: 'Next unread article', group: 'Articles', keys: ['n'], when: ['reader'], menu: 'go' },
  { id: 'list.previousUnread', title: 'Previous unread article', group: 'Articles', keys: ['p'], when: ['reader'], menu: 'go' },
  { id: 'list.first', title: 'First article', group: 'Articles', keys: ['Home', 'g g'], when: ['reader'] },
  { id: 'list.last', title: 'Last article', group: 'Articles', keys: ['End', 'Shift+g'], when: ['reader'] },
  { id: 'article.pageDown', title: 'Page down, then next article', group: 'Articles', keys: ['Space'], when: ['reader'] },
  { id: 'article.open', title: 'Open article', group: 'Articles', keys: ['o', 'Enter'], when: ['reader', 'selected'] },
] as const satisfies readonly CommandSpec[];

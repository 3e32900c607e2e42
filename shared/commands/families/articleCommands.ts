import type { CommandSpec } from '../commandSpec';

/** Acting on the selected or open article, or on the articles picked. */
export const articleCommands = [
  { id: 'article.star', title: 'Star or unstar', group: 'Article', keys: ['s'], when: ['reader', 'selected'], menu: 'article', aliases: 'favourite bookmark' },
  { id: 'article.toggleRead', title: 'Mark read or unread', group: 'Article', keys: ['m'], when: ['reader', 'selected'], menu: 'article' },
  { id: 'article.openOriginal', title: 'Open original in browser', group: 'Article', keys: ['v'], when: ['reader', 'hasLink'], menu: 'article', aliases: 'web link external' },
  { id: 'article.tag', title: 'Tag…', group: 'Article', keys: ['t'], when: ['reader', 'selected'], menu: 'article', aliases: 'label topic' },
  { id: 'article.nextHit', title: 'Next search hit in the article', group: 'Article', keys: [']'], when: ['reader', 'articleOpen'] },
  { id: 'article.previousHit', title: 'Previous search hit in the article', group: 'Article', keys: ['['], when: ['reader', 'articleOpen'] },
  { id: 'topic.accept', title: 'Accept the first suggested topic', group: 'Article', keys: ['+', '='], when: ['reader', 'articleOpen'] },
  { id: 'topic.reject', title: 'Reject the first suggested topic', group: 'Article', keys: ['-'], when: ['reader', 'articleOpen'] },
  { id: 'selection.toggle', title: 'Pick or unpick article', group: 'Picking', keys: ['x'], when: ['reader', 'selected'], menu: 'edit', aliases: 'check select' },
  { id: 'selection.extendDown', title: 'Pick and move down', group: 'Picking', keys: ['Shift+j'], when: ['reader'] },
  { id: 'selection.extendUp', title: 'Pick and move up', group: 'Picking', keys: ['Shift+k'], when: ['reader'] },
  { id: 'selection.all', title: 'Pick all in the list', group: 'Picking', keys: ['Mod+a'], when: ['reader'], menu: 'edit', aliases: 'select all check' },
  { id: 'edit.undo', title: 'Undo', group: 'Picking', keys: ['Mod+z'], when: ['noDialog', 'canUndo'], menu: 'edit' },
  { id: 'edit.redo', title: 'Redo', group: 'Picking', keys: ['Mod+Shift+z', 'Mod+y'], when: ['noDialog', 'canRedo'], menu: 'edit' },
] as const satisfies readonly CommandSpec[];

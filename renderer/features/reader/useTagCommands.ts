import { useCallback } from 'react';
import type { ArticleFilter } from '../../archive/articleQueries';
import { listArticleIds } from '../../archive/articleQueries';
import type { ArchiveDb } from '../../archive/db';
import type { CommandHandlers } from '../../commands/CommandContext';
import type { SearchClient } from '../../search/SearchClient';
import { articleCount } from '../../ui/articleCount';
import type { TagTarget } from '../tags/TagEditor';
import type { TagHistory } from '../tags/TagHistoryContext';
import type { ListSelection } from '../tags/useListSelection';
import type { ReaderCursor } from './readerCursor';

export interface TagCommandDeps {
  db: ArchiveDb;
  selection: ListSelection;
  cursor: ReaderCursor;
  searching: boolean;
  query: string;
  filter: ArticleFilter;
  searchClient: SearchClient;
  setTagTarget: (target: TagTarget) => void;
  history: Pick<TagHistory, 'undo' | 'redo'>;
}

/** The archivist's commands: pick articles (x, Shift+J/K, Ctrl/Cmd+A), tag them (t), undo and redo. */
export function useTagCommands({ db, selection, cursor, searching, query, filter, searchClient, setTagTarget, history }: TagCommandDeps): { handlers: CommandHandlers; targets: () => string[]; tagResults: () => void } {
  // The picked articles, else the one under the cursor (or open).
  const targets = (): string[] => {
    const { selectedId, openId } = cursor.get();
    return selection.checked.size > 0 ? [...selection.checked] : [selectedId ?? openId].filter((id): id is string => id !== null);
  };
  const tagResults = useCallback(() => {
    void searchClient.ids(query).then((ids) => {
      if (ids.length > 0) setTagTarget({ ids, title: `all ${articleCount(ids.length)} matching “${query.trim()}”` });
    });
  }, [searchClient, query, setTagTarget]);
  const handlers: CommandHandlers = {
    'article.tag': () => {
      const ids = targets();
      if (ids.length > 0) setTagTarget({ ids, title: selection.checked.size > 0 ? `${articleCount(ids.length)} selected` : 'this article' });
    },
    'selection.toggle': () => {
      const { selectedId } = cursor.get();
      if (selectedId) selection.toggle(selectedId);
    },
    'selection.extendDown': () => selection.extend(1),
    'selection.extendUp': () => selection.extend(-1),
    'selection.all': () => void (searching ? searchClient.ids(query) : listArticleIds(db, filter)).then(selection.set),
    'edit.undo': () => void history.undo(),
    'edit.redo': () => void history.redo(),
  };
  return { handlers, targets, tagResults };
}

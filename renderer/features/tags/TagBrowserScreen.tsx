import { useMemo, useRef, useState, type ReactNode } from 'react';
import { fold } from '../../../shared/search/tokenize';
import { isRightToLeft, labelKey } from '../../../shared/tags/tagLabel';
import type { TagSummary } from '../../archive/tagQueries';
import { useVocabulary } from '../../tags/vocabulary';
import { articleCount } from '../../ui/articleCount';
import { TagActions } from './TagActions';
import { TagTimelineView } from './TagTimelineView';
import { TopicTree } from './TopicTree';
import { useTagCatalogue } from './useTagCatalogue';
import { useTagTransfer } from './useTagTransfer';

type Sort = 'name' | 'count' | 'recent';

const KIND_BADGE = { source: 'source', entity: 'name', topic: 'topic', archivist: 'archivist' } as const;

const SORTS: Record<Sort, (a: TagSummary, b: TagSummary) => number> = {
  name: (a, b) => a.label.localeCompare(b.label),
  count: (a, b) => b.count - a.count || a.label.localeCompare(b.label),
  recent: (a, b) => b.lastUsed.localeCompare(a.lastUsed) || a.label.localeCompare(b.label),
};

/**
 * The tag browser: every tag with its count (filter, sort by name, count
 * or recent use), the Media Topic tree with counts rolled up, and for the
 * chosen tag its rename/merge/alias/delete actions and its timeline.
 * Export and import of the assignments live here too.
 */
export function TagBrowserScreen({ sourceNames, onOpenArticle, initialLabel = null, className = '' }: { sourceNames: Map<string, string>; onOpenArticle: (id: string) => void; /** A tag to show at once (from the palette). */ initialLabel?: string | null; /** The focused-pane marker, from the layout. */ className?: string }): ReactNode {
  const { tags, aliases } = useTagCatalogue({ live: true });
  const vocabulary = useVocabulary();
  const transfer = useTagTransfer();
  const importRef = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>('count');
  const [tab, setTab] = useState<'all' | 'topics'>('all');
  const [selectedLabel, setSelectedLabel] = useState<string | null>(initialLabel);
  const shown = useMemo(() => {
    const wanted = fold(filter.trim());
    return (tags ?? []).filter((t) => wanted === '' || fold(t.label).includes(wanted)).sort(SORTS[sort]);
  }, [tags, filter, sort]);
  const selected = (tags ?? []).find((t) => t.label === selectedLabel) ?? (selectedLabel ? (tags ?? []).find((t) => t.key === labelKey(selectedLabel)) : undefined);
  const tagAliases = (aliases ?? []).filter((a) => selected && labelKey(a.label) === selected.key).map((a) => a.alias);

  return (
    <main className={`tags-pane pane ${className}`} aria-label="Tags" data-pane="main" tabIndex={-1}>
      <section className="tag-list-pane" aria-label="All tags">
        <header className="pane-header">
          <h2>Tags</h2>
          <span className="pane-count">{tags?.length ?? '…'}</span>
        </header>
        <div className="tag-transfer">
          <button type="button" className="button ghost small" onClick={() => void transfer.exportAs('csv')}>
            Export CSV
          </button>
          <button type="button" className="button ghost small" onClick={() => void transfer.exportAs('json')}>
            Export JSON
          </button>
          <button type="button" className="button ghost small" onClick={() => importRef.current?.click()}>
            Import…
          </button>
          <input
            ref={importRef}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            hidden
            data-testid="tag-import-input"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void transfer.importFile(file);
            }}
          />
        </div>
        {transfer.problems && (
          <div className="import-problems" role="alert">
            <p>
              <strong>{transfer.problems.file}</strong> was not imported: nothing was changed. Fix these lines and import it again.
            </p>
            <ul>
              {transfer.problems.problems.map((p, i) => (
                <li key={i}>
                  Line {p.line}: {p.message}
                </li>
              ))}
            </ul>
            <button type="button" className="button ghost small" onClick={transfer.dismissProblems}>
              Dismiss
            </button>
          </div>
        )}
        <div className="search-tools" role="tablist" aria-label="Show">
          {(['all', 'topics'] as const).map((t) => (
            <button key={t} type="button" role="tab" aria-selected={tab === t} className={`chip-toggle ${tab === t ? 'is-on' : ''}`} onClick={() => setTab(t)}>
              {t === 'all' ? 'All tags' : 'Media Topics'}
            </button>
          ))}
        </div>
        {tab === 'all' ? (
          <>
            <div className="tag-list-tools">
              <input className="tag-filter" type="search" placeholder="Filter tags" aria-label="Filter tags" value={filter} onChange={(event) => setFilter(event.target.value)} />
              <label className="sort-select">
                Sort
                <select value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
                  <option value="count">by count</option>
                  <option value="name">by name</option>
                  <option value="recent">by recent use</option>
                </select>
              </label>
            </div>
            <ul className="tag-list" aria-label="Tags with their article counts">
              {shown.map((tag) => (
                <li key={tag.key}>
                  <button type="button" className={`sidebar-item ${selected?.key === tag.key ? 'is-active' : ''}`} aria-current={selected?.key === tag.key ? 'true' : undefined} onClick={() => setSelectedLabel(tag.label)}>
                    <span className="truncate" dir={isRightToLeft(tag.label) ? 'rtl' : undefined}>
                      {tag.label}
                    </span>
                    <span className="tag-kinds">{tag.kinds.map((k) => KIND_BADGE[k]).join(' · ')}</span>
                    <span className="count">{tag.count}</span>
                  </button>
                </li>
              ))}
              {tags && shown.length === 0 && <li className="muted">{tags.length === 0 ? 'No tags yet. Open an article and press t to tag it.' : 'No tag matches the filter.'}</li>}
            </ul>
          </>
        ) : (
          <TopicTree tags={tags ?? []} selected={selected?.key ?? null} onSelect={setSelectedLabel} />
        )}
      </section>
      <section className="tag-detail-pane" aria-label="Tag">
        {selected ? (
          <>
            <header className="tag-detail-header">
              <h2 dir={isRightToLeft(selected.label) ? 'rtl' : undefined}>{selected.label}</h2>
              <p className="muted">
                {articleCount(selected.count)} · {selected.kinds.map((k) => KIND_BADGE[k]).join(', ')}
                {selected.code?.startsWith('medtop:') && vocabulary ? ` · ${vocabulary.topics.path(selected.code)} (${selected.code})` : ''}
              </p>
              <TagActions tag={selected} all={tags ?? []} aliases={tagAliases} onRenamed={setSelectedLabel} />
            </header>
            <TagTimelineView label={selected.label} sourceNames={sourceNames} onOpenArticle={onOpenArticle} />
          </>
        ) : (
          <div className="article-placeholder">
            <p>Choose a tag to see its timeline.</p>
          </div>
        )}
      </section>
    </main>
  );
}

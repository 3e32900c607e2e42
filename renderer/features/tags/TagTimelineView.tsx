import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useArchive } from '../../archive/ArchiveContext';
import { tagTimeline } from '../../archive/tagQueries';
import { useArchiveQuery } from '../../archive/useArchiveQuery';
import { formatShortDate } from '../../ui/formatDate';

const ENTITY_TITLES = { person: 'People', place: 'Places', org: 'Organisations' } as const;

/** "29 November 2026" or "November 2026", in the reader's locale. */
function groupTitle(key: string, by: 'day' | 'month'): string {
  const date = new Date(`${by === 'day' ? key : `${key}-01`}T00:00:00Z`);
  return date.toLocaleDateString(undefined, by === 'day' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * A tag's timeline: its articles in date order, grouped by day or month,
 * with the people, places and organisations that appear beside it.
 */
export function TagTimelineView({ label, sourceNames, onOpenArticle }: { label: string; sourceNames: Map<string, string>; onOpenArticle: (id: string) => void }): ReactNode {
  const db = useArchive();
  const [by, setBy] = useState<'day' | 'month'>('day');
  const timeline = useArchiveQuery(db, useCallback(() => tagTimeline(db, label), [db, label]));
  const groups = useMemo(() => {
    const out = new Map<string, NonNullable<typeof timeline>['articles']>();
    for (const article of timeline?.articles ?? []) {
      const key = article.sortDate.slice(0, by === 'day' ? 10 : 7);
      out.set(key, [...(out.get(key) ?? []), article]);
    }
    return [...out];
  }, [timeline, by]);
  if (!timeline) return <p className="muted">Reading the timeline…</p>;
  return (
    <div className="tag-timeline-layout">
      <section className="tag-timeline" aria-label={`Timeline of ${label}`}>
        <header className="timeline-header">
          <h3>Timeline</h3>
          <div className="search-tools" role="group" aria-label="Group by">
            {(['day', 'month'] as const).map((unit) => (
              <button key={unit} type="button" className={`chip-toggle ${by === unit ? 'is-on' : ''}`} aria-pressed={by === unit} onClick={() => setBy(unit)}>
                By {unit}
              </button>
            ))}
          </div>
        </header>
        {groups.length === 0 && <p className="muted">No article carries this tag now.</p>}
        {groups.map(([key, articles]) => (
          <section key={key} className="timeline-group">
            <h4>
              {groupTitle(key, by)} <span className="count">{articles.length}</span>
            </h4>
            <ul className="timeline-list">
              {articles.map((article) => (
                <li key={article.id}>
                  <button type="button" className="timeline-item" onClick={() => onOpenArticle(article.id)}>
                    <span className="row-headline">{article.headline}</span>
                    <span className="row-meta">
                      <span className="row-source">{sourceNames.get(article.sourceId) ?? ''}</span>
                      <time dateTime={article.sortDate}>{formatShortDate(article.sortDate)}</time>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <aside className="tag-related" aria-label="Names beside this tag">
        <h3>Also in these stories</h3>
        {timeline.related.length === 0 && <p className="muted">No people, places or organisations found beside it.</p>}
        {(['person', 'place', 'org'] as const).map((entity) => {
          const names = timeline.related.filter((r) => r.entity === entity).slice(0, 12);
          if (names.length === 0) return null;
          return (
            <div key={entity}>
              <h4 className="tag-group-title">{ENTITY_TITLES[entity]}</h4>
              <ul className="related-list">
                {names.map((name) => (
                  <li key={name.label}>
                    <span>{name.label}</span> <span className="count">{name.count}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </aside>
    </div>
  );
}

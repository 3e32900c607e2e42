import type { ReactNode } from 'react';
import type { Tag } from '../../shared/model';

const GROUPS: Array<{ key: string; title: string; match: (tag: Tag) => boolean }> = [
  { key: 'person', title: 'People', match: (t) => t.entity === 'person' },
  { key: 'place', title: 'Places', match: (t) => t.entity === 'place' },
  { key: 'org', title: 'Organisations', match: (t) => t.entity === 'org' },
  { key: 'other', title: 'Topics', match: (t) => t.entity === undefined },
];

/** An article's tags as chips, grouped by what they name. */
export function TagChips({ tags }: { tags: Tag[] }): ReactNode {
  if (tags.length === 0) return null;
  return (
    <section className="tag-groups" aria-label="Tags">
      {GROUPS.map(({ key, title, match }) => {
        const group = tags.filter(match).sort((a, b) => a.label.localeCompare(b.label));
        if (group.length === 0) return null;
        return (
          <div className="tag-group" key={key}>
            <h3 className="tag-group-title">{title}</h3>
            <ul className="chips" aria-label={title}>
              {group.map((tag) => (
                <li key={`${tag.kind}:${tag.label}`} className={`chip chip-${key}`} title={`${title.replace(/s$/, '')} · ${tag.kind} tag`}>
                  {tag.label}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

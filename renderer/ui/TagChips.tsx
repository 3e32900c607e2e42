import type { ReactNode } from 'react';
import type { Tag, TagVia } from '../../shared/model';
import { isRightToLeft } from '../../shared/tags/tagLabel';
import { formatShortDate } from './formatDate';

type ShownTag = Tag & { addedAt?: string; via?: TagVia };

const isTopic = (t: Tag): boolean => t.kind === 'topic' || (t.code?.startsWith('medtop:') ?? false);

const GROUPS: Array<{ key: string; title: string; match: (tag: Tag) => boolean }> = [
  { key: 'person', title: 'People', match: (t) => t.entity === 'person' },
  { key: 'place', title: 'Places', match: (t) => t.entity === 'place' },
  { key: 'org', title: 'Organisations', match: (t) => t.entity === 'org' },
  { key: 'topic', title: 'Media Topics', match: (t) => t.entity === undefined && isTopic(t) },
  { key: 'other', title: 'Tags', match: (t) => t.entity === undefined && !isTopic(t) },
];

const KIND_TEXT: Record<Tag['kind'], string> = { source: 'from the source', entity: 'found in the text', topic: 'Media Topic', archivist: 'added by an archivist' };
const VIA_TEXT: Record<TagVia, string> = { typed: 'typed', vocabulary: 'picked from the vocabulary', suggestion: 'accepted suggestion', import: 'imported from a file' };

/** Where a tag came from and when, as its chip's tooltip says. */
function originOf(tag: ShownTag): string {
  return [KIND_TEXT[tag.kind], tag.via ? VIA_TEXT[tag.via] : null, tag.code, tag.addedAt ? formatShortDate(tag.addedAt) : null].filter(Boolean).join(' · ');
}

/** An article's tags as chips, grouped by what they name; each says where it came from. */
export function TagChips({ tags }: { tags: ShownTag[] }): ReactNode {
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
                <li key={`${tag.kind}:${tag.label}`} className={`chip chip-${key} chip-kind-${tag.kind}`} title={originOf(tag)} dir={isRightToLeft(tag.label) ? 'rtl' : undefined}>
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

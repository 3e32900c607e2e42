import { useMemo, type ReactNode } from 'react';
import type { MediaTopic } from '../../../shared/tags/mediaTopics';
import type { TagSummary } from '../../archive/tagQueries';
import { useVocabulary } from '../../tags/vocabulary';

/** A tree this small is shown opened out; a bigger one opens at its top level. */
const SHOW_ALL_UP_TO = 60;

/**
 * The Media Topic tree, with each topic's count rolled up from the topics
 * under it; only branches with tagged articles are shown. Built from
 * <details>, so it opens and closes from the keyboard without more code.
 */
export function TopicTree({ tags, selected, onSelect }: { tags: readonly TagSummary[]; selected: string | null; onSelect: (label: string) => void }): ReactNode {
  const vocabulary = useVocabulary()?.topics;
  const { own, rolled } = useMemo(() => {
    const own = new Map<string, TagSummary>();
    const rolled = new Map<string, number>();
    if (!vocabulary) return { own, rolled };
    for (const tag of tags) {
      if (!tag.code?.startsWith('medtop:') || !vocabulary.get(tag.code)) continue;
      own.set(tag.code, tag);
      for (const topic of vocabulary.lineage(tag.code)) rolled.set(topic.code, (rolled.get(topic.code) ?? 0) + tag.count);
    }
    return { own, rolled };
  }, [tags, vocabulary]);

  if (!vocabulary) return null;
  const branch = (topic: MediaTopic): ReactNode => {
    const count = rolled.get(topic.code) ?? 0;
    if (count === 0) return null;
    const tag = own.get(topic.code);
    const children = vocabulary.children(topic.code).filter((child) => (rolled.get(child.code) ?? 0) > 0);
    const label = (
      <span className="topic-node">
        {tag ? (
          <button type="button" className={`link-button ${selected === tag.key ? 'is-active' : ''}`} onClick={() => onSelect(tag.label)} title={`${vocabulary.path(topic.code)} (${topic.code})`}>
            {topic.label}
          </button>
        ) : (
          <span title={topic.code}>{topic.label}</span>
        )}
        {topic.retired && <span className="badge">retired</span>}
        <span className="count" aria-label={`${count} articles`}>
          {count}
        </span>
      </span>
    );
    return (
      <li key={topic.code}>
        {children.length > 0 ? (
          <details open={topic.level === 1 || rolled.size <= SHOW_ALL_UP_TO}>
            <summary>{label}</summary>
            <ul>{children.map(branch)}</ul>
          </details>
        ) : (
          label
        )}
      </li>
    );
  };

  const roots = vocabulary.children(null).filter((topic) => (rolled.get(topic.code) ?? 0) > 0);
  if (roots.length === 0) return <p className="muted">No article carries a Media Topic yet. Accept a suggestion or type a topic with <kbd>t</kbd>.</p>;
  return (
    <ul className="topic-tree" aria-label="Media Topics with counts">
      {roots.map(branch)}
    </ul>
  );
}

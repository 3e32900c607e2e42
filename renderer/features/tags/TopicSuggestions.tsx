import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Article, ArticleTag, Tag } from '../../../shared/model';
import { htmlText } from '../../../shared/search/htmlText';
import { mediaTopicCode } from '../../../shared/tags/mediaTopics';
import type { TopicSuggestion } from '../../../shared/tags/topicSuggester';
import { useArchive } from '../../archive/ArchiveContext';
import { planTagging } from '../../archive/tagEdits';
import { useVocabulary } from '../../tags/vocabulary';
import { useCommandHandlers } from '../../commands/CommandContext';
import { useTagHistory } from './TagHistoryContext';

/**
 * Up to five Media Topics for the open article, ranked, each with the
 * words that led to it. `+` accepts the first, `-` rejects it; a rejected
 * topic is remembered for the article and never offered again (unless the
 * archivist restores the rejections).
 */
/** How long the reader stays on an article before its topics are worked out. */
const SETTLE_MS = 150;

export function TopicSuggestions({ article, tags }: { article: Article; tags: ArticleTag[] }): ReactNode {
  const db = useArchive();
  const history = useTagHistory();
  // Worked out once the reader stays on the article: holding j must not wait for the suggestions (or the rejections) of every article passed.
  const [settledOn, setSettledOn] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettledOn(article.id), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [article.id]);
  const settled = settledOn === article.id;
  const rejected = useLiveQuery(async () => (settled ? db.tagRejections.where('articleId').equals(article.id).toArray() : undefined), [db, article.id, settled]);
  const text = useMemo(() => (settled ? htmlText(article.bodyHtml) : ''), [settled, article.bodyHtml]);
  const vocabulary = useVocabulary();
  // Worked out again only when what it reads changes, not each time the article is read again: a
  // batch of read marks re-reads the open article, and suggesting again then was a 90 ms task.
  const given = JSON.stringify(tags.map((t): Pick<Tag, 'kind' | 'label' | 'code'> => ({ kind: t.kind, label: t.label, code: t.code })));
  const rejectedCodes = rejected?.map((r) => r.code).join('\n');
  const suggestions = useMemo((): TopicSuggestion[] | null => {
    if (rejectedCodes === undefined || !settled || !vocabulary) return null;
    const tagged = JSON.parse(given) as Tag[];
    const exclude = new Set([...rejectedCodes.split('\n').filter(Boolean), ...tagged.flatMap((t) => (t.code ? [mediaTopicCode(t.code) ?? t.code] : []))]);
    return vocabulary.topicSuggester().suggest({ headline: article.headline, text, tags: tagged }, { exclude });
  }, [article.headline, text, given, rejectedCodes, settled, vocabulary]);

  const accept = (s: TopicSuggestion): Promise<unknown> => history.run(`Tagged the article “${s.label}”`, () => planTagging(db, [article.id], { label: s.label, kind: 'topic', code: s.code }, 'suggestion'));
  const reject = (s: TopicSuggestion): Promise<unknown> => history.reject(`Rejected the topic “${s.label}” for this article`, { id: `${article.id}:${s.code}`, articleId: article.id, code: s.code, rejectedAt: new Date().toISOString() });

  // + and - take or turn down the first suggestion: commands, so they can be remapped.
  const top = suggestions?.[0];
  useCommandHandlers(top ? { 'topic.accept': () => void accept(top), 'topic.reject': () => void reject(top) } : {});

  if (!suggestions || (suggestions.length === 0 && (rejected?.length ?? 0) === 0)) return null;
  const first = suggestions[0];
  return (
    <section className="topic-suggestions" aria-label="Suggested Media Topics">
      <div className="suggestion-row">
        <span className="suggestion-title">Suggested topics</span>
        <ol className="suggestion-list">
          {suggestions.map((s, i) => (
            <li key={s.code} className={`suggestion ${i === 0 ? 'is-first' : ''}`} title={`${s.path} (${s.code}) · because of ${s.reason.join(', ')}`}>
              <span className="suggestion-label">{s.label}</span>
              <button type="button" className="suggestion-button" onClick={() => void accept(s)} aria-label={`Add topic ${s.label}`}>
                ✓
              </button>
              <button type="button" className="suggestion-button" onClick={() => void reject(s)} aria-label={`Reject topic ${s.label}`}>
                ✕
              </button>
            </li>
          ))}
        </ol>
        {suggestions.length === 0 && <span className="muted">No more suggestions.</span>}
      </div>
      <p className="suggestion-reason">
        {first && (
          <>
            <kbd>+</kbd> adds <strong>{first.label}</strong> ({first.path}), suggested because of {first.reason.map((w) => `“${w}”`).join(', ')}; <kbd>-</kbd> rejects it.
          </>
        )}
        {(rejected?.length ?? 0) > 0 && (
          <button type="button" className="link-button" onClick={() => void db.tagRejections.where('articleId').equals(article.id).delete()}>
            Offer the {rejected?.length} rejected {rejected?.length === 1 ? 'topic' : 'topics'} again
          </button>
        )}
      </p>
    </section>
  );
}

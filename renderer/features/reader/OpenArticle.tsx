import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { useArchive } from '../../archive/ArchiveContext';
import { ArticleView } from '../../ui/ArticleView';
import { TopicSuggestions } from '../tags/TopicSuggestions';
import { cachedArticleData, loadArticleData, readAhead } from './articleData';
import { FetchStoryButton } from './FetchStoryButton';
import { useHitHighlights, type Highlight } from './useHitHighlights';
import { usePictureUrls } from './usePictureUrls';

/** How long an article read ahead is shown before it is read again and followed live. */
const LIVE_AFTER_MS = 150;

/**
 * The open article, its pictures and tags, read live from the archive.
 * Memoized: sync progress re-renders the screen several times a second, and this need not follow.
 */
export const OpenArticle = memo(function OpenArticle({ id, sourceNames, highlight = null }: { id: string; sourceNames: Map<string, string>; highlight?: Highlight | null }): ReactNode {
  const db = useArchive();
  const bodyRef = useRef<HTMLDivElement>(null);
  // Shown at once from what was read ahead (see prefetchArticles), or as soon
  // as that read is done, and kept live once the reader stays on it: with j
  // held each article is on screen for a frame or two, and reading it again
  // each time (or twice, when its read-ahead was still under way) slowed the next.
  const [first, setFirst] = useState(() => cachedArticleData(id));
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (first !== undefined) return;
    let gone = false;
    readAhead(db, id).then(
      (data) => !gone && setFirst(data ?? undefined),
      () => !gone && setLive(true),
    );
    return () => void (gone = true);
  }, [db, id, first]);
  useEffect(() => {
    const settle = setTimeout(() => setLive(true), LIVE_AFTER_MS);
    return () => clearTimeout(settle);
  }, []);
  const data = useLiveQuery(() => (live ? loadArticleData(db, id) : first), [db, id, live, first], first);
  const pictures = usePictureUrls(db, data?.images);
  useHitHighlights(bodyRef, data?.article.bodyHtml ?? '', highlight);
  if (data === undefined) return null;
  if (data === null) return <p className="article-placeholder">This article is no longer in the archive.</p>;
  // Keyed by article: a message about one article's page never shows on the next.
  const tools = data.article.url ? <FetchStoryButton key={id} articleId={id} /> : null;
  return <ArticleView {...data} pictures={pictures} sourceName={sourceNames.get(data.article.sourceId) ?? null} tools={tools} bodyRef={bodyRef} suggestions={<TopicSuggestions article={data.article} tags={data.tags} />} />;
});

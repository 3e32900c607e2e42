import { liveQuery } from 'dexie';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { useArchive } from '../../archive/ArchiveContext';
import { useCommandCondition } from '../../commands/CommandContext';
import { ArticleView } from '../../ui/ArticleView';
import { TopicSuggestions } from '../tags/TopicSuggestions';
import { cachedArticleData, loadArticleData, readAhead, type ArticleData } from './articleData';
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
  // Shown at once from what was read ahead (see prefetchAround), or as soon
  // as that read is done, and followed live only once the reader stays on it:
  // with j held each article is on screen for a frame or two, and a live query
  // for each (even one that only hands back what was read ahead) slowed the next.
  const [first, setFirst] = useState(() => cachedArticleData(id));
  const [live, setLive] = useState<ArticleData | null | undefined>(undefined);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [following, setFollowing] = useState(false);
  useEffect(() => {
    if (first !== undefined) return;
    let gone = false;
    readAhead(db, id).then(
      (data) => !gone && setFirst(data ?? undefined),
      () => !gone && setFollowing(true),
    );
    return () => void (gone = true);
  }, [db, id, first]);
  useEffect(() => {
    const settle = setTimeout(() => setFollowing(true), LIVE_AFTER_MS);
    return () => clearTimeout(settle);
  }, []);
  useEffect(() => {
    if (!following) return;
    const subscription = liveQuery(() => loadArticleData(db, id)).subscribe({ next: setLive, error: (error: unknown) => setFailure({ error }) });
    return () => subscription.unsubscribe();
  }, [db, id, following]);
  // An archive that cannot be read is the error boundary's to report, as a failed render is.
  if (failure) throw failure.error;
  const data = live !== undefined ? live : first;
  const pictures = usePictureUrls(db, data?.images);
  useHitHighlights(bodyRef, data?.article.bodyHtml ?? '', highlight);
  // v (open the original) is enabled while the article shown has a link.
  useCommandCondition('hasLink', Boolean(data?.article.url));
  if (data === undefined) return null;
  if (data === null) return <p className="article-placeholder">This article is no longer in the archive.</p>;
  // Keyed by article: a message about one article's page never shows on the next.
  const tools = data.article.url ? <FetchStoryButton key={id} articleId={id} /> : null;
  return <ArticleView {...data} pictures={pictures} sourceName={sourceNames.get(data.article.sourceId) ?? null} tools={tools} bodyRef={bodyRef} suggestions={<TopicSuggestions article={data.article} tags={data.tags} />} />;
});

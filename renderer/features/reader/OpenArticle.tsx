import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useRef, type ReactNode } from 'react';
import { useArchive } from '../../archive/ArchiveContext';
import { ArticleView } from '../../ui/ArticleView';
import { TopicSuggestions } from '../tags/TopicSuggestions';
import { cachedArticleData, loadArticleData } from './articleData';
import { FetchStoryButton } from './FetchStoryButton';
import { useHitHighlights, type Highlight } from './useHitHighlights';
import { usePictureUrls } from './usePictureUrls';

/**
 * The open article, its pictures and tags, read live from the archive.
 * Memoized: sync progress re-renders the screen several times a second, and this need not follow.
 */
export const OpenArticle = memo(function OpenArticle({ id, sourceNames, highlight = null }: { id: string; sourceNames: Map<string, string>; highlight?: Highlight | null }): ReactNode {
  const db = useArchive();
  const bodyRef = useRef<HTMLDivElement>(null);
  // Shown at once from what was read ahead (see prefetchArticles), then kept live.
  const data = useLiveQuery(() => loadArticleData(db, id), [db, id], cachedArticleData(id));
  const pictures = usePictureUrls(db, data?.images);
  useHitHighlights(bodyRef, data?.article.bodyHtml ?? '', highlight);
  if (data === undefined) return null;
  if (data === null) return <p className="article-placeholder">This article is no longer in the archive.</p>;
  // Keyed by article: a message about one article's page never shows on the next.
  const tools = data.article.url ? <FetchStoryButton key={id} articleId={id} /> : null;
  return <ArticleView {...data} pictures={pictures} sourceName={sourceNames.get(data.article.sourceId) ?? null} tools={tools} bodyRef={bodyRef} suggestions={<TopicSuggestions article={data.article} tags={data.tags} />} />;
});

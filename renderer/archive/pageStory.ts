import type { HostApi } from '../../shared/host/contract';
import type { ArchivableArticle } from '../../shared/model';
import { withPageStory } from '../../shared/story/withPageStory';
import { archiveArticles } from './articles';
import type { ArchiveDb } from './db';
import { imagesOf } from './images';
import { storePictures } from './pictures';
import { tagsOf } from './tags';

/** An archived article as an importer would hand it over: what withPageStory merges into. */
async function asArchivable(db: ArchiveDb, id: string): Promise<ArchivableArticle | null> {
  const article = await db.articles.get(id);
  if (!article) return null;
  const [images, tags, source] = await Promise.all([imagesOf(db, id), tagsOf(db, id), db.sources.get(article.sourceId)]);
  const { sourceId, sourceIds: _all, importedAt: _imported, sortDate: _sort, read: _read, updated: _updated, starred: _starred, ...fields } = article;
  return {
    ...fields,
    images: images.map(({ id: _id, articleId: _articleId, position: _position, ...image }) => image),
    // Only the tags a source gave: an archivist's own tags stay where they are.
    tags: tags.filter((t) => t.kind === 'source' || t.kind === 'entity').map(({ id: _id, articleId: _articleId, addedAt: _added, ...tag }) => tag),
    origin: { kind: source?.kind ?? 'feed', name: source?.name ?? sourceId, id: sourceId },
  };
}

export type PageStoryOutcome = { ok: true; changed: boolean } | { ok: false; error: string };

/**
 * The reader's "fetch the full story": the host fetches the article's page
 * and extracts the story and its pictures; their bytes are copied into the
 * archive, then the story is merged into the archived article, whose
 * earlier version is kept as a revision.
 */
export async function takeStoryFromPage(db: ArchiveDb, host: Pick<HostApi, 'fetchPage' | 'pullPictures'>, id: string): Promise<PageStoryOutcome> {
  const archived = await asArchivable(db, id);
  if (!archived?.url) return { ok: false, error: 'This article has no web page to fetch.' };
  const page = await host.fetchPage({ url: archived.url });
  if (!page.ok) return page;
  const merged = withPageStory(archived, page.article);
  if (merged === archived) return { ok: true, changed: false };
  await storePictures(db, host, [merged]);
  const outcome = await archiveArticles(db, [merged], { byReader: true });
  return { ok: true, changed: outcome.changed.length > 0 };
}

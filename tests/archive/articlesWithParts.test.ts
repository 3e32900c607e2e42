import { describe, expect, it } from 'vitest';
import type { NormalizedArticle } from '../../shared/model';
import { archiveArticles } from '../../renderer/archive/articles';
import { readArticlesWithParts } from '../../renderer/archive/articlesWithParts';
import { fileStory as article, freshArchive } from './freshArchive';

const archive = freshArchive('parts-test');

const bTags: NormalizedArticle['tags'] = [{ label: 'Oil', kind: 'source', code: null }, { label: 'Opec', kind: 'entity', code: null, entity: 'org' }];

const picture = (credit: string): NormalizedArticle['images'][number] => ({ src: null, caption: null, credit, creditSource: 'text-credit-line' });

describe('reading several articles with their parts in one go (the reader’s read-ahead)', () => {
  it('hands each article its own pictures in order, its tags and its count of earlier versions, and leaves out what is not there', async () => {
    await archiveArticles(archive.db, [
      article('a', { images: [picture('first'), picture('second'), picture('third')], tags: [{ label: 'Moscow', kind: 'entity', code: null, entity: 'place' }] }),
      article('b', { tags: bTags }),
      article('c'),
    ]);
    // Two later versions of b: two earlier ones kept.
    await archiveArticles(archive.db, [article('b', { tags: bTags, bodyHtml: '<p>Second.</p>' })]);
    await archiveArticles(archive.db, [article('b', { tags: bTags, bodyHtml: '<p>Third.</p>' })]);

    const found = await readArticlesWithParts(archive.db, ['b', 'gone', 'a', 'c']);

    expect([...found.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(found.get('a')?.images.map((i) => [i.position, i.credit])).toEqual([[0, 'first'], [1, 'second'], [2, 'third']]);
    expect(found.get('a')?.tags.map((t) => t.label)).toEqual(['Moscow']);
    expect(found.get('a')?.revisionCount).toBe(0);
    expect(found.get('b')?.images).toEqual([]);
    expect(found.get('b')?.tags.map((t) => t.label).sort()).toEqual(['Oil', 'Opec']);
    expect(found.get('b')?.revisionCount).toBe(2);
    expect(found.get('b')?.article.bodyHtml).toBe('<p>Third.</p>');
    expect(found.get('c')).toMatchObject({ images: [], tags: [], revisionCount: 0 });
  });

  it('asks nothing of the archive for no articles', async () => {
    expect((await readArticlesWithParts(archive.db, [])).size).toBe(0);
  });
});

import { afterEach, beforeEach } from 'vitest';
import type { NormalizedArticle } from '../../shared/model';
import { ArchiveDb } from '../../renderer/archive/db';

/** A new archive in Chromium's IndexedDB for each test of the file, deleted after it: `archive.db`. */
export function freshArchive(name: string): { readonly db: ArchiveDb } {
  let db: ArchiveDb | null = null;
  beforeEach(async () => {
    db = new ArchiveDb(`${name}-${crypto.randomUUID()}`);
    await db.open();
  });
  afterEach(async () => {
    await db?.delete();
    db = null;
  });
  return {
    get db(): ArchiveDb {
      if (!db) throw new Error('The archive is open only inside a test.');
      return db;
    },
  };
}

/** A story from a local file, as an import hands it to the archive: headline, one-line body, nothing else. */
export function fileStory(id: string, overrides: Partial<NormalizedArticle> = {}): NormalizedArticle {
  return {
    id,
    headline: `Story ${id}`,
    dek: null,
    section: null,
    bylines: [],
    publishedAt: null,
    updatedAt: null,
    url: null,
    language: null,
    bodyText: 'Body.',
    bodyHtml: '<p>Body.</p>',
    images: [],
    tags: [],
    origin: { kind: 'file', name: `${id}.txt` },
    ...overrides,
  };
}

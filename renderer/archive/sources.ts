import type { ArticleOrigin, Source } from '../../shared/model';
import type { ArchiveDb } from './db';

/** The source id for an origin: the same file name or URL is the same source. */
export const sourceIdOf = (origin: ArticleOrigin): string => origin.id ?? `${origin.kind}:${origin.name}`;

/** Adds the source if the archive does not know it yet. */
export async function ensureSource(db: ArchiveDb, origin: ArticleOrigin, now: string): Promise<string> {
  const id = sourceIdOf(origin);
  const known = await db.sources.get(id);
  // A feed's title can change; the archive follows it.
  if (!known || known.name !== origin.name) {
    await db.sources.put({ id, kind: origin.kind, name: origin.name, url: null, addedAt: known?.addedAt ?? now });
  }
  return id;
}

export function allSources(db: ArchiveDb): Promise<Source[]> {
  return db.sources.orderBy('name').toArray();
}

import type { ArticleOrigin, Source } from '../../shared/model';
import type { ArchiveDb } from './db';

/** The source id for an origin: the same file name or URL is the same source. */
export const sourceIdOf = (origin: ArticleOrigin): string => origin.id ?? `${origin.kind}:${origin.name}`;

/**
 * Adds the sources the archive does not know yet, and follows a feed whose
 * title changed. One read and one write for the lot: a sync batch carries
 * a dozen sources, and a request each, awaited in turn, cost up to 200 ms
 * a batch on a busy machine (measured in `npm run bench -- sync`).
 */
export async function ensureSources(db: ArchiveDb, origins: ArticleOrigin[], now: string): Promise<void> {
  const wanted = new Map(origins.map((origin) => [sourceIdOf(origin), origin]));
  const ids = [...wanted.keys()];
  const known = await db.sources.bulkGet(ids);
  const changed: Source[] = [];
  ids.forEach((id, i) => {
    const origin = wanted.get(id);
    const existing = known[i];
    if (origin && (!existing || existing.name !== origin.name)) changed.push({ id, kind: origin.kind, name: origin.name, url: null, addedAt: existing?.addedAt ?? now });
  });
  if (changed.length > 0) await db.sources.bulkPut(changed);
}

export function allSources(db: ArchiveDb): Promise<Source[]> {
  return db.sources.orderBy('name').toArray();
}

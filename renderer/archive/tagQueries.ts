import type { Article, EntityType, TagKind } from '../../shared/model';
import { labelKey } from '../../shared/tags/tagLabel';
import { newestFirst } from './articleQueries';
import type { ArchiveDb } from './db';
import { rowsOfLabel } from './tagEdits';

/** One tag across the archive, whatever its case and kind, for the tag browser and autocomplete. */
export interface TagSummary {
  key: string;
  /** The spelling most rows use. */
  label: string;
  /** Articles carrying it. */
  count: number;
  kinds: TagKind[];
  /** A Media Topic or source code some row carries. */
  code: string | null;
  entity: EntityType | null;
  /** When it was last put on an article (ISO 8601), for "recently used". */
  lastUsed: string;
}

/** Every tag in the archive with its count, read in one pass over the tags table. */
export async function tagSummaries(db: ArchiveDb): Promise<TagSummary[]> {
  const byKey = new Map<string, TagSummary & { articles: Set<string>; spellings: Map<string, number> }>();
  await db.tags.each((row) => {
    const key = labelKey(row.label);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, label: row.label, count: 0, kinds: [], code: null, entity: null, lastUsed: row.addedAt, articles: new Set(), spellings: new Map() };
      byKey.set(key, entry);
    }
    entry.articles.add(row.articleId);
    entry.spellings.set(row.label, (entry.spellings.get(row.label) ?? 0) + 1);
    if (!entry.kinds.includes(row.kind)) entry.kinds.push(row.kind);
    if (row.code && (entry.code === null || row.code.startsWith('medtop:'))) entry.code = row.code;
    if (row.entity) entry.entity = row.entity;
    if (row.addedAt > entry.lastUsed) entry.lastUsed = row.addedAt;
  });
  return [...byKey.values()].map(({ articles, spellings, ...summary }) => ({
    ...summary,
    count: articles.size,
    label: [...spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? summary.label,
  }));
}

export interface RelatedName {
  label: string;
  entity: EntityType;
  count: number;
}

export interface TagTimeline {
  /** The tag's articles, newest first. */
  articles: Article[];
  /** People, places and organisations tagged on the same articles, most shared first. */
  related: RelatedName[];
}

/** A tag's articles in date order, and the names that appear beside it. */
export async function tagTimeline(db: ArchiveDb, label: string): Promise<TagTimeline> {
  const rows = await rowsOfLabel(db, label);
  const ids = [...new Set(rows.map((row) => row.articleId))];
  const [articles, neighbours] = await Promise.all([db.articles.bulkGet(ids), db.tags.where('articleId').anyOf(ids).toArray()]);
  const key = labelKey(label);
  const related = new Map<string, RelatedName & { articles: Set<string> }>();
  for (const row of neighbours) {
    if (row.kind !== 'entity' || !row.entity || labelKey(row.label) === key) continue;
    const id = `${row.entity}:${labelKey(row.label)}`;
    const entry = related.get(id) ?? { label: row.label, entity: row.entity, count: 0, articles: new Set<string>() };
    entry.articles.add(row.articleId);
    entry.count = entry.articles.size;
    related.set(id, entry);
  }
  return {
    articles: articles.filter((a): a is Article => a !== undefined).sort(newestFirst),
    related: [...related.values()].map(({ articles: _a, ...name }) => name).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  };
}

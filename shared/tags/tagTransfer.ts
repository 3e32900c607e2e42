import Papa from 'papaparse';
import type { ArticleTag, EntityType, TagKind, TagVia } from '../model';
import { mediaTopicCode } from './mediaTopics';
import { cleanTagLabel } from './tagLabel';

/**
 * Article→tag assignments as files for the newsroom's CMS: CSV (one row per
 * assignment, RFC 4180 quoting) and JSON. What is exported imports back to
 * the same rows, ids and times included, so importing a file twice changes
 * nothing. Parsing checks every line before anything is applied: a file
 * with one bad line is refused whole, with every problem and its line.
 */

export const CSV_COLUMNS = ['article_id', 'headline', 'tag', 'kind', 'code', 'entity', 'added_at', 'via'] as const;
export const JSON_FORMAT = 'newsroom-reader/tags';

/** One assignment as it travels in a file. */
export interface TagAssignment {
  articleId: string;
  /** For people reading the file; ignored on import. */
  headline: string;
  tag: string;
  kind: TagKind;
  code: string | null;
  entity: EntityType | null;
  addedAt: string;
  via: TagVia | null;
}

export interface TransferProblem {
  /** 1-based line in the file (the JSON item's index + 1 for JSON). */
  line: number;
  message: string;
}

/** An assignment read from a file, with the line it came from (for problems found later, such as an unknown article). */
export type ReadAssignment = TagAssignment & { line: number };

export type ParsedAssignments = { ok: true; assignments: ReadAssignment[] } | { ok: false; problems: TransferProblem[] };

const KINDS = new Set<TagKind>(['source', 'entity', 'topic', 'archivist']);
const ENTITIES = new Set<EntityType>(['person', 'place', 'org']);
const VIAS = new Set<TagVia>(['typed', 'vocabulary', 'suggestion', 'import']);
const MAX_PROBLEMS = 50;

export function assignmentOf(row: ArticleTag, headline: string): TagAssignment {
  return { articleId: row.articleId, headline, tag: row.label, kind: row.kind, code: row.code, entity: row.entity ?? null, addedAt: row.addedAt, via: row.via ?? null };
}

export function toCsv(assignments: readonly TagAssignment[]): string {
  const rows = assignments.map((a) => [a.articleId, a.headline, a.tag, a.kind, a.code ?? '', a.entity ?? '', a.addedAt, a.via ?? '']);
  // Cells that a spreadsheet would run as a formula are prefixed, as OWASP advises for CSV exports.
  const safe = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: safe }, { newline: '\r\n' })}\r\n`;
}

export function toJson(assignments: readonly TagAssignment[], exported: string): string {
  return `${JSON.stringify({ format: JSON_FORMAT, version: 1, exported, assignments }, null, 1)}\n`;
}

/** Reads one assignment's fields, or says what is wrong with them. */
function checkAssignment(fields: Record<string, string | undefined>, now: string): TagAssignment | string {
  const articleId = (fields.article_id ?? '').trim();
  if (articleId === '') return 'article_id is empty; every row names the article it tags.';
  const label = cleanTagLabel(unescapeFormula(fields.tag ?? ''));
  if (!label.ok) return `tag: ${label.error}`;
  const kind = ((fields.kind ?? '').trim() || 'archivist') as TagKind;
  if (!KINDS.has(kind)) return `kind "${fields.kind ?? ''}" is not one of source, entity, topic, archivist.`;
  const rawCode = (fields.code ?? '').trim();
  const code = rawCode === '' ? null : (mediaTopicCode(rawCode) ?? rawCode);
  if (kind === 'topic' && (code === null || !code.startsWith('medtop:'))) return 'a topic row needs a Media Topic code such as medtop:04000000 in the code column.';
  const entity = ((fields.entity ?? '').trim() || null) as EntityType | null;
  if (entity !== null && !ENTITIES.has(entity)) return `entity "${entity}" is not one of person, place, org.`;
  if (kind === 'entity' && entity === null) return 'an entity row needs person, place or org in the entity column.';
  const rawDate = (fields.added_at ?? '').trim();
  if (rawDate !== '' && Number.isNaN(Date.parse(rawDate))) return `added_at "${rawDate}" is not a date; use ISO 8601 such as 2024-05-01T09:30:00Z.`;
  // A file with no via column (a CMS's) marks its tags as imported; our own export says each tag's origin, kept as it was.
  const via = (fields.via === undefined ? 'import' : fields.via.trim() || null) as TagVia | null;
  if (via !== null && !VIAS.has(via)) return `via "${via}" is not one of typed, vocabulary, suggestion, import.`;
  return { articleId, headline: fields.headline ?? '', tag: label.label, kind, code, entity, addedAt: rawDate === '' ? now : new Date(rawDate).toISOString(), via };
}

const unescapeFormula = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function parseCsv(text: string, now: string): ParsedAssignments {
  const problems: TransferProblem[] = [];
  const assignments: ReadAssignment[] = [];
  const body = text.replace(/^\ufeff/, '');
  const lineAt = lineCounter(body);
  const state: { header: string[] | null; unreadable: boolean } = { header: null, unreadable: false };
  let start = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      const line = lineAt(start);
      start = result.meta.cursor;
      // Without the columns no row can be read: the header's problem is the one to fix.
      if (problems.length >= MAX_PROBLEMS || state.unreadable) return;
      for (const error of result.errors) problems.push({ line, message: error.code === 'MissingQuotes' ? 'a quoted cell is never closed; add the closing ".' : error.message });
      if (result.errors.length > 0) return;
      if (!state.header) {
        const header = result.data.map((cell) => cell.trim().toLowerCase());
        state.header = header;
        const missing = ['article_id', 'tag'].filter((column) => !header.includes(column));
        state.unreadable = missing.length > 0;
        if (missing.length > 0) problems.push({ line, message: `the header row lacks ${missing.join(' and ')}; the first line must name the columns (${CSV_COLUMNS.join(',')}).` });
        return;
      }
      const names = state.header;
      if (result.data.length !== names.length) {
        problems.push({ line, message: `${result.data.length} cells where the header has ${names.length}; check for a stray comma or quote.` });
        return;
      }
      const checked = checkAssignment(Object.fromEntries(names.map((name, i) => [name, result.data[i]])), now);
      if (typeof checked === 'string') problems.push({ line, message: checked });
      else assignments.push({ ...checked, line });
    },
  });
  if (!state.header && problems.length === 0) problems.push({ line: 1, message: 'the file is empty; export from Newsroom Reader for an example of the columns.' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, assignments };
}

export function parseJson(text: string, now: string): ParsedAssignments {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, problems: [{ line: 1, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const list = Array.isArray(data) ? data : (data as { assignments?: unknown } | null)?.assignments;
  if (!Array.isArray(list)) return { ok: false, problems: [{ line: 1, message: `expected an "assignments" list (format ${JSON_FORMAT}).` }] };
  const problems: TransferProblem[] = [];
  const assignments: ReadAssignment[] = [];
  list.forEach((item: unknown, index) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (typeof item !== 'object' || item === null) {
      problems.push({ line: index + 1, message: 'each assignment must be an object.' });
      return;
    }
    const get = (key: string): string | undefined => {
      const value = (item as Record<string, unknown>)[key];
      // A key present but null (our export's "no origin") reads as an empty cell; an absent key as no column.
      return typeof value === 'string' ? value : key in item ? '' : undefined;
    };
    const checked = checkAssignment({ article_id: get('articleId'), headline: get('headline'), tag: get('tag'), kind: get('kind'), code: get('code'), entity: get('entity'), added_at: get('addedAt'), via: get('via') }, now);
    if (typeof checked === 'string') problems.push({ line: index + 1, message: checked });
    else assignments.push({ ...checked, line: index + 1 });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, assignments };
}

/** Line number (1-based) of a character offset, counted incrementally as offsets only grow. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

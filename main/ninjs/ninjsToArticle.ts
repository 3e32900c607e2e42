import type { ArticleImage, EntityType, NormalizedArticle, PubStatus, Tag, WireInfo } from '../../shared/model';
import { parseFeedDate } from '../feeds/feedDates';
import { htmlToParagraphs } from '../feeds/feedHtml';
import { articleId } from '../import/articleId';
import { escapeHtml } from '../sanitize/escapeHtml';
import { sanitizeArticleHtml } from '../sanitize/sanitizeArticleHtml';
import { ninjsFields, type NinjsFields } from './ninjsFields';

const IMAGE_TYPES = new Set(['picture', 'image', 'graphic']);
const MEDIA_TOPIC_URI = /^https?:\/\/cv\.iptc\.org\/newscodes\/mediatopic\/(\d+)/;

/** One text out of ninjs 2/3's role-tagged lists (`headlines`, `descriptions`, `bodies`), preferring `roles` in order. */
function byRole(list: unknown, roles: string[], contentType?: RegExp): string | null {
  if (!Array.isArray(list)) return typeof list === 'string' ? list : null;
  const entries = list.map((entry) => ninjsFields(entry)).filter((entry) => typeof entry.text('value') === 'string');
  const usable = contentType ? entries.filter((entry) => contentType.test(entry.text('contenttype') ?? 'text/plain')) : entries;
  for (const role of roles) {
    const found = usable.find((entry) => entry.text('role') === role);
    if (found) return found.text('value');
  }
  return usable[0]?.text('value') ?? null;
}

/** Plain text as paragraphs of HTML: blank lines (or, failing those, line breaks) separate paragraphs. */
function textToHtml(text: string): string {
  const paragraphs = (/\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n')).map((p) => p.trim()).filter((p) => p !== '');
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}

/** The body as HTML: the agency's HTML when it sent some, else its text laid out as paragraphs. */
function bodyOf(item: NinjsFields): string {
  const html = item.text('body_html') ?? byRole(item.get('bodies'), ['main', 'text', 'body'], /html/);
  if (html) return html;
  const text = item.text('body_text') ?? byRole(item.get('bodies'), ['main', 'text', 'body'], /plain/) ?? byRole(item.get('bodies'), ['main', 'text', 'body']);
  return text ? textToHtml(text) : '';
}

/** Subjects (with their codes: Media Topics as `medtop:…`) as source tags; people, places and organisations as entity tags. */
function tagsOf(item: NinjsFields): Tag[] {
  const tags: Tag[] = [];
  const seen = new Set<string>();
  const add = (tag: Tag): void => {
    const key = `${tag.kind}:${tag.label.toLocaleLowerCase()}`;
    if (seen.has(key) || tag.label.trim() === '') return;
    seen.add(key);
    tags.push(tag);
  };
  for (const subject of [...item.list('subject'), ...item.list('subjects')]) {
    const fields = ninjsFields(subject);
    const uri = fields.text('uri') ?? '';
    const scheme = fields.text('scheme') ?? '';
    const rawCode = fields.text('code') ?? fields.text('literal');
    const topic = MEDIA_TOPIC_URI.exec(uri)?.[1] ?? (/mediatopic/.test(scheme) && rawCode ? rawCode.replace(/^medtop:/, '') : null);
    const code = topic ? `medtop:${topic}` : (rawCode ?? (uri || null));
    add({ label: fields.text('name') ?? rawCode ?? uri, kind: 'source', code });
  }
  const entities: Array<[string, EntityType]> = [['person', 'person'], ['people', 'person'], ['place', 'place'], ['places', 'place'], ['organisation', 'org'], ['organisations', 'org']];
  for (const [field, entity] of entities) {
    for (const value of item.list(field)) {
      const name = ninjsFields(value).text('name');
      if (name) add({ label: name, kind: 'entity', code: null, entity });
    }
  }
  return tags;
}

/** The widest rendition that is a picture, else the association's own address. */
function pictureSource(association: NinjsFields): string | null {
  const renditions = Object.values(association.record('renditions') ?? {}).concat(association.list('renditions'));
  let best: { href: string; width: number } | null = null;
  for (const rendition of renditions) {
    const fields = ninjsFields(rendition);
    const href = fields.text('href');
    const type = fields.text('contenttype') ?? fields.text('mimetype') ?? 'image/';
    if (!href || !type.startsWith('image/')) continue;
    const width = Number(fields.get('width') ?? 0);
    if (!best || width > best.width) best = { href, width };
  }
  return best?.href ?? association.text('uri');
}

/**
 * Pictures with their captions and credits: the item itself when it is a
 * picture, then those among its associations (ninjs 1: an object by name;
 * 2 and 3: a list).
 */
function imagesOf(item: NinjsFields): ArticleImage[] {
  const associations = [item, ...[...Object.values(item.record('associations') ?? {}), ...item.list('associations')].map((a) => ninjsFields(a))];
  const images: ArticleImage[] = [];
  for (const association of associations) {
    if (!IMAGE_TYPES.has(association.text('type') ?? '')) continue;
    const caption =
      association.text('description_text') ?? byRole(association.get('descriptions'), ['caption', 'summary', 'text']) ?? association.text('headline') ?? byRole(association.get('headlines'), ['main']);
    // The most specific credit the agency gives: its credit line, then the photographer, then the copyright.
    const byline = association.text('byline') ?? association.text('by') ?? ninjsFields(association.list('bylines')[0]).text('byline');
    const credit = association.text('creditline') ?? byline ?? association.text('copyrightnotice') ?? association.text('copyrightholder');
    images.push({ src: pictureSource(association), caption, credit, creditSource: credit === null ? null : 'ninjs' });
  }
  return images;
}

/** The story on the web, when the item links to it (ninjs 2 and 3 `links`); its `uri` is an identifier, not a page. */
function webPageOf(item: NinjsFields): string | null {
  for (const link of item.list('links')) {
    const fields = ninjsFields(link);
    const href = fields.text('href');
    if (href && /^https?:\/\//.test(href) && /^(?:text\/html)?$/.test(fields.text('contenttype') ?? '')) return href;
  }
  return null;
}

function pubStatusOf(item: NinjsFields): PubStatus {
  const status = (item.text('pubstatus') ?? 'usable').toLowerCase();
  return status === 'canceled' || status === 'cancelled' ? 'canceled' : status === 'withheld' ? 'withheld' : 'usable';
}

/** One ninjs item (any version) as the archive's normalized article. */
export function ninjsToArticle(doc: Record<string, unknown>, ninjsVersion: string, fileName: string): NormalizedArticle {
  const item = ninjsFields(doc);
  const uri = item.text('uri') ?? item.text('guid') ?? articleId('ninjs-content', JSON.stringify(doc));
  const bodyHtml = sanitizeArticleHtml(bodyOf(item));
  const paragraphs = htmlToParagraphs(bodyHtml);
  const slugline = item.text('slugline');
  const headline = item.text('headline') ?? byRole(item.get('headlines'), ['main', 'title']) ?? item.text('title') ?? slugline ?? paragraphs[0]?.slice(0, 120) ?? 'Untitled wire item';
  const dek = item.text('description_text') ?? byRole(item.get('descriptions'), ['summary', 'teaser', 'abstract', 'text']);
  const bylines = [item.text('byline'), item.text('by'), ...item.list('bylines').map((b) => ninjsFields(b).text('byline'))].filter((b): b is string => !!b && b.trim() !== '');
  const versionCreated = parseFeedDate(item.text('versioncreated'));
  const firstCreated = parseFeedDate(item.text('firstcreated')) ?? parseFeedDate(item.text('contentcreated'));
  const urgency = Number(item.get('urgency'));
  const wire: WireInfo = {
    uri,
    pubStatus: pubStatusOf(item),
    urgency: Number.isInteger(urgency) && urgency >= 0 ? urgency : null,
    slugline,
    located: item.text('located'),
    version: item.get('version') === undefined ? null : String(item.get('version')),
    ninjsVersion,
  };
  return {
    // The agency's own identifier: a newer version of the item is the same article.
    id: articleId('ninjs', uri),
    headline: headline.trim(),
    dek: dek && dek.trim() !== '' && dek.trim() !== headline.trim() ? dek.trim() : null,
    section: ninjsFields(item.list('genres')[0] ?? item.list('genre')[0]).text('name'),
    bylines: bylines.length > 0 ? bylines : item.list('people').flatMap((p) => (ninjsFields(p).text('rel') === 'author' ? [ninjsFields(p).text('name') ?? ''] : [])).filter((n) => n !== ''),
    publishedAt: firstCreated ?? versionCreated,
    // A version date is an update only when the item also says when it was first created.
    updatedAt: firstCreated !== null && versionCreated !== null && versionCreated !== firstCreated ? versionCreated : null,
    url: webPageOf(item),
    language: item.text('language'),
    bodyText: paragraphs.join('\n\n'),
    bodyHtml,
    images: imagesOf(item),
    tags: tagsOf(item),
    origin: { kind: 'ninjs', name: fileName },
    wire,
  };
}

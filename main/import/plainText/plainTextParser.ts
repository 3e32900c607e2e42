import { classifyLine, looksLikeName, splitNames, type LineKind } from './lineKinds';

/** A block of an article's body. */
export type BodyBlock = { kind: 'paragraph' | 'subheading'; text: string };

/** What a pasted article's text holds, before it becomes a NormalizedArticle. */
export interface PlainTextArticle {
  headline: string | null;
  dek: string | null;
  section: string | null;
  bylines: string[];
  publishedAt: string | null;
  updatedAt: string | null;
  credits: string[];
  body: BodyBlock[];
}

interface Line {
  text: string;
  kind: LineKind;
  /** True when a blank line separates this line from the one before. */
  afterGap: boolean;
}

// How many lines of text may stand above a metadata line for it to still be
// part of the header (headline, standfirst, section, kicker).
const HEADER_TEXT_LINES = 4;
const HEADLINE_MAX_CHARS = 250;

/** Strips what pasting from a browser leaves behind: BOM, CRLF, NBSP, zero-width characters. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/[ \t]+$/gm, '');
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = false;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed === '') {
      gap = true;
      continue;
    }
    lines.push({ text: trimmed, kind: classifyLine(trimmed), afterGap: gap || lines.length === 0 });
    gap = false;
  }
  return lines;
}

const isMeta = (line: Line): boolean => line.kind.kind !== 'text';

/** The index just past the header: the last metadata line that has only a few text lines above it. */
function headerEnd(lines: Line[]): number {
  let textSeen = 0;
  let end = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (!isMeta(line)) {
      textSeen++;
      if (textSeen > HEADER_TEXT_LINES) break;
      continue;
    }
    end = i + 1;
    // A byline label takes its names from the next line, which is not header text.
    const next = lines[i + 1];
    if (line.kind.kind === 'bylineLabel' && next && !isMeta(next) && looksLikeName(next.text)) {
      end = i + 2;
      i++;
    }
  }
  return end;
}

/** A short line without sentence punctuation: a section name or a kicker. */
function isLabelLike(text: string): boolean {
  return text.length <= 40 && text.split(/\s+/).length <= 4 && !/[.!?,;:"”]$/.test(text);
}

/** A subheading inside the body: short, no closing punctuation, followed by more text. */
function isSubheading(text: string): boolean {
  return (
    text.length <= 90 &&
    text.split(/\s+/).length <= 12 &&
    /^[\p{Lu}\p{N}"“'‘]/u.test(text) &&
    !/[.!?,;:…"”'’)\]]$/.test(text)
  );
}

/**
 * Joins the body's lines into paragraphs. Where the text separates paragraphs
 * with blank lines, lines without one between them are hard-wrapped parts of
 * one paragraph; where it never does, each line is its own paragraph.
 */
function toBlocks(lines: Line[], usesGaps: boolean): BodyBlock[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const last = paragraphs.length - 1;
    if (usesGaps && !line.afterGap && last >= 0) paragraphs[last] = `${paragraphs[last] ?? ''} ${line.text}`;
    else paragraphs.push(line.text);
  }
  return paragraphs.map((text, i) => {
    const next = paragraphs[i + 1];
    const heading = next !== undefined && isSubheading(text) && next.length > text.length;
    return { kind: heading ? 'subheading' : 'paragraph', text };
  });
}

export function parsePlainText(input: string): PlainTextArticle {
  const lines = readLines(normalizeText(input));
  const article: PlainTextArticle = {
    headline: null, dek: null, section: null, bylines: [], publishedAt: null, updatedAt: null, credits: [], body: [],
  };
  const usesGaps = lines.some((line, i) => i > 0 && line.afterGap);
  const end = headerEnd(lines);
  const bodyLines: Line[] = [];
  const headerText: Line[] = [];

  const takeMeta = (line: Line, next: Line | undefined, inHeader: boolean): boolean => {
    const kind = line.kind;
    switch (kind.kind) {
      case 'date':
        if (kind.value) {
          if (kind.field === 'published') article.publishedAt ??= kind.value;
          else article.updatedAt ??= kind.value;
        }
        return false;
      case 'credit':
        article.credits.push(kind.credit);
        return false;
      case 'section':
        article.section ??= kind.section;
        return false;
      case 'byline':
        article.bylines.push(...kind.names);
        return false;
      case 'bylineLabel':
        if (inHeader && next && next.kind.kind === 'text' && looksLikeName(next.text)) {
          article.bylines.push(...splitNames(next.text));
          return true; // the next line was used
        }
        return false;
      case 'text':
        return false;
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const inHeader = i < end;
    if (isMeta(line)) {
      // A bare byline label that found no name is kept as text: nothing is lost.
      if (line.kind.kind === 'bylineLabel' && !(inHeader && takeMeta(line, lines[i + 1], inHeader))) {
        (inHeader ? headerText : bodyLines).push({ ...line, kind: { kind: 'text' } });
        continue;
      }
      if (line.kind.kind === 'bylineLabel') i++;
      else takeMeta(line, undefined, inHeader);
      continue;
    }
    (inHeader ? headerText : bodyLines).push(line);
  }

  // A kicker above the headline ("World" / "Floods Force Thousands…"): a label
  // followed by another line that is not a sentence either.
  const [kicker, afterKicker] = headerText;
  if (kicker && afterKicker && isLabelLike(kicker.text) && !/[.!?"”]$/.test(afterKicker.text)) {
    article.section ??= kicker.text;
    headerText.shift();
  }
  // The header's text lines: headline first, then a section name and a standfirst.
  const [first, ...rest] = headerText.length > 0 ? headerText : bodyLines.splice(0, 1);
  if (first && first.text.length <= HEADLINE_MAX_CHARS) article.headline = first.text;
  else if (first) bodyLines.unshift(first);
  const leftovers: Line[] = [];
  for (const line of rest) {
    if (article.section === null && isLabelLike(line.text) && headerText.length > 0) article.section = line.text;
    else if (article.dek === null && !isLabelLike(line.text) && headerText.length > 0) article.dek = line.text;
    else leftovers.push({ ...line, afterGap: true });
  }
  if (bodyLines[0]) bodyLines[0] = { ...bodyLines[0], afterGap: true };
  article.body = toBlocks([...leftovers, ...bodyLines], usesGaps);
  return article;
}

import { parseLooseDate } from './looseDate';

/**
 * What one line of a pasted article is. Pasted news pages carry their
 * metadata as short labelled lines ("Last Updated:", "| Written By",
 * "Image: AP"); everything else is text.
 */
export type LineKind =
  | { kind: 'date'; field: 'published' | 'updated'; value: string | null }
  | { kind: 'credit'; credit: string }
  | { kind: 'byline'; names: string[] }
  /** A byline label whose names are on the next line ("| Written By" / "Digital Desk"). */
  | { kind: 'bylineLabel' }
  | { kind: 'section'; section: string }
  | { kind: 'text' };

// Separators sites print around metadata: "| Written By", "· 5 min read".
const DECORATION = /^[|·•–—\-\s]+|[|·•\s]+$/g;

const DATE_LABEL =
  /^(last\s+updated(?:\s+on)?|updated(?:\s+on)?|modified|first\s+published(?:\s+on)?|published(?:\s+on)?|posted(?:\s+on)?|date)\s*(:)?\s*(.*)$/i;

const CREDIT_LABEL =
  /^(?:images?|photos?|photograph|picture|pic|illustration|graphic|(?:image|photo|picture)\s+credits?|credits?|photo\s+courtesy|courtesy)\s*[:|]\s*(.+)$/i;
const CREDIT_BY = /^(?:photo|image|picture|photograph)\s+by\s+(.+)$/i;
// Wire conventions printed on their own line: "(AP Photo/Evan Vucci)", "(Reuters/Jane Doe)".
const CREDIT_WIRE = /^\(([^()]{1,40}\bphoto\/[^()]{1,60}|[A-Z][A-Za-z]{1,20}\/[^()]{1,60})\)$/i;

const BYLINE_LABEL = /^(written\s+by|reported\s+by|words\s+by|story\s+by|authors?|by)\b\s*:?\s*(.*)$/i;
const SECTION_LABEL = /^(?:section|category|filed\s+under)\s*:\s*(.+)$/i;

/** A person's or desk's name: a few capitalised words, no sentence punctuation. */
export function looksLikeName(text: string): boolean {
  if (text.length === 0 || text.length > 80) return false;
  if (/[.!?;:"“”]$/.test(text) || /\d{3,}/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 10) return false;
  return /^\p{Lu}/u.test(text);
}

/** "Jane Doe and John Smith, Reuters" → ["Jane Doe", "John Smith", "Reuters"]. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|&|\band\b|\||\/)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

function isShortCredit(text: string): boolean {
  return text.length <= 120 && text.split(/\s+/).length <= 14 && !/[.!?]\s+\p{Lu}/u.test(text);
}

export function classifyLine(raw: string): LineKind {
  const line = raw.replace(DECORATION, '').trim();

  const date = DATE_LABEL.exec(line);
  if (date) {
    const label = (date[1] ?? '').toLowerCase();
    const rest = (date[3] ?? '').replace(DECORATION, '').trim();
    const field = /updated|modified/.test(label) ? 'updated' : 'published';
    const value = rest === '' ? null : parseLooseDate(rest);
    // An empty label gives no date; a label with a date we can read gives it.
    // Anything else ("Updated guidance was issued…") is ordinary text.
    if ((rest === '' && (date[2] !== undefined || label.includes(' '))) || value !== null) {
      return { kind: 'date', field, value };
    }
  }

  const credit = CREDIT_LABEL.exec(line) ?? CREDIT_BY.exec(line) ?? CREDIT_WIRE.exec(line);
  if (credit?.[1] && isShortCredit(credit[1].trim())) return { kind: 'credit', credit: credit[1].trim() };

  const section = SECTION_LABEL.exec(line);
  if (section?.[1] && section[1].length <= 60) return { kind: 'section', section: section[1].trim() };

  const byline = BYLINE_LABEL.exec(line);
  if (byline) {
    const rest = (byline[2] ?? '').replace(DECORATION, '').trim();
    if (rest === '' && line.length < 20) return { kind: 'bylineLabel' };
    if (rest !== '' && looksLikeName(rest)) return { kind: 'byline', names: splitNames(rest) };
  }
  return { kind: 'text' };
}

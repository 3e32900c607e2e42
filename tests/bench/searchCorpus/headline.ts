import type { Random } from './random';

/**
 * Headlines and standfirsts from wire copy. Reuters titles are upper case
 * ("CRONUS INDUSTRIES INC <CRNS> 4TH QTR LOSS"); archived headlines are not.
 */

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);
const ACRONYMS = new Set(['U.S.', 'U.K.', 'EC', 'EEC', 'OPEC', 'IMF', 'GATT', 'OECD', 'GNP', 'GDP', 'CPI', 'USSR', 'NYSE', 'SEC', 'FDIC', 'ICO', 'UAE', 'AG', 'NV', 'PLC', 'SA', 'UN', 'FAO', 'IEA', 'CEO', 'ADR', 'IPO', 'FOB', 'TV', 'EMS', 'ECU', 'UNCTAD', 'NZ', 'LDC', 'II', 'III']);
const KICKERS = ['Analysis: ', 'Update: ', 'Exclusive: ', 'Factbox: ', 'Explainer: ', 'Insight: ', 'Wrapup: ', 'Corrected: ', 'Live: ', 'Breakingviews: '];
const JOINS = [' as ', ' amid ', '; ', ' after ', ' while '];
const TAILS = [' – Sources', ', Officials Say', ', Analysts Say', ', Report Says', ' (Updated)', ', Filing Shows'];

/** `CRONUS INDUSTRIES INC <CRNS> 4TH QTR LOSS` → `Cronus Industries Inc (CRNS) 4th Qtr Loss`. */
export function titleCase(title: string): string {
  return title
    // Tickers sometimes run into the next word (`<BKNE.O>STAKE`).
    .replace(/<([^<>]+)>/g, ' ($1) ')
    .split(' ')
    .filter((word) => word !== '')
    .map((word, position) => {
      const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
      if (ACRONYMS.has(core) || /^\([A-Z.]{1,6}\)$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (position > 0 && SMALL_WORDS.has(lower)) return lower;
      // Each part of U.S.-JAPAN or SUGAR/COCOA is a word of its own.
      return lower.replace(/(^|[-/"(])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}

/**
 * The lead story's title, title-cased, and sometimes reworded the way desks
 * do: joined with a second story's title, given a kicker, or a tail. 100,000
 * articles from ~19,000 titles would otherwise repeat each headline five times.
 */
export function headline(random: Random, leadTitle: string, otherTitle: string | null, place: string | null): string {
  let text = titleCase(leadTitle);
  const roll = random.next();
  // Joined results headlines ("… 1st Qtr Net while … Sets Quarterly") read as nonsense: those carry a ticker.
  if (roll < 0.25 && otherTitle && !leadTitle.includes('<') && !otherTitle.includes('<')) text += random.pick(JOINS) + titleCase(otherTitle);
  else if (roll < 0.4) text = random.pick(KICKERS) + text;
  else if (roll < 0.5) text += place && random.chance(0.4) ? ` in ${place}` : random.pick(TAILS);
  return text;
}

const SENTENCE_END = /[.!?]["”’)]?(?=\s+["“(]?[\p{Lu}\p{N}])/gu;
/** Stops that do not end a sentence: "U.S.", "Corp.", "Feb.", initials. */
const ABBREVIATION = /(?:^|[\s("])(?:\p{Lu}|U\.S|U\.K|Corp|Inc|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|Nos|vs|Gen|Sen|Rep|Gov|Jr)\.$/u;
const LONGEST_DEK = 320;

/** The first sentence of a paragraph, cut at a word (with an ellipsis) if it runs past LONGEST_DEK characters. */
export function firstSentence(paragraph: string): string {
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > LONGEST_DEK) break;
    const sentence = paragraph.slice(0, end);
    if (!ABBREVIATION.test(sentence)) return sentence;
  }
  if (paragraph.length <= LONGEST_DEK) return paragraph;
  const cut = paragraph.lastIndexOf(' ', LONGEST_DEK - 1);
  return `${paragraph.slice(0, cut > 0 ? cut : LONGEST_DEK)}…`;
}

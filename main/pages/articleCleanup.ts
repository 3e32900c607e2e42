/**
 * What Readability leaves in an article that is not the story, removed by
 * general rules (no site is named here). Each rule was kept only where the
 * article-extraction benchmark showed it pays (`npm run bench -- extract`):
 * captions and picture credits (the archive keeps them with the picture),
 * datelines and bylines left in the text, calls to subscribe or read more,
 * lists of links to other stories, and short all-capitals links to them.
 */

const WORDS = /[\p{L}\p{N}]+/gu;
const wordCount = (text: string): number => text.match(WORDS)?.length ?? 0;
const textOf = (element: Element): string => element.textContent.replace(/\s+/g, ' ').trim();

/** Calls to act that are never part of a story. */
const CALL_TO_ACTION =
  /\b(?:sign up|subscribe (?:to|now|today)|newsletter|click here|clicking here|read more|see more|see also|related:|related coverage|more from|follow (?:us|him|her|them|\w+) on (?:twitter|facebook|instagram)|get (?:the|our) [\w\s]{0,30}app|download (?:the|our) app|want more stories|breaking news alerts|delivered (?:to your inbox|weekday)|tell us what you think|join (?:the|our) [\w\s]{0,20}(?:forum|conversation|community)|listen (?:to|back)|watch (?:live|now)|advertisement)\b/i;
/** A dateline or byline on a line of its own: "Published 10:02 AM EST Nov 19, 2019", "By Jane Doe - 11/18/19". */
const DATELINE = /^(?:published|updated|posted|last updated|first published|by\b|filed under)/i;
const CLOCK_OR_DATE = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d+ (?:minutes?|hours?|days?) ago\b/i;
/** Picture credits as newsrooms print them. */
const PICTURE_CREDIT = /^(?:\(?(?:image|photo|picture|photograph|credit|image copyright|image caption)\s*[:.]|\(image:|credit\.\.\.)|(?:getty images|reuters\/|ap photo|afp via getty|\/ap\)?)$/i;

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, dd, dt, div';

/** The blocks that hold text directly: no block inside them. */
function leafBlocks(root: Element): Element[] {
  return [...root.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
}

function isAllCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const latin = letters.replace(/[^A-Za-z]/g, '');
  return latin.length >= 12 && latin.length >= letters.length * 0.8 && latin === latin.toUpperCase();
}

function linkShare(block: Element, text: string): number {
  const linked = [...block.querySelectorAll('a')].reduce((sum, a) => sum + textOf(a).length, 0);
  return text.length === 0 ? 0 : linked / text.length;
}

/** Removes what is not the story from Readability's article, in place. */
export function cleanArticle(root: Element, headline: string): void {
  // Captions and credits belong to the picture, not the text.
  for (const caption of root.querySelectorAll('figcaption, [class*="caption" i], [class*="credit" i]')) caption.remove();
  const blocks = leafBlocks(root);
  const normalizedHeadline = headline.replace(/\s+/g, ' ').trim().toLowerCase();
  blocks.forEach((block, index) => {
    const text = textOf(block);
    if (text === '') return;
    const words = wordCount(text);
    const nearEdge = index < 3 || index >= blocks.length - 3;
    const remove =
      text.toLowerCase() === normalizedHeadline ||
      /^https?:\/\/\S+$/.test(text) ||
      (words <= 30 && CALL_TO_ACTION.test(text)) ||
      (words <= 14 && DATELINE.test(text)) ||
      (words <= 12 && nearEdge && CLOCK_OR_DATE.test(text) && !/[.!?]["”’]?$/.test(text)) ||
      (words <= 12 && PICTURE_CREDIT.test(text)) ||
      // A capitals line that links elsewhere is a promotion; one that doesn't is often a subhead.
      (words <= 20 && isAllCapitals(text) && linkShare(block, text) > 0.5) ||
      (words <= 25 && block.tagName !== 'P' && linkShare(block, text) > 0.9) ||
      (words <= 25 && block.tagName === 'P' && linkShare(block, text) > 0.95 && nearEdge);
    if (remove) block.remove();
  });
}

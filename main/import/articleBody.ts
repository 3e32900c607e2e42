import type { BodyBlock } from './plainText/plainTextParser';
import { escapeHtml } from '../sanitize/escapeHtml';
import { sanitizeArticleHtml } from '../sanitize/sanitizeArticleHtml';

/** The body as sanitized HTML (paragraphs and subheadings) and as plain text, paragraph per line pair. */
export function renderBody(blocks: BodyBlock[]): { bodyHtml: string; bodyText: string } {
  const html = blocks
    .map((block) => (block.kind === 'subheading' ? `<h2>${escapeHtml(block.text)}</h2>` : `<p>${escapeHtml(block.text)}</p>`))
    .join('\n');
  return { bodyHtml: sanitizeArticleHtml(html), bodyText: blocks.map((block) => block.text).join('\n\n') };
}

import { isPlainMarkup } from './isPlainMarkup';
import { sanitizeForDisplay } from './sanitizeForDisplay';

/**
 * Article HTML as the archive stores it: DOMPurify with the browser's own
 * parser, except for markup that is plain structure and text, which has
 * nothing to remove. It is sanitized again, always, before it is shown.
 */
export function sanitizeForStorage(html: string): string {
  return isPlainMarkup(html) ? html : sanitizeForDisplay(html);
}

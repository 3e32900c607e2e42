import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { isPlainMarkup } from '../../renderer/security/isPlainMarkup';
import { sanitizeForDisplay } from '../../renderer/security/sanitizeForDisplay';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pieces = ['<p>', '</p>', '<em>', '</em>', '<strong>', '</strong>', '<br>', '<br/>', '<li>', '</li>', '<ul>', '</ul>', '<blockquote>', '</blockquote>', '<h2>', '</h2>', '<pre>', '</pre>', '<code>', '</code>', '&amp;', '&lt;', '&gt;', '&quot;', '&#8217;', '&#x201C;', '&nbsp;', ' > ', 'Talks ', 'in Moscow ', 'continue. ', '"quoted" ', "it's "];


/** What DOMPurify took out of its last input, leaving out the body element it parses into and always drops. */
const removedByLastSanitize = (): unknown[] => DOMPurify.removed.filter((entry) => !('element' in entry && entry.element.nodeName === 'BODY'));

describe('the plain-markup fast path in Chromium', () => {
  it('DOMPurify reports what it removes, so the check below can fail', () => {
    sanitizeForDisplay('<p onclick="x()">Hi</p><script>y()</script>');
    expect(removedByLastSanitize()).toHaveLength(2);
  });

  it('only skips DOMPurify where DOMPurify would remove nothing: 500 generated bodies', () => {
    const next = random(20261128);
    for (let n = 0; n < 500; n++) {
      const html = Array.from({ length: 1 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)] ?? '').join('');
      expect(isPlainMarkup(html), html).toBe(true);
      sanitizeForDisplay(html);
      // DOMPurify lists every element and attribute it took out of its last input.
      expect(removedByLastSanitize(), html).toEqual([]);
    }
  });
});

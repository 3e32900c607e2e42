import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../main/sanitize/sanitizeArticleHtml';

describe('article HTML before it is stored', () => {
  it('removes scripts, handlers, iframes, forms, inline styles and remote fonts', () => {
    const dirty = [
      '<p onclick="steal()" style="color:red">Text<script>alert(1)</script></p>',
      '<iframe src="https://evil.example/"></iframe>',
      '<form action="https://evil.example/"><input name="q"></form>',
      '<style>@font-face { src: url(https://fonts.example/x.woff2) }</style>',
      '<img src="x" onerror="alert(1)">',
      '<a href="javascript:alert(1)">bad link</a>',
    ].join('');
    const clean = sanitizeArticleHtml(dirty);
    expect(clean).not.toMatch(/script|onclick|onerror|style|iframe|form|input|font-face|javascript:/i);
    expect(clean).toContain('<p>Text</p>');
    expect(clean).toContain('bad link');
  });

  it('marks web links to open outside the app', () => {
    expect(sanitizeArticleHtml('<p><a href="https://example.org/story">story</a></p>')).toBe(
      '<p><a href="https://example.org/story" target="_blank" rel="noopener noreferrer">story</a></p>',
    );
  });

  it('keeps the structure of a story', () => {
    const html = '<h2>Sub</h2><p><em>a</em> <strong>b</strong></p><blockquote>q</blockquote><ul><li>i</li></ul><figure><figcaption>c</figcaption></figure>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });
});

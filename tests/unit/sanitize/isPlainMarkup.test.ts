import { describe, expect, it } from 'vitest';
import { isPlainMarkup } from '../../../renderer/security/isPlainMarkup';

describe('isPlainMarkup: which bodies can skip the DOM sanitizer', () => {
  it.each([
    ['plain text', 'Talks continue in Moscow.'],
    ['paragraphs and inline structure', '<p>Talks <em>continue</em>, <strong>officials</strong> say.</p><p>More.</p>'],
    ['lists, quotes and headings', '<h2>Background</h2><ul><li>one</li><li>two</li></ul><blockquote><p>Quoted.</p></blockquote>'],
    ['void tags written either way', 'Line one<br>Line two<br/>Line three<br />'],
    ['character references', 'Smith &amp; Sons &mdash; 3 &lt; 4 &#8217; &#x2019;'],
    ['a bare greater-than sign', 'prices > last year'],
    ['an empty string', ''],
  ])('accepts %s', (_label, html) => {
    expect(isPlainMarkup(html)).toBe(true);
  });

  it.each([
    ['any attribute', '<p class="x">Hi</p>'],
    ['an event handler', '<p onclick="alert(1)">Hi</p>'],
    ['links, which carry URLs', '<a href="https://example.com/">x</a>'],
    ['pictures, which carry URLs', '<img src="https://example.com/x.jpg">'],
    ['scripts', '<script>alert(1)</script>'],
    ['raw-text elements', '<style>p{}</style>'],
    ['SVG, where mutation XSS lives', '<svg><p>x</p></svg>'],
    ['comments', '<!-- x -->'],
    ['a CDATA section', '<![CDATA[x]]>'],
    ['upper-case tags (normalized by the DOM pass instead)', '<P>Hi</P>'],
    ['a stray less-than sign', 'a < b'],
    ['a stray ampersand', 'Smith & Sons'],
    ['an unterminated reference', 'Smith &amp Sons'],
    ['a tag split by a newline in its name', '<scr\nipt>'],
    ['a tag that is only nearly allowed', '<pre2>x</pre2>'],
    ['a tag with a slash attribute trick', '<p/onclick=alert(1)>'],
  ])('refuses %s', (_label, html) => {
    expect(isPlainMarkup(html)).toBe(false);
  });

  it('stays linear on long adversarial input', () => {
    const hostile = `${'a'.repeat(200_000)}${'<p>'.repeat(50_000)}<x`;
    expect(isPlainMarkup(hostile)).toBe(false);
    expect(isPlainMarkup('<p>x</p>'.repeat(100_000))).toBe(true);
  });
});

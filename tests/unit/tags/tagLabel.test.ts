import { describe, expect, it } from 'vitest';
import { cleanTagLabel, isRightToLeft, labelKey, MAX_TAG_LENGTH } from '../../../shared/tags/tagLabel';

describe('tag labels', () => {
  it('refuses an empty tag, or one with no letter or digit, saying why', () => {
    expect(cleanTagLabel('')).toEqual({ ok: false, error: 'A tag needs at least one letter or digit.' });
    expect(cleanTagLabel(' \t\n ')).toMatchObject({ ok: false });
    expect(cleanTagLabel('—!?')).toEqual({ ok: false, error: '"—!?" has no letters or digits; a tag needs at least one.' });
  });

  it('refuses 10,000 characters with the count and the limit', () => {
    expect(cleanTagLabel('a'.repeat(10_000))).toEqual({ ok: false, error: `A tag can be at most ${MAX_TAG_LENGTH} characters; this one has 10,000. Shorten it.` });
    // Counted as characters: 120 letters outside the BMP (two UTF-16 units each) fit.
    expect(cleanTagLabel('𝒳'.repeat(MAX_TAG_LENGTH))).toMatchObject({ ok: true });
    expect(cleanTagLabel('漢'.repeat(MAX_TAG_LENGTH + 1))).toMatchObject({ ok: false });
  });

  it('takes out control and bidi-override characters, and collapses spaces', () => {
    expect(cleanTagLabel('  Ukraine\u0000 \u0007war\r\n')).toEqual({ ok: true, label: 'Ukraine war' });
    // U+202E would show "evil.exe" reversed to the next reader.
    expect(cleanTagLabel('tag\u202Eexe.live')).toEqual({ ok: true, label: 'tag exe.live' });
    expect(cleanTagLabel('\u2066isolated\u2069')).toEqual({ ok: true, label: 'isolated' });
  });

  it('keeps right-to-left text as written, and knows it reads right to left', () => {
    expect(cleanTagLabel(' أخبار عاجلة ')).toEqual({ ok: true, label: 'أخبار عاجلة' });
    expect(isRightToLeft('أخبار')).toBe(true);
    expect(isRightToLeft('חדשות')).toBe(true);
    expect(isRightToLeft('2024 أخبار')).toBe(true);
    expect(isRightToLeft('news')).toBe(false);
  });

  it('treats labels differing only in case, or in Unicode form, as one tag', () => {
    expect(labelKey('Ukraine WAR')).toBe(labelKey('ukraine war'));
    expect(labelKey('Cafe\u0301')).toBe(labelKey('Café'));
    expect(cleanTagLabel('Cafe\u0301')).toEqual({ ok: true, label: 'Café' });
  });
});

/**
 * What a tag's label may be. Archivists type tags, CSV files carry them and
 * feeds send them, so every label is cleaned the same way before it is kept:
 * Unicode NFC, control and bidi-override characters removed (they can
 * reorder what the next reader sees), runs of spaces collapsed. Right-to-left
 * letters are kept as they are: Arabic and Hebrew tags are real tags.
 */

/** Longest label kept. Longer is a pasted paragraph, not a tag. */
export const MAX_TAG_LENGTH = 120;

// C0/C1 controls, and the bidi embedding, override and isolate controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Characters as a reader counts them (code points, so an emoji or a CJK character is one). */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate and the low one after it are one character.
    if (code < 0xd800 || code > 0xdbff) n++;
  }
  return n;
}

export type LabelCheck = { ok: true; label: string } | { ok: false; error: string };

export function cleanTagLabel(input: string): LabelCheck {
  const label = input.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim();
  if (label === '') return { ok: false, error: 'A tag needs at least one letter or digit.' };
  if (!/[\p{L}\p{N}]/u.test(label)) return { ok: false, error: `"${label}" has no letters or digits; a tag needs at least one.` };
  const length = codePoints(label);
  if (length > MAX_TAG_LENGTH) return { ok: false, error: `A tag can be at most ${MAX_TAG_LENGTH} characters; this one has ${length.toLocaleString('en')}. Shorten it.` };
  return { ok: true, label };
}

/** The key two labels share when they name the same tag ("Ukraine war" = "ukraine WAR"). */
export const labelKey = (label: string): string => label.normalize('NFC').toLocaleLowerCase('en');

/** Text that reads right to left (Arabic, Hebrew…), shown with dir="rtl". */
export const isRightToLeft = (label: string): boolean => /^[^\p{L}]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u.test(label);

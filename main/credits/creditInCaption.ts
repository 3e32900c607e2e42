/** A picture credit at the end of a caption, as newsrooms print them. */
const TRAILING_CREDITS: RegExp[] = [
  // "(AP Photo/Evan Vucci)", "(DHA via AP, File)", "(Photo: Jane Doe/Reuters)"
  /\s*\(((?:[^()]*(?:\b(?:photo|photos|image|credit|pool|via|file)\b|©)[^()]*)|(?:[A-Z][\w.&'’ -]{0,30}\/[^()]{1,60}))\)\s*\.?$/i,
  // "… Photo: Jane Doe/Reuters", "… Image: AP", "Credit: …", "Credit...Anna Moneymaker/The New York Times"
  /(?<=^|[.!?…]\s+|[|·–—-]\s+|\s)(?:photo(?:graph)?|image|picture|pic|illustration|credit)s?\s*(?:[:|]|\.\.\.|…)\s*([^:]{2,100}?)\s*\.?$/i,
  // "Image copyright Getty Images" (a credit line of its own)
  /^(?:image|photo)\s+copyright\s+(.{2,80})$/i,
  // "© Jane Doe", "Copyright 2019 Jane Doe"
  /\s*(©\s*.{2,80}|copyright\s+.{2,80})$/i,
  // "… Getty Images", "… REUTERS/Brendan McDermid", "… AFP via Getty Images", "… EPA-EFE/Jane Doe"
  /(?<=^|[.!?…)]\s+|\s)((?:[A-Z][\w.'’-]*\s+){0,3}(?:via\s+)?(?:Getty(?: Images)?|Shutterstock|Alamy(?: Stock Photo)?|AFP|REUTERS\/[^.]{2,60}|Reuters|EPA(?:-EFE)?(?:\/[^.]{2,60})?|PA(?: Wire| Media)?|AP|Bloomberg)|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*\/\s*(?:AP|AFP|Reuters|Getty Images|EPA|The [A-Z][\w ]{2,40}))\s*\.?$/,
];

export interface CaptionParts {
  /** The caption without its credit; null when the text was only a credit. */
  caption: string | null;
  credit: string | null;
}

/**
 * Splits the credit from a caption by the conventions newsrooms print:
 * "Image: AP" (as in the seed), "Photo: Jane Doe/Reuters", "(AP Photo/Evan
 * Vucci)", "Getty Images", "©". A caption with none of them is all caption.
 */
export function creditInCaption(text: string): CaptionParts {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return { caption: null, credit: null };
  for (const pattern of TRAILING_CREDITS) {
    const match = pattern.exec(clean);
    const credit = match?.[1]?.trim().replace(/[.,;]+$/, '');
    if (match && credit) {
      const caption = clean.slice(0, match.index).trim();
      return { caption: caption === '' ? null : caption, credit };
    }
  }
  return { caption: clean, credit: null };
}

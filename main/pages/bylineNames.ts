import { splitNames } from '../import/plainText/lineKinds';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A date a page glued to its byline: "Jeff Foust — November 18, 2019", "FEDERICA LUSIARDI - 2019-04-10", "Carrie ArnoldNovember 15, 2019". */
const TRAILING_DATE = new RegExp(`(?:\\s*[—–|-]\\s*|\\s+|(?<=\\p{Ll}))(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+${MONTH}).*$`, 'iu');

/**
 * The people in a byline as a page gives it: without "By", a date glued on,
 * or "and" between two names. A part that doesn't look like a name (a
 * role, an agency) stays with the names, as the page wrote it.
 */
export function bylineNames(byline: string): string[] {
  const text = byline.replace(/^\s*by\s+/i, '').replace(TRAILING_DATE, '').replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  return splitNames(text);
}

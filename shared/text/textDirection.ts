import { isRightToLeft } from '../tags/tagLabel';

/** Languages written right to left (ISO 639-1, and the script subtags that make another language so). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

/**
 * Which way an article's text runs: from its language tag when it has one
 * ("ar", "ur-PK", "pa-Arab"), else from the first letter of its headline,
 * since feeds often leave the language out.
 */
export function textDirection(language: string | null | undefined, headline: string): 'rtl' | 'ltr' {
  if (language) {
    const [primary = '', ...subtags] = language.toLowerCase().split(/[-_]/);
    if (RTL_LANGUAGES.has(primary) || subtags.some((s) => RTL_SCRIPTS.has(s))) return 'rtl';
    if (/^[a-z]{2,3}$/.test(primary)) return 'ltr';
  }
  return isRightToLeft(headline) ? 'rtl' : 'ltr';
}

import { parseLooseDate } from '../import/plainText/looseDate';

/**
 * Feed dates → ISO 8601, in the importer's convention: an instant with a
 * zone becomes UTC (`2004-01-01T19:48:21.000Z`), a time without a zone stays
 * local (`2004-01-01T19:48:21`), a date stays a date (`2004-01-01`). A date
 * that cannot be read with confidence gives null: a wrong date is worse than none.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822 §5.1 zones, the North American ones feeds still print, and the
// military letters (RFC 1123 notes they were specified backwards, so only Z is trusted).
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  AST: -4, ADT: -3, AKST: -9, AKDT: -8, HST: -10, BST: 1, CET: 1, CEST: 2, MET: 1, MEST: 2, EET: 2, EEST: 3,
  WET: 0, WEST: 1, MSK: 3, IST: 5.5, JST: 9, KST: 9, AEST: 10, AEDT: 11, ACST: 9.5, AWST: 8, NZST: 12, NZDT: 13,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// Month abbreviations of feeds written in other languages ("Seg, 24 Set 2018" from a Brazilian feed):
// Portuguese, Spanish, Italian, German, Dutch, French, where their first letters differ from English.
const OTHER_MONTHS: Record<string, number> = {
  fev: 2, abr: 4, mai: 5, ago: 8, set: 9, out: 10, dez: 12, ene: 1, dic: 12, gen: 1, mag: 5, giu: 6, lug: 7, ott: 10,
  mär: 3, mrz: 3, okt: 10, mrt: 3, mei: 5, janv: 1, févr: 2, fevr: 2, mars: 3, avr: 4, juin: 6, juil: 7, août: 8, aout: 8, déc: 12,
};

function monthOf(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const french = OTHER_MONTHS[lower.slice(0, 4)];
  if (french !== undefined && lower.length >= 4) return french;
  const english = MONTHS.indexOf(lower.slice(0, 3)) + 1;
  return english > 0 ? english : (OTHER_MONTHS[lower.slice(0, 3)] ?? 0);
}

/** Offset in minutes for "+0100", "-05:00", "GMT", "EST"; undefined when unreadable. null when absent. */
function zoneOffset(zone: string | undefined): number | null | undefined {
  if (zone === undefined || zone === '') return null;
  const numeric = /^(?:(?:GMT|UTC|UT)\s*)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const hours = ZONES[zone.toUpperCase()];
  return hours === undefined ? undefined : hours * 60;
}

function twoDigitYear(year: string): number {
  const n = Number(year);
  if (year.length !== 2) return n;
  // RFC 2822 §4.3: 00–49 are 2000–2049, 50–99 are 1950–1999.
  return n < 50 ? 2000 + n : 1900 + n;
}

interface Fields {
  year: number; month: number; day: number;
  hour: number; minute: number; second: number; fraction: string;
  offset: number | null;
}

/** The ISO string for validated fields, or null when a field is out of range (31 February, 25 o'clock). */
function toIso(fields: Fields): string | null {
  const { year, month, day, hour, minute, second, fraction, offset } = fields;
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59 || second > 60) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  const ms = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  const local = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms);
  if (offset === null) return new Date(local).toISOString().replace(/Z$/, '').replace(/\.000$/, '');
  return new Date(local - offset * 60_000).toISOString();
}

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const ISO_PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;
// "Sat, 07 Sep 2002 00:00:01 GMT", "7 Sep 02 0:00 +0100", "Thu,01 Jan 2004 19.48.21 EST"
const RFC822 = /^(?:\p{L}{2,9}\.?,?\s*)?(\d{1,2})[\s-]+(\p{L}{3,9})\.?[\s-]+(\d{2}|\d{4}),?(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.(\d+))?)?\s*(?:\(?([a-z]{1,5}|(?:(?:gmt|utc)\s*)?[+-]\d{1,2}:?\d{2})\)?)?(?:\s*\([^)]*\))?$/iu;
// asctime and JavaScript's Date.toString(): "Sun Jan  4 16:29:06 PST 2004", "Sun Jan 4 2004 16:29:06 GMT+0100".
const ASCTIME = /^[a-z]{3,9},?\s+([a-z]{3,9})\s+(\d{1,2}),?\s+(?:(\d{4})\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+([a-z]{1,5}|(?:gmt|utc)?[+-]\d{2}:?\d{2}))?(?:\s+(\d{4}))?(?:\s*\([^)]*\))?$/i;

export function parseFeedDate(input: string | null | undefined): string | null {
  const text = (input ?? '').trim().replace(/\s+/g, ' ');
  if (text === '') return null;

  let m = ISO.exec(text);
  if (m) {
    const offset = m[8] === undefined ? null : m[8].toUpperCase() === 'Z' ? 0 : zoneOffset(m[8]);
    if (offset === undefined) return null;
    if (m[4] === undefined) {
      return toIso({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: 0, minute: 0, second: 0, fraction: '', offset: null }) === null
        ? null
        : `${m[1]}-${m[2]}-${m[3]}`;
    }
    return toIso({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0), fraction: m[7] ?? '', offset });
  }
  m = ISO_PARTIAL.exec(text);
  if (m) {
    const month = m[2] === undefined ? null : Number(m[2]);
    if (month !== null && (month < 1 || month > 12)) return null;
    return month === null ? (m[1] ?? null) : `${m[1]}-${pad(month)}`;
  }
  m = RFC822.exec(text);
  if (m) {
    const month = monthOf(m[2] ?? '');
    const offset = zoneOffset(m[8]);
    if (month === 0 || offset === undefined) return null;
    const year = twoDigitYear(m[3] ?? '');
    if (m[4] === undefined) {
      return toIso({ year, month, day: Number(m[1]), hour: 0, minute: 0, second: 0, fraction: '', offset: null }) === null ? null : `${year}-${pad(month)}-${pad(Number(m[1]))}`;
    }
    // RFC 822 dates carry a zone; one without reads as GMT, as every feed reader does.
    return toIso({ year, month, day: Number(m[1]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0), fraction: m[7] ?? '', offset: offset ?? 0 });
  }
  m = ASCTIME.exec(text);
  if (m) {
    const month = monthOf(m[1] ?? '');
    const offset = zoneOffset(m[7]?.replace(/^(gmt|utc)(?=[+-])/i, ''));
    const year = Number(m[3] ?? m[8]);
    if (month === 0 || offset === undefined || Number.isNaN(year)) return null;
    return toIso({ year, month, day: Number(m[2]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0), fraction: '', offset: offset ?? 0 });
  }
  // "May 29, 2023 14:30 IST", "29 May 2023": the forms news sites print.
  return parseLooseDate(text);
}

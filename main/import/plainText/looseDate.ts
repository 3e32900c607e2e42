/**
 * Reads the dates news sites print ("May 29, 2023 14:30 IST", "29 May 2023",
 * "2023-05-29T10:00:00Z") into ISO 8601. Returns null for anything it cannot
 * read with confidence: a wrong date is worse than none.
 */

// Offsets of the zone abbreviations newsrooms print most; ambiguous ones
// (e.g. CST) are read as the zone most news sites mean by them.
const ZONE_OFFSETS: Record<string, string> = {
  UTC: '+00:00', GMT: '+00:00', Z: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', IST: '+05:30', JST: '+09:00', AEST: '+10:00',
  AEDT: '+11:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00',
  MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

interface Parts {
  year: number;
  month: number; // 1-12
  day: number;
  time: string | null; // HH:MM[:SS]
  zone: string | null; // +HH:MM
}

function readTime(rest: string): { time: string | null; zone: string | null } | null {
  const trimmed = rest.replace(/^[\s,]*(?:at\s+)?/i, '').replace(/,/g, ' ').trim();
  if (trimmed === '') return { time: null, zone: null };
  const m = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:\(?([A-Z]{1,4}|[+-]\d{2}:?\d{2})\)?)?$/i.exec(trimmed);
  if (!m) return null;
  let hour = Number(m[1]);
  const meridiem = m[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23) return null;
  const time = `${pad(hour)}:${m[2]}${m[3] ? `:${m[3]}` : ':00'}`;
  const rawZone = m[5];
  if (!rawZone) return { time, zone: null };
  if (/^[+-]/.test(rawZone)) return { time, zone: rawZone.length === 5 ? `${rawZone.slice(0, 3)}:${rawZone.slice(3)}` : rawZone };
  const zone = ZONE_OFFSETS[rawZone.toUpperCase()];
  return zone ? { time, zone } : null;
}

function readParts(input: string): Parts | null {
  const text = input.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    const zone = m[5] ? (m[5] === 'Z' ? '+00:00' : m[5].includes(':') ? m[5] : `${m[5].slice(0, 3)}:${m[5].slice(3)}`) : null;
    return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: m[4] ? m[4].slice(0, 8).padEnd(8, ':00').slice(0, 8) : null, zone };
  }
  // "May 29, 2023 14:30 IST" / "May 29 2023"
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$/.exec(text);
  if (m && monthIndex(m[1] ?? '') >= 0) {
    const time = readTime(m[4] ?? '');
    if (!time) return null;
    return { year: Number(m[3]), month: monthIndex(m[1] ?? '') + 1, day: Number(m[2]), ...time };
  }
  // "29 May 2023, 14:30"
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(.*)$/.exec(text);
  if (m && monthIndex(m[2] ?? '') >= 0) {
    const time = readTime(m[4] ?? '');
    if (!time) return null;
    return { year: Number(m[3]), month: monthIndex(m[2] ?? '') + 1, day: Number(m[1]), ...time };
  }
  return null;
}

/** ISO 8601 for a printed date, or null. A date without a time stays a date ("2023-05-29"). */
export function parseLooseDate(input: string): string | null {
  const parts = readParts(input.trim());
  if (!parts) return null;
  const { year, month, day, time, zone } = parts;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (year < 1800 || year > 2200 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  if (!zone) return `${date}T${time}`;
  const instant = new Date(`${date}T${time}${zone}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/**
 * Dates in filters: `2023`, `2023-05`, `2023-05-29` (UTC), or how long ago:
 * `7d`, `2w`, `3m`, `1y`. Each names a span [start, end); before:, after:
 * and on: take the side they need.
 */
const DAY = 86_400_000;

export interface DateSpan {
  /** The span's first moment, and the moment after it ends: on: matches [start, end). */
  start: number;
  end: number;
  /** For a relative date, the moment it names: before: and after: cut there rather than at the day's edges. */
  moment?: number;
}

/** Midnight UTC of a day. Date.UTC would read years 0–99 as 1900–1999; setUTCFullYear does not. */
function utc(year: number, monthIndex: number, day: number): number {
  const at = new Date(0);
  at.setUTCFullYear(year, monthIndex, day);
  return at.getTime();
}

/** The same moment `months` months earlier; a day the month lacks becomes its last (31 May less 3 months is 28 February, not 3 March). */
function monthsBefore(now: number, months: number): number {
  const at = new Date(now);
  const total = at.getUTCFullYear() * 12 + at.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(utc(year, month + 1, 0)).getUTCDate();
  at.setUTCFullYear(year, month, Math.min(at.getUTCDate(), lastDay));
  return at.getTime();
}

export function dateSpan(value: string, now: number): DateSpan | null {
  const relative = /^(\d{1,4})([dwmy])$/i.exec(value);
  if (relative) {
    const n = Number(relative[1]);
    const unit = (relative[2] as string).toLowerCase();
    const moment = unit === 'd' ? now - n * DAY : unit === 'w' ? now - n * 7 * DAY : monthsBefore(now, unit === 'm' ? n : n * 12);
    // "7d" is a moment; on:7d is the day it falls in.
    const at = new Date(moment);
    const day = utc(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
    return { start: day, end: day + DAY, moment };
  }
  const absolute = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!absolute) return null;
  const year = Number(absolute[1]);
  const month = absolute[2] === undefined ? null : Number(absolute[2]);
  const day = absolute[3] === undefined ? null : Number(absolute[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  if (month === null) return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  if (day === null) return { start: utc(year, month - 1, 1), end: utc(year, month, 1) };
  const start = utc(year, month - 1, day);
  // 2023-02-30 is not a day.
  if (new Date(start).getUTCDate() !== day) return null;
  return { start, end: start + DAY };
}

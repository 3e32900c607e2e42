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

export function dateSpan(value: string, now: number): DateSpan | null {
  const relative = /^(\d{1,4})([dwmy])$/i.exec(value);
  if (relative) {
    const n = Number(relative[1]);
    const unit = (relative[2] as string).toLowerCase();
    const at = new Date(now);
    if (unit === 'd') at.setTime(now - n * DAY);
    else if (unit === 'w') at.setTime(now - n * 7 * DAY);
    else if (unit === 'm') at.setUTCMonth(at.getUTCMonth() - n);
    else at.setUTCFullYear(at.getUTCFullYear() - n);
    // "7d" is a moment; on:7d is the day it falls in.
    const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
    return { start: day, end: day + DAY, moment: at.getTime() };
  }
  const absolute = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!absolute) return null;
  const year = Number(absolute[1]);
  const month = absolute[2] === undefined ? null : Number(absolute[2]);
  const day = absolute[3] === undefined ? null : Number(absolute[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  if (month === null) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (day === null) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  const start = Date.UTC(year, month - 1, day);
  // 2023-02-30 is not a day.
  if (new Date(start).getUTCDate() !== day) return null;
  return { start, end: start + DAY };
}

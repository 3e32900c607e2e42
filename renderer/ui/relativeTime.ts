const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "in 5 minutes", "2 hours ago": for when a source last synced or will sync next. */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return seconds > 0 ? 'in a moment' : 'just now';
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/** relativeTime for something that has happened: a clock read a little before it never makes it "in a moment". */
export function relativePast(iso: string, now: number = Date.now()): string {
  return relativeTime(iso, Math.max(now, Date.parse(iso)));
}

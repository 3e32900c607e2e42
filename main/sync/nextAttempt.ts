/**
 * When to try a source again. After success: its interval, stretched to what
 * the feed (RSS ttl) or server (Cache-Control max-age) asked for. After a
 * failure: exponential backoff with full jitter, at least what Retry-After
 * asked for, capped at a day.
 */
const MINUTE = 60_000;
const BACKOFF_MAX_MS = 24 * 60 * MINUTE;
/** The first retry waits up to this long; each failure after doubles it. */
export const DEFAULT_BACKOFF_BASE_MS = MINUTE;

export function afterSuccess(now: number, intervalMinutes: number, serverMinMinutes: number | null): number {
  return now + Math.max(intervalMinutes, serverMinMinutes ?? 0) * MINUTE;
}

export function afterFailure(now: number, failures: number, retryAfterMs: number | null, baseMs = DEFAULT_BACKOFF_BASE_MS, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, baseMs * 2 ** Math.max(0, failures - 1));
  // Full jitter: sources that failed together do not all retry together.
  const backoff = ceiling / 2 + random() * (ceiling / 2);
  return now + Math.max(backoff, retryAfterMs ?? 0);
}

/** Cache-Control max-age in minutes, or null. */
export function maxAgeMinutes(cacheControl: string | undefined): number | null {
  const match = /(?:^|,)\s*max-age\s*=\s*(\d+)/i.exec(cacheControl ?? '');
  return match ? Math.ceil(Number(match[1]) / 60) : null;
}

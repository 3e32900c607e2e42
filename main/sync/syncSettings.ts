import type { SyncSettings } from './syncService';

/** The User-Agent every request sends, so site owners can see who is asking. */
export const userAgent = (version: string): string => `NewsroomReader/${version} (+https://newsroomreader.org; feed reader)`;

/**
 * Defaults for a desktop reader on an ordinary connection. Environment
 * variables override them for tests and benchmarks on loopback.
 */
export function syncSettings(version: string, isOnline: () => boolean, env: NodeJS.ProcessEnv = process.env): SyncSettings {
  const num = (name: string, fallback: number): number => {
    const raw = env[name];
    const value = raw === undefined ? NaN : Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    fetch: {
      userAgent: userAgent(version),
      connectTimeoutMs: num('NEWSROOM_CONNECT_TIMEOUT_MS', 10_000),
      totalTimeoutMs: num('NEWSROOM_TOTAL_TIMEOUT_MS', 60_000),
      maxBytes: num('NEWSROOM_MAX_FEED_BYTES', 20 * 1024 * 1024),
      maxRedirects: 5,
    },
    fetchPages: num('NEWSROOM_FETCH_PAGES', 1) !== 0,
    maxConcurrent: num('NEWSROOM_SYNC_CONCURRENCY', 6),
    perHostConcurrent: num('NEWSROOM_SYNC_PER_HOST', 2),
    perHostGapMs: num('NEWSROOM_SYNC_HOST_GAP_MS', 250),
    tickMs: num('NEWSROOM_SYNC_TICK_MS', 15_000),
    backoffBaseMs: num('NEWSROOM_SYNC_BACKOFF_MS', 60_000),
    isOnline,
    // A watched folder is on this machine, like a loopback server.
    needsNetwork: (url) => !url.startsWith('file:') && !isLoopback(url),
  };
}

/** localhost and 127.0.0.0/8: this machine, reachable without a network. */
export function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
  } catch {
    return false;
  }
}

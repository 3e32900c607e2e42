/** A subscribed source as the Sources view shows it: its settings and its health. */
export interface Subscription {
  /** Also the archive's source id for its articles. */
  id: string;
  /** A feed on the web, or a folder on this computer whose article files are watched. */
  kind: 'feed' | 'folder';
  /** The feed's address (after a permanent redirect, the new one), or the folder's as a file: URL. */
  url: string;
  /** The site the feed belongs to, when it says. */
  siteUrl: string | null;
  title: string;
  folder: string | null;
  /** How often to sync, unless the feed or server asks for longer. */
  intervalMinutes: number;
  paused: boolean;
  /** Fetch every item's page and take the story from it, even when the feed seems to carry the whole story. */
  alwaysFetchPage: boolean;
  /** Why it was paused, in words for the person ("The feed is gone (HTTP 410)…"). */
  pausedReason: string | null;
  addedAt: string;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** When the next sync is due; null while paused. */
  nextAttemptAt: string | null;
  /** Failures in a row since the last success. */
  failures: number;
  syncing: boolean;
}

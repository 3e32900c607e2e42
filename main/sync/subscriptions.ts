import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Subscription } from '../../shared/model';
import { discoverFeedLinks, looksLikeFeed, parseFeed } from '../feeds/parseFeed';
import { FetchError } from './fetchError';
import { ninjsFeedArticles } from './ninjsFeed';
import { fetchFeed, type FetchOptions } from './httpFetch';
import { readOpml, writeOpml } from './opml';
import { newSourceRecord, sourceIdFor, type SourceStore } from './sourceStore';
import type { SyncService } from './syncService';

/** A message for the person, raised when a subscription can't be made or changed. */
export class SubscriptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SubscriptionError';
  }
}

/**
 * Adding, editing, pausing and removing subscriptions, and OPML in and out.
 * Subscribing by a site's address finds its feed through <link rel="alternate">.
 */
export class Subscriptions {
  constructor(
    private readonly store: SourceStore,
    private readonly sync: SyncService,
    private readonly fetchOptions: FetchOptions,
    private readonly changed: () => void,
  ) {}

  /** The feed address for what the person typed: the address itself, or the feed a web page points to. */
  async resolveFeedUrl(input: string): Promise<{ url: string; title: string | null }> {
    let address = input.trim();
    if (!/^[a-z][a-z0-9+.-]*:/i.test(address)) address = `https://${address}`;
    let response;
    try {
      response = await fetchFeed(address, { ...this.fetchOptions, etag: null, lastModified: null });
    } catch (error) {
      throw new SubscriptionError(error instanceof FetchError ? `Could not subscribe to ${input}: ${error.message}` : String(error));
    }
    if (response.status < 200 || response.status >= 300) throw new SubscriptionError(`Could not subscribe to ${input}: the server answered HTTP ${response.status}.`);
    const contentType = response.headers['content-type'] ?? null;
    if (looksLikeFeed(response.body, contentType)) {
      // The feed's own title names the subscription until the person renames it.
      let title: string | null = null;
      try {
        title = parseFeed(response.body, { contentType, url: response.url }).title;
      } catch {
        // Its first sync will report what is wrong with it.
      }
      return { url: response.url, title };
    }
    const ninjs = ninjsFeedArticles(response.body, contentType, input);
    if (ninjs) return { url: response.url, title: ninjs.title };
    const links = discoverFeedLinks(response.body.toString('utf8'), response.url);
    const first = links[0];
    if (!first) throw new SubscriptionError(`${input} is a web page with no feed linked from it. Look on the site for an RSS or Atom link and subscribe to that address.`);
    return { url: first.url, title: first.title };
  }

  async add(input: string, folder: string | null, name: string | null): Promise<Subscription> {
    const { url, title } = await this.resolveFeedUrl(input);
    const existing = this.subscribed(url);
    if (existing) throw new SubscriptionError(`You are already subscribed to this feed ("${existing.title}").`);
    const record = newSourceRecord(url, name ?? title ?? url, folder, new Date().toISOString());
    await this.store.save(record);
    this.changed();
    this.sync.syncNow(record.id);
    return this.sync.view(record);
  }

  /** Watches a folder on this computer: its article files are imported, and a file dropped or changed there later arrives on its own. */
  async watchFolder(path: string, folder: string | null): Promise<Subscription> {
    if (!isAbsolute(path)) throw new SubscriptionError(`"${path}" is not a full path. Give the folder's whole path, such as /home/you/wire or C:\\Users\\you\\wire.`);
    const absolute = resolve(path);
    const info = await stat(absolute).catch(() => null);
    if (!info) throw new SubscriptionError(`There is no folder at ${absolute}. Check the path, and that its disk is connected.`);
    if (!info.isDirectory()) throw new SubscriptionError(`${absolute} is a file. Watch the folder it is in, or import the file itself.`);
    const url = pathToFileURL(absolute).toString();
    const existing = this.subscribed(url);
    if (existing) throw new SubscriptionError(`You are already watching this folder ("${existing.title}").`);
    const name = absolute.split(/[\\/]/).filter(Boolean).pop() ?? absolute;
    const record = newSourceRecord(url, name, folder, new Date().toISOString(), 'folder');
    await this.store.save(record);
    this.changed();
    this.sync.syncNow(record.id);
    return this.sync.view(record);
  }

  async update(id: string, changes: { title?: string; folder?: string | null; intervalMinutes?: number; alwaysFetchPage?: boolean }): Promise<Subscription> {
    const record = this.require(id);
    const next = { ...record, ...changes };
    if (changes.intervalMinutes !== undefined && record.lastSuccessAt) {
      next.nextAttemptAt = new Date(Date.parse(record.lastSuccessAt) + changes.intervalMinutes * 60_000).toISOString();
    }
    await this.store.save(next);
    this.changed();
    return this.sync.view(next);
  }

  async setPaused(id: string, paused: boolean): Promise<Subscription> {
    const record = this.require(id);
    // Resuming clears the failures that caused the pause, and tries again at once.
    const next = paused
      ? { ...record, paused: true, pausedReason: 'Paused by you.', nextAttemptAt: null }
      : { ...record, paused: false, pausedReason: null, failures: 0, permanentFailures: 0, nextAttemptAt: new Date().toISOString() };
    await this.store.save(next);
    this.changed();
    if (!paused) this.sync.syncNow(id);
    return this.sync.view(next);
  }

  async remove(id: string): Promise<boolean> {
    const removed = await this.store.remove(id);
    this.changed();
    return removed;
  }

  async importOpml(xml: string): Promise<{ added: number; skipped: number }> {
    let skipped = 0;
    const now = new Date().toISOString();
    const saves: Array<Promise<void>> = [];
    for (const feed of readOpml(xml)) {
      // The store knows a record as soon as its save starts, so a feed listed twice is caught here too.
      if (this.subscribed(feed.url)) {
        skipped++;
        continue;
      }
      const record = newSourceRecord(feed.url, feed.title ?? feed.url, feed.folder, now);
      saves.push(this.store.save({ ...record, siteUrl: feed.siteUrl }));
    }
    // Flushed side by side: the file system commits them together, where one
    // after the other a 200-feed list waited on 200 flushes before syncing.
    await Promise.all(saves);
    const added = saves.length;
    this.changed();
    this.sync.syncNow();
    return { added, skipped };
  }

  exportOpml(): string {
    return writeOpml(this.sync.list());
  }

  /** The subscription for an address: by its current address, or by the one it was first added with. */
  private subscribed(url: string) {
    return this.store.findByUrl(url) ?? this.store.get(sourceIdFor(url));
  }

  private require(id: string) {
    const record = this.store.get(id);
    if (!record) throw new SubscriptionError('That source is no longer in your subscriptions.');
    return record;
  }
}

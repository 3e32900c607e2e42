import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../shared/model';
import { readOpml, writeOpml } from '../../../main/sync/opml';

const sub = (title: string, url: string, folder: string | null, kind: Subscription['kind'] = 'feed'): Subscription => ({
  id: url, kind, url, alwaysFetchPage: false, siteUrl: 'https://site.example/', title, folder, intervalMinutes: 30, paused: false, pausedReason: null, addedAt: '',
  lastAttemptAt: null, lastSuccessAt: null, lastError: null, lastErrorAt: null, nextAttemptAt: null, failures: 0, syncing: false,
});

describe('OPML', () => {
  it('round-trips subscriptions with their folders', () => {
    const opml = writeOpml([sub('World & Politics', 'https://a.example/feed?x=1&y=2', 'News'), sub('Tech', 'https://b.example/atom', null)]);
    expect(readOpml(opml)).toEqual([
      { url: 'https://a.example/feed?x=1&y=2', title: 'World & Politics', siteUrl: 'https://site.example/', folder: 'News' },
      { url: 'https://b.example/atom', title: 'Tech', siteUrl: 'https://site.example/', folder: null },
    ]);
  });

  it('leaves watched folders out: a path on this computer is no feed for another reader', () => {
    const opml = writeOpml([sub('Wire', 'https://wire.example/feed', null), sub('Drop box', 'file:///home/me/drop', null, 'folder')]);
    expect(readOpml(opml).map((f) => f.url)).toEqual(['https://wire.example/feed']);
  });

  it('reads nested folders and outlines written by other readers', () => {
    const xml = `<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
      <outline text="News"><outline text="World"><outline type="rss" text="Wire" xmlUrl="https://w.example/rss"/></outline></outline>
      <outline title="Solo" xmlURL="https://s.example/feed"></outline></body></opml>`;
    expect(readOpml(xml)).toEqual([
      { url: 'https://w.example/rss', title: 'Wire', siteUrl: null, folder: 'News / World' },
      { url: 'https://s.example/feed', title: 'Solo', siteUrl: null, folder: null },
    ]);
  });

  it('says what is wrong with a file that is not OPML', () => {
    expect(() => readOpml('<html><body>hi</body></html>')).toThrow(/not an OPML subscription list/);
    expect(() => readOpml('<opml><body><outline')).toThrow(/not a readable OPML/);
  });
});

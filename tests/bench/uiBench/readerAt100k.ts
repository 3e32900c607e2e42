import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { seedArchive } from '../../browser/seedArchive';
import { startHost } from '../../browser/webHostFixture';
import { readReutersStories } from '../searchCorpus';
import { FRAME_MARK, installStartProbe, LIST_SHOWN, PALETTE_SHOWN, scrollFrames, SHOWN_AFTER_J } from './pageProbes';
import { WORK_CATEGORIES, workPerKey, type TraceEvent } from './traceWork';

export interface UiTimes {
  articles: number;
  seedMs: number;
  indexMs: number;
  /** Navigation start → the frame showing the first list row, per launch of the browser (the app opening). */
  launchShownMs: number[];
  /**
   * The same with V8's code cache in use. Chromium 150, as it ships, streams
   * and compiles the app's module scripts again at every launch though a code
   * cache for them is on disk (its BackgroundResourceFetch path); with that
   * feature off it reads the cache instead, as a browser that caches compiled
   * code does. Reported beside the target, not in place of it.
   */
  launchCodeCachedMs: number[];
  /** The same for the first launch after the archive was written. */
  firstLaunchShownMs: number;
  /** The same per reload of the open page (Ctrl+R): the last page's reads may still be draining. */
  listShownMs: number[];
  /** Long tasks in the first 5 s after load (what the load itself cost the main thread). */
  loadLongTasksMs: number[];
  /** j keydown → the frame showing the next article's headline. */
  jMs: number[];
  /**
   * The main thread's work to render the next article, per press of another
   * run of presses under a trace: busy time from the key's task to the end of
   * the frame showing it, without the idle wait for the display (traceWork).
   */
  jWorkMs: number[];
  /** The same with j held down: presses as fast as key repeat (30 a second). */
  heldJMs: number[];
  scrollFrameMs: number[];
  scrollLongTasksMs: number[];
  /** Ctrl+K keydown → the frame showing the palette's list. */
  paletteMs: number[];
}

/** Paragraphs of real wire copy for the seeded bodies: a typical article, not a stub. */
function paragraphs(): string[] {
  const stories = readReutersStories(join(__dirname, '../../../../shared/corpora/reuters21578')) ?? readReutersStories(join(__dirname, '../../fixtures/reuters21578')) ?? [];
  return stories.flatMap((s) => s.body.split('\n').filter((p) => p.trim().length > 40)).slice(0, 5000);
}

/**
 * The reader at `count` articles (web host, renderer in Chromium, archive
 * on disk): first paint of the list after load, j to the next article,
 * frames while scrolling, and the palette's opening.
 */
const step = (what: string): void => void process.stdout.write(`  ${new Date().toISOString().slice(11, 19)} ${what}\n`);

/** The browser on `profile`, with the probes in every page. */
async function launch(profile: string, extraArgs: string[] = []): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--disable-gpu', '--disable-quic', '--no-sandbox', ...extraArgs], viewport: { width: 1360, height: 860 } });
  const page = context.pages()[0] ?? (await context.newPage());
  // tsx names functions with an __name helper the page lacks; the functions sent to the page need it there.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(installStartProbe);
  return { context, page };
}

/** Runs `act` and waits for the probe to log `message`: the page is left alone meanwhile. */
async function untilLogged(page: Page, message: string, act: () => Promise<unknown>): Promise<void> {
  const logged = page.waitForEvent('console', { predicate: (m) => m.text() === message, timeout: 60_000 });
  await act();
  await logged;
}

export async function readerAt(count: number, rounds: { loads: number; presses: number; palette: number }): Promise<UiTimes> {
  const host = await startHost();
  const profile = mkdtempSync(join(tmpdir(), 'ui-bench-'));
  let { context, page } = await launch(profile);
  const times: UiTimes = { articles: count, seedMs: 0, indexMs: 0, launchShownMs: [], launchCodeCachedMs: [], firstLaunchShownMs: 0, listShownMs: [], loadLongTasksMs: [], jMs: [], jWorkMs: [], heldJMs: [], scrollFrameMs: [], scrollLongTasksMs: [], paletteMs: [] };
  try {
    await page.goto(host.url);
    step(`seeding ${count.toLocaleString('en')} articles`);
    const s0 = Date.now();
    await seedArchive(page, { count, texts: paragraphs(), paragraphs: 6, starEvery: 50 });
    times.seedMs = Date.now() - s0;
    // Steady state: the search index has read the archive and saved itself.
    step('waiting for the search index');
    const i0 = Date.now();
    // The seeded articles came in behind the index's back: it finds them at start-up and indexes them all.
    // Wait until it holds every one and has saved itself, as a person's archive would be on a later day.
    await page.waitForFunction(
      (n) => {
        const status = document.querySelector('.search-status');
        return status?.getAttribute('data-saved') === 'yes' && (status.getAttribute('title') ?? '').startsWith(`${n} articles indexed`);
      },
      count,
      { timeout: 1_200_000, polling: 1000 },
    );
    // The index saves itself a few seconds after its last change; a load before that would index everything again.
    await page.waitForTimeout(15_000);
    times.indexMs = Date.now() - i0;

    step('timing launches and reloads');
    const shownAt = async (): Promise<number> => Math.round(await page.evaluate(() => window.__probe.listShown ?? 0));
    // Each load is of an app that has settled: the whole list counted and the search index open. Loaded
    // again at once, a page waits for the last one's reads still under way in IndexedDB (a reload
    // right after a reload took 2.9 s at 100,000 articles), which is not what opening the app costs.
    const settled = (): Promise<unknown> =>
      page.waitForFunction(() => document.querySelector('.pane-count')?.textContent !== '…' && document.querySelector('.search-status.search-ready') !== null, undefined, { timeout: 120_000, polling: 500 });
    for (let load = 0; load < rounds.loads; load++) {
      await settled();
      await untilLogged(page, LIST_SHOWN, () => page.reload());
      times.listShownMs.push(await shownAt());
    }
    for (let load = 0; load <= rounds.loads; load++) {
      await settled();
      await context.close();
      ({ context, page } = await launch(profile));
      await untilLogged(page, LIST_SHOWN, () => page.goto(host.url));
      // The first launch after the big write also replays IndexedDB's log on disk: reported on its own.
      if (load === 0) times.firstLaunchShownMs = await shownAt();
      else times.launchShownMs.push(await shownAt());
    }
    for (let load = 0; load < rounds.loads; load++) {
      await settled();
      await context.close();
      ({ context, page } = await launch(profile, ['--disable-features=BackgroundResourceFetch']));
      await untilLogged(page, LIST_SHOWN, () => page.goto(host.url));
      times.launchCodeCachedMs.push(await shownAt());
    }
    // The rest runs in the browser as it ships.
    await settled();
    await context.close();
    ({ context, page } = await launch(profile));
    await untilLogged(page, LIST_SHOWN, () => page.goto(host.url));
    // What the last launch cost the main thread, once it has settled (the search index opens meanwhile).
    await page.waitForTimeout(8000);
    times.loadLongTasksMs = await page.evaluate(() => window.__probe.longTasks.filter((t) => t.start < 5000 + (window.__probe.listShown ?? 0)).map((t) => Math.round(t.duration)));

    step('timing keys, scrolling and the palette');
    await page.locator('[data-pane="list"] [role="listbox"]').focus();
    for (let i = 0; i < rounds.presses; i++) await untilLogged(page, SHOWN_AFTER_J, () => page.keyboard.press('j'));
    times.jMs = await page.evaluate(() => window.__probe.jMs.splice(0));
    // Held down: the next press comes 33 ms after the last (key repeat), whether or not it has rendered.
    for (let i = 0; i < rounds.presses; i++) {
      await page.keyboard.press('j');
      await page.waitForTimeout(33);
    }
    await page.waitForFunction((n) => window.__probe.jMs.length >= n, Math.floor(rounds.presses * 0.9), { polling: 250 }).catch(() => undefined);
    times.heldJMs = await page.evaluate(() => window.__probe.jMs.splice(0));

    const scrolled = await page.evaluate(scrollFrames, { pixels: 400, frames: 240 });
    times.scrollFrameMs = scrolled.frameMs;
    times.scrollLongTasksMs = scrolled.longTasks;

    for (let i = 0; i < rounds.palette; i++) {
      await untilLogged(page, PALETTE_SHOWN, () => page.keyboard.press('Control+k')).catch(async (error: unknown) => {
        // What the page showed instead, for whoever reads the failure.
        await page.screenshot({ path: join(tmpdir(), 'ui-bench-palette.png') });
        throw error;
      });
      await page.keyboard.press('Escape');
      // Gone from the page, not just closed: a closed <dialog> is hidden, and so "detached" to a role
      // locator, before its close event has told the app. Ctrl+K pressed in between was lost.
      await page.locator('dialog.palette').waitFor({ state: 'detached' });
    }
    times.paletteMs = await page.evaluate(() => window.__probe.paletteMs.splice(0));
    // The first j run again under a trace, for the main thread's work each press cost. Last, so the
    // trace touches no other measure; it slows the page, so the work errs high.
    await page.locator('[data-pane="list"] [role="listbox"]').focus();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => void events.push(...(data.value as unknown as TraceEvent[])));
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: WORK_CATEGORIES, transferMode: 'ReportEvents' });
    for (let i = 0; i < rounds.presses; i++) await untilLogged(page, SHOWN_AFTER_J, () => page.keyboard.press('j'));
    await cdp.send('Tracing.end');
    await traced;
    await cdp.detach();
    times.jWorkMs = workPerKey(events, FRAME_MARK);
  } finally {
    // A browser that crashed mid-run is reported by the step that failed, not by closing it.
    await context.close().catch(() => undefined);
    await host.stop();
    rmSync(profile, { recursive: true, force: true });
  }
  return times;
}

import { percentile, report, type BenchRow } from './benchReport';
import { readerAt } from './uiBench/readerAt100k';

/**
 * `npm run bench -- ui` (after `npm run build`): the reader at 100,000
 * articles in Chromium. Targets: the list shown ≤ 500 ms after the app opens, j →
 * next article rendered p95 ≤ 16 ms, no long task over 50 ms while
 * scrolling; and the palette's open-to-interactive time. "Rendered" is timed
 * to the frame that shows the next article (which includes waiting for the
 * display's next frame, up to 16.7 ms at 60 Hz), and, in a traced run, as the
 * main thread's work from the key to the end of that frame.
 */
const COUNT = Number(process.env['BENCH_UI_ARTICLES'] ?? 100_000);

const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
const p = (values: number[], q: number): number => percentile(sorted(values), q);

async function main(): Promise<void> {
  // 300 presses: a p95 of 150 rests on the 8th-slowest press, and moved by 2 ms from run to run.
  const t = await readerAt(COUNT, { loads: 5, presses: 300, palette: 15 });
  const slowFrames = t.scrollFrameMs.filter((ms) => ms > 34).length;
  const rows: BenchRow[] = [
    { measure: `seed ${COUNT.toLocaleString('en')} articles into IndexedDB (setup)`, value: t.seedMs / 1000, unit: 's', digits: 1 },
    { measure: 'search index built and saved (setup)', value: t.indexMs / 1000, unit: 's', digits: 1 },
    { measure: `list shown after launch, median of ${t.launchShownMs.length}`, value: p(t.launchShownMs, 50), unit: 'ms', digits: 0, note: `target ≤ 500; launches ${t.launchShownMs.join(' / ')}` },
    { measure: `… with V8's code cache in use, median of ${t.launchCodeCachedMs.length}`, value: p(t.launchCodeCachedMs, 50), unit: 'ms', digits: 0, note: `Chromium's BackgroundResourceFetch off; launches ${t.launchCodeCachedMs.join(' / ')}` },
    { measure: 'list shown at the first launch after the archive was written', value: t.firstLaunchShownMs, unit: 'ms', digits: 0 },
    { measure: `list shown after reload (Ctrl+R), median of ${t.listShownMs.length}`, value: p(t.listShownMs, 50), unit: 'ms', digits: 0, note: `reloads ${t.listShownMs.join(' / ')}` },
    { measure: 'long tasks in the 5 s after launch', value: t.loadLongTasksMs.length, unit: '', note: t.loadLongTasksMs.length > 0 ? `longest ${Math.max(...t.loadLongTasksMs)} ms` : 'none' },
    { measure: `j → next article rendered: the work, p50 (${t.jWorkMs.length} presses, traced)`, value: p(t.jWorkMs, 50), unit: 'ms', digits: 1, note: 'main-thread time from the key’s task to the end of the frame showing it' },
    { measure: 'j → next article rendered: the work, p95', value: p(t.jWorkMs, 95), unit: 'ms', digits: 1, note: `max ${Math.max(...t.jWorkMs).toFixed(1)}; tracing slows the page, so these err high` },
    { measure: `j → the frame showing it p50 (${t.jMs.length} presses)`, value: p(t.jMs, 50), unit: 'ms', digits: 1, note: 'the work + the wait for the display’s next frame' },
    { measure: 'j → the frame showing it p95', value: p(t.jMs, 95), unit: 'ms', digits: 1, note: `target ≤ 16; max ${Math.max(...t.jMs).toFixed(1)}` },
    // Over one frame at 60 Hz: the article missed the first frame it could have been in.
    { measure: 'j presses shown later than one frame (16.7 ms)', value: t.jMs.filter((ms) => ms > 16.7).length, unit: '', note: `of ${t.jMs.length}` },
    { measure: 'j held (33 ms repeat) → the frame showing it p95', value: p(t.heldJMs, 95), unit: 'ms', digits: 1, note: `p50 ${p(t.heldJMs, 50).toFixed(1)}, max ${Math.max(...t.heldJMs).toFixed(1)}` },
    { measure: `scrolling: frame time p50 (${t.scrollFrameMs.length} frames, 400 px each)`, value: p(t.scrollFrameMs, 50), unit: 'ms', digits: 1 },
    { measure: 'scrolling: frame time p95', value: p(t.scrollFrameMs, 95), unit: 'ms', digits: 1, note: `${slowFrames} frames over 34 ms (two frames)` },
    { measure: 'scrolling: long tasks over 50 ms', value: t.scrollLongTasksMs.filter((ms) => ms > 50).length, unit: '', note: `target 0; longest task ${t.scrollLongTasksMs.length > 0 ? Math.round(Math.max(...t.scrollLongTasksMs)) : 0} ms` },
    { measure: `palette open → list shown p50 (${t.paletteMs.length} opens)`, value: p(t.paletteMs, 50), unit: 'ms', digits: 1 },
    { measure: 'palette open → list shown p95', value: p(t.paletteMs, 95), unit: 'ms', digits: 1 },
  ];
  report('ui', { ...t }, rows);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

/**
 * Probes installed in the page before the app starts (page.addInitScript):
 * they time, from inside the renderer, what a person sees, so the test
 * driver's own round trips are not counted. Plain functions: Playwright
 * sends their source to the page.
 */

/**
 * What the probe logs (console.debug) when what it times has shown: the
 * driver waits for these rather than polling the page, which ran the
 * driver's own scripts inside the frames being timed. The constants are
 * repeated inside the probe, which runs in the page on its own.
 */
export const LIST_SHOWN = 'probe:list-shown';
export const SHOWN_AFTER_J = 'probe:j';
/** performance.mark'ed in the frame that shows the next article, so a trace can find that frame. */
export const FRAME_MARK = 'probe:j-frame';
export const PALETTE_SHOWN = 'probe:palette';

declare global {
  interface Window {
    __probe: {
      /** performance.now() when the first list row with its headline was in the DOM. */
      listShown: number | null;
      longTasks: Array<{ start: number; duration: number }>;
      /** j keydown → the frame after the article's headline changed, per press. */
      jMs: number[];
      /** Ctrl+K keydown → the frame after the palette's list appeared, per opening. */
      paletteMs: number[];
    };
  }
}

export function installStartProbe(): void {
  const LIST_SHOWN = 'probe:list-shown';
  const SHOWN_AFTER_J = 'probe:j';
  const FRAME_MARK = 'probe:j-frame';
  const PALETTE_SHOWN = 'probe:palette';
  window.__probe = { listShown: null, longTasks: [], jMs: [], paletteMs: [] };
  // Key → frame timers: the keydown's time, then the frame after what it changes is in the DOM.
  let jDown = 0;
  let kDown = 0;
  let headline: string | null = null;
  window.addEventListener('keydown', (event) => {
    if (event.key === 'j' && !event.ctrlKey) {
      jDown = performance.now();
      headline = document.querySelector('#article-headline')?.textContent ?? null;
    }
    if (event.key === 'k' && event.ctrlKey) kDown = performance.now();
  }, { capture: true });
  new MutationObserver(() => {
    const now = document.querySelector('#article-headline')?.textContent ?? null;
    if (jDown && now !== null && now !== headline) {
      const start = jDown;
      jDown = 0;
      requestAnimationFrame(() => {
        window.__probe.jMs.push(performance.now() - start);
        // Marks the frame in a trace (see traceWork).
        performance.mark(FRAME_MARK);
        console.debug(SHOWN_AFTER_J);
      });
    }
    if (kDown && document.querySelector('#palette-list [role="option"]')) {
      const start = kDown;
      kDown = 0;
      requestAnimationFrame(() => {
        window.__probe.paletteMs.push(performance.now() - start);
        console.debug(PALETTE_SHOWN);
      });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    if (document.querySelector('.article-row:not(.is-loading) .row-headline')) {
      // The frame that shows it: the next animation frame after the DOM has it.
      requestAnimationFrame(() => {
        window.__probe.listShown ??= performance.now();
        // Told through the console, so the driver waits without running anything in the page while it loads.
        console.debug(LIST_SHOWN);
      });
      observer.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
}

/** Frame-to-frame times while the list scrolls by `pixels` a frame for `frames` frames. */
export function scrollFrames({ pixels, frames }: { pixels: number; frames: number }): Promise<{ frameMs: number[]; longTasks: number[] }> {
  return new Promise((resolve) => {
    const box = document.querySelector<HTMLElement>('.article-list-scroll');
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const frameMs: number[] = [];
    let last = performance.now();
    let left = frames;
    const step = (now: number): void => {
      frameMs.push(now - last);
      last = now;
      box?.scrollBy(0, pixels);
      if (--left > 0) requestAnimationFrame(step);
      // Long tasks are reported a little after they end: give the observer a frame.
      else requestAnimationFrame(() => setTimeout(() => {
        observer.disconnect();
        resolve({ frameMs: frameMs.slice(1), longTasks });
      }, 100));
    };
    requestAnimationFrame(step);
  });
}


/**
 * Probes installed in the page before the app starts (page.addInitScript):
 * they time, from inside the renderer, what a person sees, so the test
 * driver's own round trips are not counted. Plain functions: Playwright
 * sends their source to the page.
 */

declare global {
  interface Window {
    __probe: {
      /** performance.now() when the first list row with its headline was in the DOM. */
      listShown: number | null;
      longTasks: Array<{ start: number; duration: number }>;
    };
  }
}

export function installStartProbe(): void {
  window.__probe = { listShown: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    if (document.querySelector('.article-row:not(.is-loading) .row-headline')) {
      // The frame that shows it: the next animation frame after the DOM has it.
      requestAnimationFrame(() => (window.__probe.listShown ??= performance.now()));
      observer.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
}

/**
 * Times one key: from its keydown to the frame after `selector`'s text
 * changed (the next article's headline, the palette's list).
 */
export function timeKeyToChange({ key, selector }: { key: string; selector: string }): Promise<number> {
  return new Promise((resolve) => {
    const before = document.querySelector(selector)?.textContent ?? null;
    let start = 0;
    window.addEventListener('keydown', (event) => event.key === key && (start ||= performance.now()), { capture: true, once: true });
    const check = (): boolean => {
      const now = document.querySelector(selector)?.textContent ?? null;
      if (!start || now === null || now === before) return false;
      requestAnimationFrame(() => resolve(performance.now() - start));
      return true;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
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

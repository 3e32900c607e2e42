/**
 * Calls `fn` at most once per `ms`: at once if it has been quiet, else once
 * more at the end of the window, so the last state always goes out. Used for
 * progress and health events, which a 200-source sync would otherwise send
 * hundreds of times a second.
 */
export function throttle(fn: () => void, ms: number): { (): void; flush: () => void; cancel: () => void } {
  let last = 0;
  let timer: NodeJS.Timeout | null = null;
  const run = (): void => {
    timer = null;
    last = Date.now();
    fn();
  };
  const call = (): void => {
    if (timer) return;
    const wait = last + ms - Date.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };
  call.flush = (): void => {
    if (timer) clearTimeout(timer);
    run();
  };
  call.cancel = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return call;
}

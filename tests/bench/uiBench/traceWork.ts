/** The parts of a Chrome trace event read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** The categories traceWork needs: tasks, events and frames, and the probe's marks. */
export const WORK_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing';

const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);

/**
 * For each keydown in the trace, the page's main thread's busy time from the
 * start of the key's task to the end of the frame carrying `frameMark` (the
 * probe marks the frame that shows the next article): the key's own work, the
 * frame's rendering, and whatever else ran between them, but not the time the
 * thread sat idle waiting for the display's next frame. In ms.
 */
export function workPerKey(events: readonly TraceEvent[], frameMark: string): number[] {
  const thread = (e: TraceEvent): string => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread));
  const counts = new Map<string, number>();
  for (const e of events) if (mains.has(thread(e))) counts.set(thread(e), (counts.get(thread(e)) ?? 0) + 1);
  // The page's main thread is the busiest renderer main thread.
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const on = events.filter((e) => thread(e) === main).sort((a, b) => a.ts - b.ts);
  const tasks = on.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const keys = on.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown');
  const marks = on.filter((e) => e.name === frameMark);
  const taskOf = (at: number): TraceEvent | undefined => tasks.find((t) => t.ts <= at && end(t) >= at);
  return keys.flatMap((key) => {
    const keyTask = taskOf(key.ts);
    const mark = marks.find((m) => m.ts > key.ts);
    const frameTask = mark && taskOf(mark.ts);
    if (!keyTask || !frameTask) return [];
    const busy = tasks.filter((t) => t.ts >= keyTask.ts && end(t) <= end(frameTask)).reduce((sum, t) => sum + (t.dur ?? 0), 0);
    return [busy / 1000];
  });
}

import { describe, expect, it } from 'vitest';
import { workPerKey, type TraceEvent } from '../../bench/uiBench/traceWork';

const PAGE = { pid: 1, tid: 1 };
const task = (ts: number, dur: number, on = PAGE): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, ...on });
const keydown = (ts: number, dur: number): TraceEvent => ({ name: 'EventDispatch', ph: 'X', ts, dur, ...PAGE, args: { data: { type: 'keydown' } } });
const mark = (ts: number): TraceEvent => ({ name: 'probe:j-frame', ph: 'I', ts, ...PAGE });

describe('the work a key cost, read from a trace', () => {
  it('adds the busy time from the key’s task to the end of the marked frame, and leaves out the idle wait and other threads', () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', ts: 0, ...PAGE, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 2, args: { name: 'Compositor' } },
      task(0, 1000), // before the key: not counted
      task(10_000, 6000),
      keydown(10_100, 5800),
      task(17_000, 2000), // between: counted
      task(17_000, 9000, { pid: 2, tid: 2 }), // another thread: not counted
      task(30_000, 5000), // the frame, after 11 ms idle
      mark(30_500),
      task(40_000, 3000), // after: not counted
      task(50_000, 4000),
      keydown(50_100, 3000),
      task(60_000, 2000),
      mark(60_100),
    ];
    expect(workPerKey(events, 'probe:j-frame')).toEqual([13, 6]);
  });

  it('skips a key whose frame was never marked', () => {
    const events: TraceEvent[] = [{ name: 'thread_name', ph: 'M', ts: 0, ...PAGE, args: { name: 'CrRendererMain' } }, task(0, 5000), keydown(100, 4000)];
    expect(workPerKey(events, 'probe:j-frame')).toEqual([]);
  });
});

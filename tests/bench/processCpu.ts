import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds used so far by each running process, keyed by a readable role. */
export function cpuByRole(): Map<string, number> {
  const ticks = 100; // USER_HZ on Linux
  const totals = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / ticks;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const role = roleOf(cmdline);
      if (role) totals.set(role, (totals.get(role) ?? 0) + seconds);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return totals;
}

function roleOf(cmdline: string): string | null {
  if (cmdline.includes('webMain.cjs')) return 'host';
  if (cmdline.includes('chromium')) {
    const type = /--type=([a-z-]+)/.exec(cmdline)?.[1];
    if (!type) return 'chromium browser';
    if (type === 'utility') return `chromium ${/--utility-sub-type=\S*?\.mojom\.(\w+)/.exec(cmdline)?.[1] ?? 'utility'}`;
    return `chromium ${type}`;
  }
  if (cmdline.includes('.bench.ts')) return 'benchmark (feed server)';
  return null;
}

/** CPU seconds each role used between two readings. */
export function cpuBetween(before: Map<string, number>, after: Map<string, number>): Array<[string, number]> {
  return [...after].map(([role, seconds]): [string, number] => [role, seconds - (before.get(role) ?? 0)]).filter(([, s]) => s > 0.005).sort((a, b) => b[1] - a[1]);
}

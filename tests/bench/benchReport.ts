import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchRow {
  measure: string;
  value: number;
  unit: string;
  note?: string;
  /** Decimal places to print (2 unless given). */
  digits?: number;
}

/** Percentile of already-sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Prints a readable table and writes bench-results/PART.json. */
export function report(part: string, context: Record<string, unknown>, rows: BenchRow[]): void {
  const width = Math.max(...rows.map((r) => r.measure.length));
  process.stdout.write(`\n${part} benchmark\n${'─'.repeat(width + 24)}\n`);
  for (const row of rows) {
    const value = Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(row.digits ?? 2);
    process.stdout.write(`${row.measure.padEnd(width)}  ${value.padStart(10)} ${row.unit}${row.note ? `  (${row.note})` : ''}\n`);
  }
  const dir = join(__dirname, '../../bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${part}.json`), `${JSON.stringify({ part, when: new Date().toISOString(), ...context, rows }, null, 2)}\n`);
  process.stdout.write(`\nwritten to bench-results/${part}.json\n`);
}

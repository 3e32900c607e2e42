// `npm run bench -- PART`: runs tests/bench/PART.bench.ts, which prints a
// table and writes bench-results/PART.json. Benchmarks are not tests: they
// measure, and the numbers go into the issue notes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const parts = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace('.bench.ts', ''));
const requested = process.argv.slice(2);
const chosen = requested.length > 0 ? requested : parts;
for (const part of chosen) {
  const file = join(import.meta.dirname, `${part}.bench.ts`);
  if (!existsSync(file)) {
    process.stderr.write(`No benchmark called "${part}". Available: ${parts.join(', ')}\n`);
    process.exit(2);
  }
  const run = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

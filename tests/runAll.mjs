// `npm test`: every check the project has, in the order a failure is cheapest
// to read — types, lint, build, unit and archive tests (vitest, the archive
// ones in Chromium), browser tests (Playwright, web mode). Ends with the line
// CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
mkdirSync('test-results', { recursive: true });

function run(title, command, args) {
  process.stdout.write(`\n━━ ${title}: ${command} ${args.join(' ')}\n`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return child.status === 0;
}

function check(title, command, args) {
  const ok = run(title, command, args);
  results[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

function countJson(file, read) {
  if (!existsSync(file)) return false;
  const counts = read(JSON.parse(readFileSync(file, 'utf8')));
  results.passed += counts.passed;
  results.failed += counts.failed;
  return true;
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
const built = check('build', 'npm', ['run', '--silent', 'build']);

rmSync('test-results/vitest.json', { force: true });
const vitestOk = run('unit and archive tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
if (!countJson('test-results/vitest.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (vitestOk ? 0 : r.numFailedTests === 0 ? 1 : 0) }))) {
  results.failed += 1; // vitest could not even report
}

if (built) {
  rmSync('test-results/playwright.json', { force: true });
  const pwOk = run('browser tests', 'npx', ['playwright', 'test']);
  if (!countJson('test-results/playwright.json', (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky + (pwOk || r.stats.unexpected > 0 ? 0 : 1) }))) {
    results.failed += 1;
  }
} else {
  results.failed += 1; // browser tests need the build
}

process.stdout.write(`\n${results.passed} passed, ${results.failed} failed\n`);
process.exit(results.failed > 0 ? 1 : 0);

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const script = join(root, 'tests/support/contrastCheck.mjs');
const tokens = join(root, 'renderer/styles/tokens.css');

const check = (file: string): { status: number | null; out: string } => {
  const run = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
};

describe('the colour tokens meet WCAG AA in both themes', () => {
  it('passes for the tokens the app ships, reading each light-dark() pair as two themes', () => {
    const { status, out } = check(tokens);
    expect(out).toContain('all pairs pass');
    expect(out).toMatch(/^light: lowest text ratio/m);
    expect(out).toMatch(/^dark: lowest text ratio/m);
    expect(status).toBe(0);
  });

  it('fails, naming the pair, when one theme’s colour falls short', () => {
    const dim = readFileSync(tokens, 'utf8').replace(/--muted: light-dark\(([^,]+), [^)]+\);/, '--muted: light-dark($1, #4a463f);');
    const file = join(mkdtempSync(join(tmpdir(), 'tokens-')), 'tokens.css');
    writeFileSync(file, dim);
    const { status, out } = check(file);
    expect(status).toBe(1);
    expect(out).toMatch(/FAIL .*--muted\s+on --bg/);
    // The light theme keeps its own value and still passes.
    expect(out.split('\ndark')[0]).not.toContain('FAIL');
  });
});

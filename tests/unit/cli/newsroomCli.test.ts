import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const cli = join(root, 'dist/main/cli/newsroom.cjs');
const start = join(root, 'dist/main/cli/start.cjs');
const seed = join(root, 'tests/fixtures/seed/000_5991ad5017234ee2.txt');

beforeAll(() => {
  // The CLI is tested as users run it: the bundled file.
  if (!existsSync(cli) || !existsSync(start)) execFileSync('node', ['main/bundle.mjs'], { cwd: root });
});

describe('newsroom parse', () => {
  it('prints the normalized articles as a JSON array with the documented fields', () => {
    const run = spawnSync('node', [cli, 'parse', seed], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const articles = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(articles).toHaveLength(1);
    const [a] = articles;
    for (const field of ['headline', 'dek', 'section', 'bylines', 'publishedAt', 'updatedAt', 'url', 'bodyText', 'bodyHtml', 'images', 'tags']) {
      expect(a).toHaveProperty(field);
    }
    expect(a).toMatchObject({ section: 'US News', bylines: ['Digital Desk'], publishedAt: null, images: [{ credit: 'AP', creditSource: 'text-credit-line' }] });
    expect(a?.['tags']).toEqual(expect.arrayContaining([{ label: 'Antony Blinken', kind: 'entity', code: null, entity: 'person' }]));
  });

  it('reports a bad file on stderr, still prints the good ones, and exits 1', () => {
    const run = spawnSync('node', [cli, 'parse', join(root, 'tests/fixtures/articles/empty.txt'), seed, '/no/such/file.txt'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
    expect(run.stderr).toMatch(/"empty\.txt" is empty/);
    expect(run.stderr).toMatch(/cannot open "\/no\/such\/file\.txt" \(ENOENT\)/);
  });

  it('reads a saved page with --url: links resolve against it and the id follows the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-page-'));
    const file = join(dir, 'story.html');
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of a story saved from the web, with a <a href="/related/${i}">relative link</a> and enough words to be prose.</p>`).join('');
    writeFileSync(file, `<!doctype html><html><head><title>Saved story</title><meta name="author" content="Dee Reporter"></head><body><article><h1>Saved story</h1>${paragraphs}</article></body></html>`);
    const run = spawnSync('node', [cli, 'parse', '--url', 'https://news.example.com/world/story', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const [article] = JSON.parse(run.stdout) as Array<{ url: string; bylines: string[]; bodyHtml: string; origin: { kind: string } }>;
    expect(article).toMatchObject({ url: 'https://news.example.com/world/story', bylines: ['Dee Reporter'], origin: { kind: 'page' } });
    expect(article?.bodyHtml).toContain('href="https://news.example.com/related/0"');
    const bad = spawnSync('node', [cli, 'parse', '--url', 'not-a-url', file], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--url needs an http or https address/);
  });

  it('explains its usage when called wrongly', () => {
    const run = spawnSync('node', [cli], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: newsroom parse \[--url URL\] FILE/);
  });
});

describe('npm start without the Electron binary', () => {
  it('says what happened and what to do, and exits non-zero', () => {
    // An empty override folder stands for "no Electron binary", on any machine.
    const empty = mkdtempSync(join(tmpdir(), 'no-electron-'));
    const run = spawnSync('node', [start], { encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Electron binary is not installed/);
    expect(run.stderr).toMatch(/npm run web/);
  });
});

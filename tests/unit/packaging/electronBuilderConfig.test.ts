import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const configPath = join(root, 'electron-builder.yml');
type PlatformConfig = { target: unknown; icon: string };
// Only the fields read below; the schema test covers the whole file.
const config = parse(readFileSync(configPath, 'utf8')) as Record<string, unknown> &
  Record<'linux' | 'mac' | 'win', PlatformConfig> & { appId: string; publish: unknown };

describe('electron-builder.yml', () => {
  // electron-builder's own schema (draft-07, additionalProperties: false at the top), so a
  // typo'd key or a wrong type fails here instead of being half-ignored at release time.
  const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
  // strict: false because the schema uses non-standard keywords; unions like ["null","string"] need allowUnionTypes.
  const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);

  it('matches electron-builder’s JSON schema', () => {
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check really rejects bad configs', () => {
    // Guards against a validator that accepts everything (e.g. a schema that failed to load).
    expect(validate({ ...config, asar: 'yes please' })).toBe(false);
    expect(validate({ ...config, notAnElectronBuilderKey: true })).toBe(false);
  });

  it('builds AppImage, deb, dmg and nsis with the shared 512×512 PNG icon', () => {
    const names = (t: unknown): string[] =>
      (Array.isArray(t) ? t : [t]).map((x) => (typeof x === 'string' ? x : (x as { target: string }).target));
    expect(names(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(names(config.mac.target)).toContain('dmg');
    expect(names(config.win.target)).toContain('nsis');
    expect(config.appId).toBe('org.newsroomreader.app');
    expect(config.publish).toBeNull(); // a build never uploads anything

    for (const platform of ['linux', 'mac', 'win'] as const) expect(config[platform].icon).toBe('assets/icon.png');
    const png = readFileSync(join(root, 'assets/icon.png'));
    // PNG signature, then the IHDR chunk: width and height are big-endian uint32 at bytes 16 and 20.
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(existsSync(join(root, 'assets/icon.svg'))).toBe(true);
  });
});

describe('packaged app (electron-builder --dir --linux)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'newsroom-eb-'));
  const stub = join(temp, 'electron-dist');
  const out = join(temp, 'out');

  beforeAll(() => {
    // app.asar is made from dist/, so build it if this run has not already done so.
    if (!existsSync(join(root, 'dist/main/electron/main.cjs')) || !existsSync(join(root, 'dist/renderer/index.html'))) {
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    }
    // The Electron binary cannot be downloaded here, so hand electron-builder a stand-in
    // "unpacked Electron". It copies the folder and renames `electron` to the app's executable;
    // that file is all it needs (it writes resources/app.asar itself).
    mkdirSync(stub);
    writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub electron"\n', { mode: 0o755 });
  }, 170_000);

  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('puts the built app and production dependencies, and nothing else, in app.asar', async () => {
    const args = ['electron-builder', '--dir', '--linux', '--x64', '--publish', 'never', '--config', configPath,
      `-c.electronDist=${stub}`, '-c.electronVersion=45.5.0', `-c.directories.output=${out}`,
      // No native modules today; skip @electron/rebuild so a future one can't make this test fetch headers.
      '-c.npmRebuild=false'];
    await promisify(execFile)('npx', args, {
      cwd: root,
      timeout: 170_000,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, CI: 'true', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    }).catch((error: unknown) => {
      // electron-builder reports its "⨯ ..." failure on stdout; put it in the test failure.
      const e = error as Error & { stdout?: string; stderr?: string };
      throw new Error(`${e.message}\n${`${e.stdout ?? ''}${e.stderr ?? ''}`.slice(-3000)}`);
    });

    const entries = listPackage(join(out, 'linux-unpacked/resources/app.asar'), { isPack: false })
      .map((p) => p.replaceAll('\\', '/'));
    const has = (p: string) => entries.includes(p);

    for (const p of ['/package.json', '/dist/main/electron/main.cjs', '/dist/main/electron/preload.cjs',
      '/dist/renderer/index.html', '/assets/icon.png']) expect(has(p), p).toBe(true);
    // Every runtime dependency is there...
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies)) expect(has(`/node_modules/${dep}/package.json`), dep).toBe(true);
    // ...but no build/test tooling from devDependencies.
    for (const dev of ['vitest', 'electron', 'electron-builder', 'vite', 'typescript', 'esbuild', 'playwright', '@electron/asar']) {
      expect(has(`/node_modules/${dev}/package.json`), dev).toBe(false);
    }
    // No sources, tests, fixtures or source maps: only dist/ output is shipped.
    const ownFiles = entries.filter((p) => !p.startsWith('/node_modules/'));
    expect(ownFiles.filter((p) => /^\/(tests|main|renderer|shared|\.scratch)(\/|$)/.test(p))).toEqual([]);
    expect(ownFiles.filter((p) => /\.(ts|tsx|map)$/.test(p))).toEqual([]);
    expect(entries.filter((p) => p.endsWith('.map'))).toEqual([]);
  }, 180_000);
});

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ServerMessage } from '../../../shared/host/wireMessages';
import { startWebHost, type RunningWebHost } from '../../../main/web/webHost';

// A real web host on 127.0.0.1 serving a stand-in renderer build.
let host: RunningWebHost;
let origin: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'newsroom-web-'));
  mkdirSync(join(root, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '9.9.9' }));
  writeFileSync(join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  mkdirSync(join(root, 'dist', 'renderer', 'assets'));
  writeFileSync(join(root, 'dist', 'renderer', 'assets', 'index-Br7UrydI.js'), 'export {};');
  writeFileSync(join(root, 'dist', 'renderer', 'assets', 'notes.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'not for the web');
  host = await startWebHost({ root, port: 0, dataDir: join(root, 'data') });
  origin = host.url.replace(/\/$/, '');
});

afterAll(() => host.close());

function connect(from: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${origin.replace('http', 'ws')}/host`, { origin: from });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function request(ws: WebSocket, id: number, name: string, input: unknown): Promise<ServerMessage> {
  return new Promise((resolve) => {
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as ServerMessage;
      if (message.type === 'response' && message.id === id) resolve(message);
    });
    ws.send(JSON.stringify({ type: 'request', id, name, input }));
  });
}

describe('the web host', () => {
  it('listens on 127.0.0.1 and serves the renderer with a strict CSP', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(host.url);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/connect-src ws:\/\/127\.0\.0\.1:\d+/);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('lets the browser keep the build’s content-named assets (and their compiled code), never the page', async () => {
    expect((await fetch(host.url)).headers.get('cache-control')).toBe('no-store');
    const asset = await fetch(`${origin}/assets/index-Br7UrydI.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fetch(`${origin}/assets/notes.js`)).headers.get('cache-control')).toBe('no-store');
  });

  it('serves nothing outside the renderer folder', async () => {
    expect((await fetch(`${origin}/../secret.txt`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${origin}/..%2f..%2fsecret.txt`)).status).toBe(404);
  });

  it('answers contract requests over the WebSocket', async () => {
    const ws = await connect(origin);
    const info = await request(ws, 1, 'getAppInfo', {});
    expect(info).toEqual({ type: 'response', id: 1, ok: true, output: { name: 'Newsroom Reader', version: '9.9.9', shell: 'web', nativeFileDialog: false } });
    const bad = await request(ws, 2, 'parseImportFiles', { files: 'nope' });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    ws.close();
  });

  it('says a browser tab has no badge and no application menu, after checking the input all the same', async () => {
    const ws = await connect(origin);
    expect(await request(ws, 1, 'setBadgeCount', { count: 3 })).toEqual({ type: 'response', id: 1, ok: true, output: { shown: false } });
    expect(await request(ws, 2, 'setMenuKeys', { keys: { 'list.next': ['j'] } })).toEqual({ type: 'response', id: 2, ok: true, output: { applied: false } });
    expect(await request(ws, 3, 'setBadgeCount', { count: -1 })).toMatchObject({ ok: false, error: expect.stringMatching(/refused: count/) });
    expect(await request(ws, 4, 'setMenuKeys', { keys: { 'rm.rf': ['j'] } })).toMatchObject({ ok: false, error: expect.stringMatching(/refused: keys/) });
    ws.close();
  });

  it('refuses a socket opened by any other site the browser has open', async () => {
    await expect(connect('http://evil.example')).rejects.toThrow();
  });
});

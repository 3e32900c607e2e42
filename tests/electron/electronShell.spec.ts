import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { join } from 'node:path';
import { PRELOAD_GLOBAL, requestNames } from '../../shared/host/contract';

const root = join(__dirname, '../..');
const SEED = join(root, 'tests/fixtures/seed/000_5991ad5017234ee2.txt');

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  app = await electron.launch({ args: [root], env: { ...process.env, NODE_ENV: 'test' } });
  page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
});

test.afterAll(async () => {
  await app.close();
});

test('the window is sandboxed and context-isolated, without Node', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    // Undocumented in the typings, but how Electron's own tests read the effective preferences.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences: () => Electron.WebPreferences } | undefined;
    const p = contents?.getLastWebPreferences();
    return { sandbox: p?.sandbox, contextIsolation: p?.contextIsolation, nodeIntegration: p?.nodeIntegration };
  });
  expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
});

test('the preload exposes exactly the contract', async () => {
  const keys = await page.evaluate((name) => Object.keys((window as unknown as Record<string, object>)[name] ?? {}).sort(), PRELOAD_GLOBAL);
  expect(keys).toEqual([...requestNames, 'on'].sort());
});

test('the renderer is served with the strict CSP', async () => {
  const csp = await app.evaluate(async ({ net }) => (await net.fetch('app://newsroom/index.html')).headers.get('content-security-policy'));
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("connect-src 'none'");
});

test('navigation away and new windows are refused; web links go to the OS browser', async () => {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { opened?: string[] }).opened = opened;
    shell.openExternal = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
  });
  expect(await page.evaluate(() => window.open('https://example.org/story') === null)).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://example.org/elsewhere';
  });
  await expect(page).toHaveURL(/^app:\/\/newsroom\//);
  expect(await app.evaluate(() => (globalThis as { opened?: string[] }).opened)).toEqual(['https://example.org/story', 'https://example.org/elsewhere']);
  expect(app.windows()).toHaveLength(1);
});

test('File → Import… shows the OS dialog and the article lands in the archive', async () => {
  await app.evaluate(({ dialog }, seed) => {
    const stub = (): Promise<Electron.OpenDialogReturnValue> => Promise.resolve({ canceled: false, filePaths: [seed] });
    dialog.showOpenDialog = stub;
  }, SEED);
  await app.evaluate(({ Menu }) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'File');
    file?.submenu?.items.find((item) => item.label === 'Import files…')?.click();
  });
  await expect(page.getByRole('alert')).toContainText('Imported 1 article');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toContainText('US-Russia Prisoner Swap Talks Irregular');
});

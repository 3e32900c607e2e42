import { ESLint, type Linter } from 'eslint';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

// The real layer rules from eslint.config.mjs, run on snippets placed in each layer.
async function lint(file: string, code: string): Promise<string[]> {
  const { layerRules } = (await import(join(root, 'eslint.config.mjs'))) as { layerRules: Linter.Config[] };
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser }, plugins: { '@typescript-eslint': tseslint.plugin } }, ...layerRules],
  });
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('the layers are enforced by lint', () => {
  it('shared/ may not import Node, Electron or the DOM', async () => {
    expect(await lint('shared/model/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;")).toEqual([
      expect.stringMatching(/no-restricted-imports: .*no Node modules/),
    ]);
    expect(await lint('shared/model/x.ts', "import { app } from 'electron';\nexport const a = app;")).toHaveLength(1);
    expect(await lint('shared/model/x.ts', 'export const w = window.location;')).toEqual([expect.stringMatching(/no-restricted-globals/)]);
  });

  it('renderer/ may not import main/ or Node', async () => {
    expect(await lint('renderer/ui/X.tsx', "import { importFile } from '../../main/import/importFile';\nexport const f = importFile;")).toEqual([
      expect.stringMatching(/renderer\/ never imports main\//),
    ]);
    expect(await lint('renderer/ui/X.tsx', "import path from 'path';\nexport const p = path;")).toHaveLength(1);
  });

  it('only main/electron/ may import electron', async () => {
    expect(await lint('main/host/x.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([
      expect.stringMatching(/Only main\/electron\/ imports electron/),
    ]);
    expect(await lint('main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([]);
  });

  it('allows what each layer is meant to use', async () => {
    expect(await lint('shared/model/x.ts', "import { z } from 'zod';\nexport const s = z.string();")).toEqual([]);
    expect(await lint('renderer/ui/X.tsx', "import { channelOf } from '../../shared/host/contractNames';\nexport const c = channelOf;")).toEqual([]);
    expect(await lint('renderer/ui/X.tsx', "import type { HostApi } from '../../shared/host/contract';\nexport type H = HostApi;")).toEqual([]);
  });

  it('keeps the contract’s schemas and classic zod out of the renderer', async () => {
    expect(await lint('renderer/ui/X.tsx', "import { channelOf } from '../../shared/host/contract';\nexport const c = channelOf;")).toEqual([
      expect.stringMatching(/take names and limits from shared\/host\/contractNames/),
    ]);
    expect(await lint('renderer/ui/X.tsx', "import { z } from 'zod';\nexport const s = z.string();")).toEqual([expect.stringMatching(/uses zod\/mini/)]);
    expect(await lint('renderer/ui/X.tsx', "import * as z from 'zod/mini';\nexport const s = z.string();")).toEqual([]);
  });
});

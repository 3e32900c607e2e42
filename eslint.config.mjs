import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * The architecture's layers, enforced: shared/ is pure TypeScript, the
 * renderer never reaches into main/, and only main/electron/ touches
 * Electron. Exported so a test can show each rule failing.
 */
export const layerRules = [
  {
    files: ['shared/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...nodeBuiltins.map((name) => ({ name, message: 'shared/ runs everywhere: no Node modules.' })),
          { name: 'electron', message: 'shared/ runs everywhere: no Electron.' },
          { name: 'react', message: 'shared/ holds no UI.' },
          { name: 'react-dom', message: 'shared/ holds no UI.' },
          { name: 'dexie', message: 'shared/ holds no storage: the archive lives in renderer/.' },
        ],
        patterns: [
          { group: ['**/main/**', '**/renderer/**', '../main', '../renderer', '../../main/**', '../../renderer/**'], message: 'shared/ imports nothing from main/ or renderer/.' },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname'].map((name) => ({ name, message: 'shared/ runs everywhere: no DOM or Node globals.' })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      // typescript-eslint's version, which can let type-only imports through (the contract's types, not its schemas).
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is sandboxed: no Node modules. Ask the host through the contract.' })),
          { name: 'electron', message: 'The renderer reaches Electron only through the preload’s contract.' },
          { name: 'zod', message: 'Classic zod put 86 KB and about 20 ms on the reader’s launch: the renderer uses zod/mini.' },
        ],
        patterns: [
          { group: ['**/main/**', '../main', '../../main', '../../../main'], message: 'renderer/ never imports main/: go through the host contract in shared/host.' },
          { group: ['**/shared/host/contract'], allowTypeImports: true, message: 'The contract’s schemas (and zod) stay out of the renderer: take names and limits from shared/host/contractNames, types from the contract.' },
        ],
      }],
    },
  },
  {
    files: ['main/**/*.{ts,tsx}'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Only main/electron/ imports electron; host services stay plain Node so they run in the web host and in tests.' }],
        patterns: [{ group: ['**/renderer/**', '../renderer', '../../renderer'], message: 'main/ never imports the renderer.' }],
      }],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench-results/**', 'test-results/**', 'playwright-report/**', '.scratch/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', '*.js', 'main/*.mjs', 'tests/*.mjs', 'tests/bench/*.mjs', 'tests/support/*.mjs', '.ci/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // `const { secret: _secret, ...visible } = record` is how a field is left out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // expect.any()/stringMatching() are typed `any` by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layerRules,
);

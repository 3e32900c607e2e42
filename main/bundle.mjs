// Bundles the main-process entry points with esbuild. npm packages stay
// external (electron-builder ships node_modules) except in the preload,
// which runs sandboxed and may require nothing but 'electron'.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: { 'electron/main': 'main/electron/main.ts', 'web/webMain': 'main/web/webMain.ts', 'cli/start': 'main/cli/start.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' }, packages: 'external' }),
  build({ ...common, entryPoints: { 'cli/newsroom': 'main/cli/newsroom.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' }, packages: 'external', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: { 'electron/preload': 'main/electron/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' }, external: ['electron'], platform: 'browser', format: 'cjs' }),
]);

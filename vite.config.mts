import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built to dist/renderer and served by either host (app:// in
// Electron, http://127.0.0.1 by `npm run web`). Relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome128',
    // No inline scripts or styles: the CSP allows only files from the app.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});

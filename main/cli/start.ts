import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appRoot } from '../host/appRoot';

/**
 * `npm start`: launches Electron when its binary is installed, and otherwise
 * says plainly why it can't and what to do instead. (The electron package
 * downloads its binary from GitHub at install time; where that is blocked
 * the package installs without it.)
 */
function electronBinary(root: string): string | null {
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return null;
  }
  const pathFile = join(pkgDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  // Mirrors the electron package's own lookup, override first.
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override ? join(override, executable ?? 'electron') : executable ? join(pkgDir, 'dist', executable) : null;
  return binary !== null && existsSync(binary) ? binary : null;
}

const root = appRoot();
const binary = electronBinary(root);
if (binary === null) {
  process.stderr.write(`
Newsroom Reader can't start its desktop window: the Electron binary is not installed.

npm installs Electron's program by downloading it from GitHub during "npm ci".
That download was blocked or skipped on this machine.

What you can do:
  • Read in your browser instead:  npm run web   (then open the address it prints in Chromium)
  • On a machine that can reach GitHub:  node node_modules/electron/install.js   then  npm start
  • If you already have Electron 45 unpacked somewhere:
      ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start

`);
  process.exit(1);
}
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

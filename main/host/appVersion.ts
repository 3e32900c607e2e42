import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app's version from package.json, read once; `root` is the folder holding package.json. */
export function appVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json, found upward from the bundled file: the same from dist/ or inside app.asar. */
export function appRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Newsroom Reader could not find its package.json above ${from}.`);
    dir = parent;
  }
  return dir;
}

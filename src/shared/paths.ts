// Data folders (schemas/, templates/, profiles/) live at the package root, beside package.json.
// The code runs from src/ (tests) or from the dist/ bundle, so find the root by walking up.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('dvk: cannot find the package root (package.json + schemas/)');
    dir = parent;
  }
  cached = dir;
  return dir;
}

export const dataPath = (...parts: string[]): string => join(packageRoot(), ...parts);

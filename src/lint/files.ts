// Which files a lint run covers: files, folders (searched for plans) and globs → file names as
// the user sees them. No printing: a path that matches nothing is a PathError the caller reports
// (the CLI as a usage error, exit 2).
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { isConfigFile } from '../config/index.js';
import { localize, type Lang } from '../i18n/index.js';
import { STDIN_NAME } from '../shared/read-input.js';

const text = {
  noMatch: { vi: 'Không tìm thấy tệp nào khớp với “{{path}}”.', en: 'No files match “{{path}}”.' },
  noPlansInFolder: { vi: 'Thư mục “{{path}}” không có tệp kế hoạch .yaml/.yml nào.', en: 'Folder “{{path}}” has no .yaml/.yml plan files.' },
};

/** A path given to the run that names no file it can lint. */
export class PathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathError';
  }
}

export const PLAN_EXTENSIONS = new Set(['.yaml', '.yml']);
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** What the user sees as the file name: relative to the working directory, '/' separators. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

/** How much of a file's start is read to tell a plan from other YAML. */
const HEAD_BYTES = 4096;
const head = Buffer.alloc(HEAD_BYTES);

/**
 * A YAML file found by searching a folder is linted only when it looks like a plan (a top-level
 * `dvk:` or `he_thong:` key near the top): a repository also holds CI workflows, compose files
 * and other YAML that are not plans. Files named on the command line are always linted.
 * `bytes`: the file, or at least its first HEAD_BYTES (the cache decides from the bytes it read).
 */
export function looksLikePlanBytes(bytes: Uint8Array): boolean {
  return /^(?:\uFEFF)?(?:dvk|he_thong)\s*:/m.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_BYTES)).toString('utf8'));
}

function looksLikePlan(file: string): boolean {
  // Synchronous: the walk looks at one file at a time anyway, and three promise round trips per
  // file cost more than the read (about 0.1 s per 1,000 files).
  const fd = openSync(file, 'r');
  try {
    const bytesRead = readSync(fd, head, 0, head.length, 0);
    return looksLikePlanBytes(head.subarray(0, bytesRead));
  } finally {
    closeSync(fd);
  }
}

/**
 * What `dvk lint --cache` (metadata strategy) already knows of a file found in a folder: true or
 * false when the file is unchanged since it was last seen (same size, mtime, ctime, inode), so
 * its first bytes need not be read again; undefined when it must be looked at.
 */
export type PlanHint = (file: string) => boolean | undefined;

async function walk(dir: string, out: string[], hint: PlanHint | undefined): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    // Hidden folders (.git, .github, .vscode) and node_modules hold no plans.
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) await walk(join(dir, entry.name), out, hint);
    } else if (entry.isFile() && PLAN_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !isConfigFile(entry.name)) {
      const file = join(dir, entry.name);
      if (hint?.(file) ?? looksLikePlan(file)) out.push(file);
    }
  }
}

// Loaded when needed: a plain `dvk lint <folder>` reads no glob.
let tinyglobby: typeof import('tinyglobby') | undefined;

/** Files, folders (searched for .yaml/.yml) and globs → files. A path that matches nothing is a PathError. */
export async function expandPaths(paths: string[], lang: Lang, hint?: PlanHint): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    // `-`: a plan on standard input, reported as <stdin>.
    if (path === '-') {
      files.add(STDIN_NAME);
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const found: string[] = [];
      await walk(path, found, hint);
      if (found.length === 0) throw new PathError(localize(text.noPlansInFolder, lang, { path }));
      found.sort().forEach((f) => files.add(displayPath(f)));
    } else if (info) {
      // A FIFO or a device named on the command line is refused by the reader, with a message, unopened.
      files.add(displayPath(path));
    } else if ((tinyglobby ??= await import('tinyglobby')).isDynamicPattern(path)) {
      const found = await tinyglobby.glob(path, { onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      const usable = found.filter((f) => !isConfigFile(f));
      if (usable.length === 0) throw new PathError(localize(text.noMatch, lang, { path }));
      usable.sort().forEach((f) => files.add(displayPath(f)));
    } else {
      throw new PathError(localize(text.noMatch, lang, { path }));
    }
  }
  return [...files];
}

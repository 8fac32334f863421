// `dvk lint --changed <ref>`: which files changed since a git ref — committed since it, staged,
// modified in the work tree, or new and not ignored — as absolute real paths. The lint run still
// reads every plan it is given (the repository-wide rules compare a changed plan with the others:
// a number it now shares, a plan it cites); only the changed files' findings are reported.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { localize, type Lang } from '../i18n/index.js';

const text = {
  notRepo: {
    vi: '--changed cần một kho git: {{detail}}',
    en: '--changed needs a git repository: {{detail}}',
  },
  badRef: {
    vi: '--changed: git không so được với “{{ref}}” ({{detail}}). Kiểm tra tên nhánh hay commit; trong CI cần lấy đủ lịch sử (actions/checkout với fetch-depth: 0, GitLab GIT_DEPTH: 0).',
    en: '--changed: git cannot compare with “{{ref}}” ({{detail}}). Check the branch or commit name; in CI fetch enough history (actions/checkout with fetch-depth: 0, GitLab GIT_DEPTH: 0).',
  },
};

export class ChangedError extends Error {}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

const firstLine = (error: unknown): string => {
  const e = error as { stderr?: string; message?: string; code?: string };
  if (e.code === 'ENOENT') return 'git is not installed';
  return String(e.stderr || e.message || error).trim().split('\n')[0] ?? '';
};

/** The files changed since `ref` (absolute real paths). Throws ChangedError with a message for the user. */
export function changedSince(ref: string, lang: Lang, cwd: string = process.cwd()): Set<string> {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (error) {
    throw new ChangedError(localize(text.notRepo, lang, { detail: firstLine(error) }));
  }
  let listed: string;
  try {
    // `--end-of-options`: a ref that starts with "-" is a ref, never an option.
    listed = git(['diff', '--name-only', '--no-renames', '-z', '--end-of-options', ref, '--'], top);
    listed += git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], top);
  } catch (error) {
    throw new ChangedError(localize(text.badRef, lang, { ref, detail: firstLine(error) }));
  }
  return new Set(listed.split('\0').filter(Boolean).map((p) => resolve(top, p)));
}

/** A lint file's real path, to compare with git's (a symlinked folder, /tmp vs /private/tmp). */
export function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

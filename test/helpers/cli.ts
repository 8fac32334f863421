// Spawns the built binary exactly as a user runs it (`npm test` builds it first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const dvkBin = join(repoRoot, 'bin', 'dvk.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runDvk(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [dvkBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DVK_LANG: '', ...options.env },
    input: options.input ?? '',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'dvk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

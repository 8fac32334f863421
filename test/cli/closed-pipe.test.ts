// `dvk lint … | head -1`: the reader closes the pipe early. dvk must not die with an unhandled
// EPIPE and a stack trace, and the run keeps its own exit code (1: the plan has errors).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dvkBin, repoRoot } from '../helpers/cli.js';

describe('output into a pipe the reader closed', () => {
  it('stops quietly and keeps the exit code', () => {
    const script = `node "${dvkBin}" lint test/fixtures/seeds/ --fix-dry-run | head -c 1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(r.stderr.trim()).toBe('exit=1');
  });
});

// `dvk lint --changed <ref>` in a real git repository: only the plans changed since the ref are
// reported (committed since, modified, or new), and the repository-wide rules still compare them
// with the unchanged plans; a wrong ref or no repository is a usage error (exit 2) that says why.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planYaml } from '../../src/lint/testing.js';
import { runDvk, tempDir } from '../helpers/cli.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, stdio: 'pipe' });

function repository(): string {
  const dir = tempDir('dvk-changed-');
  git(dir, 'init', '-q');
  writeFileSync(join(dir, 'a.yaml'), planYaml('state', { so: '15' }));
  writeFileSync(join(dir, 'b.yaml'), planYaml('state', { so: '16' }));
  writeFileSync(join(dir, 'c.yaml'), planYaml('state', { so: '17', nguoi_ky: { quyen_han: 'TM' } }));
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'plans');
  return dir;
}

describe('dvk lint --changed', () => {
  it('reports only the changed plans, with run-level findings against the unchanged ones', () => {
    const dir = repository();
    writeFileSync(join(dir, 'b.yaml'), planYaml('state', { so: '15' })); // now shares 15 with a.yaml
    writeFileSync(join(dir, 'd.yaml'), planYaml('state', { so: '18' })); // new, untracked
    const r = runDvk(['lint', '--changed', 'HEAD', '-f', 'json', '.'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['b.yaml', 'd.yaml']);
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('duplicate-so-ky-hieu');
    expect(report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'duplicate-so-ky-hieu').message).toContain('a.yaml');
    // c.yaml has an error but did not change: not reported, so the exit code is that of b and d.
    expect(r.code).toBe(0);
    expect(runDvk(['lint', '.'], { cwd: dir }).code).toBe(1);
  });

  it('says so when nothing changed, and exits 0', () => {
    const dir = repository();
    const r = runDvk(['lint', '--changed', 'HEAD', '-f', 'sarif', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).runs[0].results).toEqual([]);
    expect(r.stderr).toContain('Không có tệp nào trong số được kiểm tra thay đổi kể từ HEAD.');
  });

  it('is a usage error, with what to do, for an unknown ref or outside a git repository', () => {
    const dir = repository();
    const bad = runDvk(['lint', '--changed', 'no-such-branch', '.'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--changed: git không so được với “no-such-branch”');
    expect(bad.stderr).toContain('fetch-depth: 0');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const plain = tempDir('dvk-nogit-');
    writeFileSync(join(plain, 'a.yaml'), planYaml('state'));
    const outside = runDvk(['lint', '--changed', 'HEAD', '--lang', 'en', 'a.yaml'], { cwd: plain, env: { GIT_CEILING_DIRECTORIES: plain } });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('--changed needs a git repository');
  });
});

// action.yml, run here as a GitHub runner runs a composite action (scripts/run-action.mjs; the
// install step is skipped because the test suite has built dist/ already, and the uses: steps —
// setup-node, upload-sarif — need GitHub): the SARIF it writes validates against the SARIF 2.1.0
// schema, the pull request gets annotations, and the step fails exactly when dvk exits non-zero.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv/dist/ajv.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without types
import { runAction } from '../../scripts/run-action.mjs';
import { planYaml } from '../../src/lint/testing.js';
import { tempDir } from '../helpers/cli.js';

const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv.default({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema);

interface StepResult {
  name: string;
  status: string;
  stdout?: string;
}

function workspace(files: Record<string, string>): string {
  const dir = tempDir('dvk-action-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'plans');
  return dir;
}

describe('action.yml', () => {
  it('is a composite action whose shell steps all name their shell and whose expressions name declared inputs', () => {
    expect(actionYml.runs.using).toBe('composite');
    for (const step of actionYml.runs.steps) if (step.run) expect(step.shell, step.name).toBe('bash');
    const used = [...JSON.stringify(actionYml).matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]);
    for (const name of used) expect(Object.keys(actionYml.inputs)).toContain(name);
    expect(actionYml.runs.steps.map((s: { uses?: string }) => s.uses).filter(Boolean)).toEqual(['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3']);
  });

  it('writes valid SARIF, annotates, and passes on warnings only', () => {
    const dir = workspace({ 'a.yaml': planYaml('state', { so: '15' }), 'b.yaml': planYaml('state', { so: '15' }) });
    const { results, failed, outputs } = runAction({ workspace: dir, skipInstall: true, log: () => {} });
    expect(failed).toBe(false);
    expect(outputs['exit-code']).toBe('0');
    const sarif = JSON.parse(readFileSync(join(dir, 'dvk.sarif'), 'utf8'));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'duplicate-so-ky-hieu')).toHaveLength(2);
    const annotate = (results as StepResult[]).find((r) => r.name === 'Annotate the pull request')!;
    expect(annotate.stdout).toMatch(/^::warning file=a\.yaml,line=\d+,.*title=duplicate-so-ky-hieu::/m);
    expect((results as StepResult[]).map((r) => r.status)).toEqual(['skipped (uses)', 'skipped (--skip-install)', 'success', 'success', 'skipped (uses)', 'success']);
  }, 60_000);

  it('fails the job on errors, after writing the SARIF and the annotations; with `changed`, reports only changed plans', () => {
    const dir = workspace({ 'a.yaml': planYaml('state', { so: '15' }), 'c.yaml': planYaml('state', { so: '16' }) });
    writeFileSync(join(dir, 'c.yaml'), `${planYaml('state', { so: '16' })}khoa_la: x\n`);
    const { results, failed, outputs } = runAction({ workspace: dir, inputs: { changed: 'HEAD', 'sarif-file': 'out/dvk.sarif' }, skipInstall: true, log: () => {} });
    expect(failed).toBe(true);
    expect(outputs['exit-code']).toBe('1');
    expect((results as StepResult[]).at(-1)).toMatchObject({ name: 'Result', status: 'failure (exit 1)' });
    const annotate = (results as StepResult[]).find((r) => r.name === 'Annotate the pull request')!;
    expect(annotate.stdout).toMatch(/^::error file=c\.yaml,/m);
    expect(annotate.stdout).not.toContain('file=a.yaml');
  }, 60_000);
});

describe('what CI users copy', () => {
  const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

  it('pre-commit hooks run the executable wrapper with dvk lint (tried for real with pre-commit try-repo, docs/ci.md)', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string; pass_filenames?: boolean }[];
    expect(hooks.map((h) => h.id)).toEqual(['dvk-lint', 'dvk-lint-files']);
    for (const h of hooks) {
      expect(h.language).toBe('script');
      expect(h.entry).toMatch(/^scripts\/pre-commit-hook\.sh lint\b/);
    }
    expect(hooks[0]!.entry).toContain('--changed HEAD');
    expect(hooks[0]!.pass_filenames).toBe(false);
    const mode = execFileSync('git', ['ls-files', '-s', 'scripts/pre-commit-hook.sh'], { cwd: new URL('../..', import.meta.url) }).toString();
    expect(mode).toMatch(/^100755 /);
  });

  it('the GitLab job writes a Code Quality report with --format codeclimate, and the GitHub workflow uses the action', () => {
    const job = parse(read('docs/examples/gitlab-ci.yml')).dvk;
    expect(job.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    expect(job.script.join('\n')).toContain('--format codeclimate -o gl-code-quality-report.json');
    const workflow = parse(read('docs/examples/github-workflow.yml'));
    expect(workflow.permissions['security-events']).toBe('write');
    expect(workflow.jobs.lint.steps[1].uses).toMatch(/\/dvk@/);
    expect(Object.keys(workflow.jobs.lint.steps[1].with).every((k: string) => k in actionYml.inputs)).toBe(true);
  });
});

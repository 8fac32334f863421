#!/usr/bin/env node
// Runs the shell steps of action.yml on this machine the way a GitHub runner runs a composite
// action, for checking it without GitHub (no Docker here for `act`): each `run:` step in bash with
// `-eo pipefail`, in order, with the action's inputs (defaults, overridden by --with name=value),
// GITHUB_OUTPUT and step outputs, `if:` conditions, and the `${{ … }}` expressions the action uses.
// `uses:` steps (actions/setup-node, github/codeql-action/upload-sarif) need GitHub: they are
// listed and skipped; their inputs are printed so one can see what would be uploaded.
//
//   node scripts/run-action.mjs --workspace /path/to/plans-repo [--action-path a/clean/clone/of/dvk]
//        [--with paths=ke-hoach/] [--skip-install]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function runAction({ workspace, actionPath = here, inputs: given = {}, skipInstall = false, log = (s) => process.stdout.write(s) }) {
  const action = parse(readFileSync(join(actionPath, 'action.yml'), 'utf8'));
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? String(v.default ?? '')]));
  const steps = {};
  const github = { action_path: actionPath, server_url: 'https://github.com', action_repository: '', action_ref: '', workspace };
  let failed = false;
  const value = (expr) => {
    expr = expr.trim();
    let m;
    if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return inputs[m[1]] ?? '';
    if ((m = /^github\.(\w+)$/.exec(expr))) return github[m[1]] ?? '';
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return steps[m[1]]?.[m[2]] ?? '';
    if ((m = /^'(.*)'$/.exec(expr))) return m[1];
    if (expr === 'always()') return true;
    if ((m = /^hashFiles\((.+)\)$/.exec(expr))) return existsSync(resolve(workspace, String(value(m[1])))) ? 'hash' : '';
    if ((m = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(expr))) return (String(value(m[1])) === String(value(m[3]))) === (m[2] === '==');
    throw new Error(`expression not understood: ${expr}`);
  };
  const evaluate = (expr) => expr.split('&&').every((part) => {
    const v = value(part);
    return v === true || (typeof v === 'string' && v !== '');
  });
  const expand = (text) => String(text).replace(/\$\{\{(.*?)\}\}/g, (_, e) => String(value(e)));
  const results = [];
  for (const [i, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.uses ?? `step ${i + 1}`;
    const condition = step.if ? /^\$\{\{(.*)\}\}$/s.exec(step.if.trim())?.[1] ?? step.if : undefined;
    // Without `always()`, a step runs only while every step before it succeeded (GitHub's success()).
    const wanted = condition ? evaluate(condition) && (!failed || /always\(\)/.test(condition)) : !failed;
    if (!wanted) {
      results.push({ name, status: 'skipped (if)' });
      continue;
    }
    if (step.uses) {
      log(`── ${name}: uses ${step.uses} (needs GitHub; skipped) with ${JSON.stringify(Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v)])))}\n`);
      results.push({ name, status: 'skipped (uses)' });
      continue;
    }
    if (skipInstall && /npm ci/.test(step.run)) {
      results.push({ name, status: 'skipped (--skip-install)' });
      continue;
    }
    const output = join(mkdtempSync(join(tmpdir(), 'dvk-action-')), 'output');
    writeFileSync(output, '');
    const env = { ...process.env, GITHUB_OUTPUT: output, GITHUB_ACTION_PATH: actionPath, GITHUB_WORKSPACE: workspace, NO_COLOR: '1' };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v);
    const cwd = step['working-directory'] ? resolve(workspace, expand(step['working-directory'])) : workspace;
    log(`── ${name}\n`);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run)], { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    log(r.stdout);
    log(r.stderr);
    if (step.id) steps[step.id] = Object.fromEntries(readFileSync(output, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    results.push({ name, status: r.status === 0 ? 'success' : `failure (exit ${r.status})`, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) failed = true;
  }
  return { results, failed, outputs: { 'exit-code': steps.lint?.['exit-code'] } };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const workspace = resolve(at('--workspace') ?? process.cwd());
  const inputs = {};
  args.forEach((a, i) => {
    if (a === '--with') {
      const [k, ...v] = args[i + 1].split('=');
      inputs[k] = v.join('=');
    }
  });
  const actionPath = resolve(at('--action-path') ?? here);
  const { results, failed, outputs } = runAction({ workspace, actionPath, inputs, skipInstall: args.includes('--skip-install') });
  process.stdout.write(`\n${results.map((r) => `${r.status.padEnd(24)} ${r.name}`).join('\n')}\noutputs: ${JSON.stringify(outputs)}\n`);
  process.exitCode = failed ? 1 : 0;
}

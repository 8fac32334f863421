// Issue 4 benchmark: `dvk lint` over 1,000 plans in one process (what CI does on a repository),
// beside the cost of only reading + parsing + schema-checking the same files. Run with
// `npm run bench lint`. Prints plans/second for each and the peak RSS.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runLint } from '../src/cli/actions/lint.ts';
import { rules } from '../src/lint/catalog.ts';
import { lintText } from '../src/lint/index.ts';
import { loadPlanFile } from '../src/plan/index.ts';

const N = 1000;
const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join('examples', f), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'dvk-bench-lint-'));
const files = [];
for (let i = 0; i < N; i++) {
  const file = join(dir, `plan-${String(i).padStart(4, '0')}.yaml`);
  // Distinct numbers, so that the run-level duplicate check has work but few findings.
  writeFileSync(file, examples[i % examples.length].replace(/^so: .*$/m, `so: "${String(i + 1).padStart(2, '0')}"`));
  files.push(file);
}

/** Best of three rounds: the first rounds also pay for JIT warm-up and garbage collection. */
async function time(label, fn) {
  let ms = Infinity;
  let extra;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    extra = await fn();
    ms = Math.min(ms, performance.now() - start);
  }
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${(N / (ms / 1000)).toFixed(0).padStart(6)} plans/s${extra ? `  ${extra}` : ''}`);
  return ms;
}

console.log(`${rules.length} rules in the catalog`);
// Warm-up (JIT, Ajv compile, profile loading) so that the passes compare steady-state work.
await loadPlanFile(files[0], 'vi');
lintText(readFileSync(files[0], 'utf8'), { file: files[0], lang: 'vi', rules });

const loadOnly = await time(`read + YAML parse + schema (${N} files)`, async () => {
  for (const file of files) await loadPlanFile(file, 'vi');
});
const rulesOnly = await time(`read + parse + schema + rules (${N} files)`, async () => {
  let findings = 0;
  for (const file of files) findings += lintText(readFileSync(file, 'utf8'), { file, lang: 'vi', rules }).findings.length;
  return `${findings} findings`;
});
let output = '';
const ctx = { lang: 'vi', debug: false, color: false, stdout: (s) => { output += s; }, stderr: () => undefined };
const full = await time(`dvk lint pipeline, json output (${N} files)`, async () => {
  output = '';
  const code = await runLint([dir], { format: 'json' }, ctx);
  return `exit ${code}, ${(output.length / 1024).toFixed(0)} KB of JSON`;
});
console.log(`rules cost beyond loading: ${(rulesOnly - loadOnly).toFixed(0)} ms; whole lint command beyond loading: ${(full - loadOnly).toFixed(0)} ms`);
console.log(`peak RSS (this process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// The installed binary as CI runs it (a fresh process: start-up included), when it is built.
if (existsSync('dist/cli/main.js')) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['bin/dvk.js', 'lint', dir, '-f', 'json', '-o', join(dir, 'out.json')], { encoding: 'utf8' });
  const ms = performance.now() - start;
  console.log(`${`node bin/dvk.js lint <dir> -f json (${N} files)`.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${(N / (ms / 1000)).toFixed(0).padStart(6)} plans/s  exit ${r.status}`);
}
rmSync(dir, { recursive: true, force: true });

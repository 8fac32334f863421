// Issue 4 benchmark: `dvk lint` over 1,000 plans (what CI does on a repository), beside the cost
// of only reading + parsing and of reading + parsing + schema-checking the same files; then the
// installed binary as CI runs it (fresh process, start-up included): its wall time and peak RSS
// on 1,000 and 3,000 plans (memory must not grow with the number of files beyond the report) and
// on one file. Run with `npm run bench lint`; figures and how to read them: docs/performance.md.
// The machine's load average is printed with the figures: on a shared machine, compare runs made
// under similar load.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os, { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LineCounter, parseDocument } from 'yaml';
import { formatters } from '../src/format/index.ts';
import { catalogMetas } from '../src/lint/catalog.ts';
import { expandPaths } from '../src/lint/files.ts';
import { runLintFiles } from '../src/lint/run.ts';
import { exitCodeFor } from '../src/report/finding.ts';
import { rules } from '../src/lint/catalog.ts';
import { lintText } from '../src/lint/index.ts';
import { loadPlanFile } from '../src/plan/index.ts';

const N = 1000;
const N_LARGE = 3000;
const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join('examples', f), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'dvk-bench-lint-'));
// A separate folder: `dvk lint <dir>` searches sub-folders.
const largeDir = mkdtempSync(join(tmpdir(), 'dvk-bench-lint-large-'));
const files = [];
for (let i = 0; i < N_LARGE; i++) {
  // Distinct numbers, so that the run-level duplicate check has work but few findings.
  const text = examples[i % examples.length].replace(/^so: .*$/m, `so: "${String(i + 1).padStart(2, '0')}"`);
  writeFileSync(join(largeDir, `plan-${String(i).padStart(4, '0')}.yaml`), text);
  if (i < N) {
    const file = join(dir, `plan-${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(file, text);
    files.push(file);
  }
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
function line(label, ms, n, extra) {
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${(n / (ms / 1000)).toFixed(0).padStart(6)} plans/s${extra ? `  ${extra}` : ''}`);
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
  line(label, ms, N, extra);
  return ms;
}

console.log(`${rules.length} rules in the catalog; load average ${load()} (${os.cpus().length} CPUs)`);
// Warm-up (JIT, Ajv compile, profile loading) so that the passes compare steady-state work.
await loadPlanFile(files[0], 'vi');
lintText(readFileSync(files[0], 'utf8'), { file: files[0], lang: 'vi', rules });

const parseOnly = await time(`read + YAML parse (${N} files)`, async () => {
  for (const file of files) parseDocument(readFileSync(file, 'utf8'), { schema: 'failsafe', lineCounter: new LineCounter() }).toJS();
});
const loadOnly = await time(`read + YAML parse + schema (${N} files)`, async () => {
  for (const file of files) await loadPlanFile(file, 'vi');
});
const rulesOnly = await time(`read + parse + schema + rules (${N} files)`, async () => {
  let findings = 0;
  for (const file of files) findings += lintText(readFileSync(file, 'utf8'), { file, lang: 'vi', rules }).findings.length;
  return `${findings} findings`;
});
const full = await time(`lint run (src/lint/run.ts), json output (${N} files)`, async () => {
  const { report } = await runLintFiles(await expandPaths([dir], 'vi'), { lang: 'vi' });
  const output = formatters.json(report, { lang: 'vi', color: false, fixHint: true, rules: catalogMetas() });
  return `exit ${exitCodeFor(report, -1)}, ${(output.length / 1024).toFixed(0)} KB of JSON`;
});
console.log(`YAML parse ${parseOnly.toFixed(0)} ms; schema ${(loadOnly - parseOnly).toFixed(0)} ms; rules ${(rulesOnly - loadOnly).toFixed(0)} ms; whole lint command beyond loading ${(full - loadOnly).toFixed(0)} ms`);
console.log(`full lint / (parse + schema): ${(full / loadOnly).toFixed(2)}x`);

// The installed binary as CI runs it (a fresh process: start-up, Ajv compile and JIT warm-up
// included), when it is built. Peak RSS is the binary's own, reported by bench/_maxrss.mjs.
if (existsSync('dist/cli/main.js')) {
  /** Median wall time of `runs` runs (one file is short: a single run is mostly noise). */
  const binary = (label, target, n, runs = 1) => {
    const times = [];
    let r;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      r = spawnSync(process.execPath, ['--import', './bench/_maxrss.mjs', 'bin/dvk.js', 'lint', target, '-f', 'json', '-o', join(dir, 'out.json')], { encoding: 'utf8' });
      times.push(performance.now() - start);
    }
    const ms = times.sort((a, b) => a - b)[Math.floor(runs / 2)];
    const rss = /dvk-bench-maxrss-kb (\d+)/.exec(r.stderr)?.[1];
    line(label, ms, n, `exit ${r.status}, peak RSS ${rss ? (Number(rss) / 1024).toFixed(0) : '?'} MB${runs > 1 ? `, median of ${runs}` : ''}`);
  };
  binary(`node bin/dvk.js lint <dir> -f json (${N} files)`, dir, N);
  binary(`node bin/dvk.js lint <dir> -f json (${N_LARGE} files)`, largeDir, N_LARGE);
  binary('node bin/dvk.js lint <one file> -f json', files[0], 1, 9);
}
console.log(`load average after: ${load()}`);
rmSync(dir, { recursive: true, force: true });
rmSync(largeDir, { recursive: true, force: true });

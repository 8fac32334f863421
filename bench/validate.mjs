// Issue 2 benchmark: validating 1,000 plans in one process, beside the cost of only reading and
// parsing the same files. Run with `npm run bench validate`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LineCounter, parseDocument } from 'yaml';
import { loadPlanFile } from '../src/plan/index.ts';

const N = 1000;
const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join('examples', f), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'dvk-bench-validate-'));
const files = [];
for (let i = 0; i < N; i++) {
  const file = join(dir, `plan-${String(i).padStart(4, '0')}.yaml`);
  writeFileSync(file, examples[i % examples.length].replace(/^so: .*$/m, `so: "${(i % 97) + 1}"`));
  files.push(file);
}

async function time(label, fn) {
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms  ${(N / (ms / 1000)).toFixed(0).padStart(6)} plans/s`);
  return ms;
}

// Warm-up (JIT, Ajv compile) so that the two passes compare steady-state work.
await loadPlanFile(files[0], 'vi');
const parseOnly = await time(`read + YAML parse (${N} files)`, async () => {
  for (const file of files) {
    const lineCounter = new LineCounter();
    parseDocument(readFileSync(file, 'utf8'), { schema: 'failsafe', lineCounter }).toJS();
  }
});
const full = await time(`dvk validate pipeline (${N} files)`, async () => {
  for (const file of files) {
    const loaded = await loadPlanFile(file, 'vi');
    if (loaded.report.findings.length) throw new Error(`${file}: ${loaded.report.findings[0].message}`);
  }
});
console.log(`cost beyond reading and parsing: ${(full - parseOnly).toFixed(0)} ms for ${N} plans`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });

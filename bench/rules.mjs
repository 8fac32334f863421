// Issue 13, item 1: what the rules cost beside YAML parsing, in one process, in CPU time (the
// machine is shared: CPU time moves less than wall time under load). For N generated plans
// (copies of examples/*.yaml with distinct numbers): YAML parse alone, load (parse + schema +
// model), lintText (load + every rule), then each rule's own CPU time (its check, timed around it;
// the first rule to ask for a shared analysis — the plan's texts, the spelling scan — pays for
// it). Run with `npm run bench rules`; figures in docs/performance.md.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { rules } from '../src/lint/catalog.ts';
import { lintText } from '../src/lint/index.ts';
import { loadPlanText } from '../src/plan/index.ts';

const N = Number(process.env.DVK_BENCH_PLANS ?? 2000);
const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join('examples', f), 'utf8'));
const texts = Array.from({ length: N }, (_, i) => examples[i % examples.length].replace(/^so: .*$/m, `so: "${String(i + 1).padStart(2, '0')}"`));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const cpuMs = (fn) => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
/** Median of three rounds (the first also pays for JIT warm-up). */
const median3 = (fn) => [cpuMs(fn), cpuMs(fn), cpuMs(fn)].sort((a, b) => a - b)[1];

console.log(`${N} plans, ${rules.length} rules; load average ${load()}`);
lintText(texts[0], { file: 'plan.yaml', lang: 'vi', rules });
const parse = median3(() => {
  for (const text of texts) parseDocument(text, { schema: 'failsafe', lineCounter: new LineCounter() }).toJS();
});
const loaded = median3(() => {
  for (const text of texts) loadPlanText(text, 'plan.yaml', 'vi');
});
const linted = median3(() => {
  for (const text of texts) lintText(text, { file: 'plan.yaml', lang: 'vi', rules });
});
const row = (label, ms) => console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms CPU  ${(ms / parse).toFixed(2).padStart(5)}× parse`);
row('YAML parse', parse);
row('load (parse + schema + model)', loaded);
row('lintText (load + rules)', linted);
row('rules and engine (lintText − load)', linted - loaded);

// Each rule timed around its check (this adds a little to each), one more round.
const own = new Map();
const timed = rules.map((rule) => ({
  ...rule,
  check(context) {
    const start = process.cpuUsage();
    rule.check(context);
    const used = process.cpuUsage(start);
    own.set(rule.meta.id, (own.get(rule.meta.id) ?? 0) + (used.user + used.system) / 1000);
  },
}));
for (const text of texts) lintText(text, { file: 'plan.yaml', lang: 'vi', rules: timed });
console.log('most costly rules (CPU, timed around each check):');
for (const [id, ms] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${id.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms`);
console.log(`load average after: ${load()}`);

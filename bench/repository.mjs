// Issue 13: the one table `npm run bench` prints. A generated repository of plans (copies of
// examples/*.yaml, 7 kB each, each with its own number, 100 per folder) linted by the installed
// binary as CI runs it, side by side with the floor (one Node process that only reads each file
// and calls yaml.parseDocument, bench/_floor.mjs) and bare `node -e 0`, all in this one run: wall
// time, CPU time of all threads, plans per second, peak memory, the ratios the targets
// are stated in, and the load average before each row (the machine is shared: a row measured
// under a heavy load is slower than the code). Figures and targets: docs/performance.md.
// Measures only; never fails on a figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const SMALL = Number(process.env.DVK_BENCH_SMALL ?? 2000);
const LARGE = Number(process.env.DVK_BENCH_LARGE ?? 10000);
const ROUNDS_ONE_FILE = 5;

if (!existsSync('dist/cli/main.js') || !existsSync('dist/cli/lint-worker.js')) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join('examples', f), 'utf8'));
const root = mkdtempSync(join(tmpdir(), 'dvk-bench-repo-'));
function repository(name, count) {
  const dir = join(root, name);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const text = examples[i % examples.length].replace(/^so: .*$/m, `so: "${i + 1}"`);
    writeFileSync(join(folder, `plan-${String(i).padStart(5, '0')}.yaml`), text);
  }
  return dir;
}
const small = repository('small', SMALL);
const large = repository('large', LARGE);
const oneFile = join(small, 'd000', 'plan-00000.yaml');
const devNull = openSync('/dev/null', 'w');

const load1 = () => loadavg()[0].toFixed(1);
/** One process: wall ms, CPU ms (all threads), peak RSS MB, exit code. */
function spawn(args, options = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', './bench/_maxrss.mjs', ...args], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', ...options });
  const wall = performance.now() - start;
  const rss = Number(/dvk-bench-maxrss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  const cpu = Number(/dvk-bench-cpu-us (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000;
  return { wall, cpu, rss, code: r.status };
}
/** The median run (by wall time) of `rounds`. */
function median(args, rounds) {
  const runs = Array.from({ length: rounds }, () => spawn(args)).sort((a, b) => a.wall - b.wall);
  return runs[Math.floor(rounds / 2)];
}

const rows = [];
function row(label, plans, m, extra = {}) {
  rows.push({ label, plans, load: load1(), ...m, ...extra });
  const last = rows.at(-1);
  process.stderr.write(`  measured: ${label} (${(last.wall / 1000).toFixed(2)} s)\n`);
  return last;
}

console.log(`dvk repository bench: ${SMALL} and ${LARGE} plans, ${cpus().length} CPUs, node ${process.version}; load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const bare = row('node -e 0 (median of 5)', 0, median(['-e', '0'], ROUNDS_ONE_FILE));
const lintOne = row('dvk lint <one plan> (median of 5)', 1, median(['bin/dvk.js', 'lint', oneFile, '-f', 'json'], ROUNDS_ONE_FILE));
const validateOne = row('dvk validate <one plan> (median of 5)', 1, median(['bin/dvk.js', 'validate', oneFile, '-f', 'json'], ROUNDS_ONE_FILE));
const floorSmall = row(`floor: read + yaml.parseDocument, ${SMALL} plans`, SMALL, spawn(['bench/_floor.mjs', small]));
const coldSmall = row(`dvk lint cold, ${SMALL} plans (auto: pool)`, SMALL, spawn(['bin/dvk.js', 'lint', small, '-f', 'json']), { floor: floorSmall });
const oneSmall = row(`dvk lint cold, ${SMALL} plans, --workers 1`, SMALL, spawn(['bin/dvk.js', 'lint', small, '-f', 'json', '--workers', '1']), { floor: floorSmall });
const floorLarge = row(`floor: read + yaml.parseDocument, ${LARGE} plans`, LARGE, spawn(['bench/_floor.mjs', large]));
const coldLarge = row(`dvk lint cold, ${LARGE} plans (auto: pool)`, LARGE, spawn(['bin/dvk.js', 'lint', large, '-f', 'json']), { floor: floorLarge });
const oneLarge = row(`dvk lint cold, ${LARGE} plans, --workers 1`, LARGE, spawn(['bin/dvk.js', 'lint', large, '-f', 'json', '--workers', '1']), { floor: floorLarge });
const cacheFile = join(root, 'cache');
row(`dvk lint --cache, ${LARGE} plans, cache empty (lint + write)`, LARGE, spawn(['bin/dvk.js', 'lint', large, '-f', 'json', '--cache', '--cache-location', cacheFile]), { floor: floorLarge });
const warm = row(`dvk lint --cache, ${LARGE} plans, warm, nothing changed`, LARGE, spawn(['bin/dvk.js', 'lint', large, '-f', 'json', '--cache', '--cache-location', cacheFile]), { floor: floorLarge });
// The content strategy reads and hashes every plan (the metadata strategy, the default, trusts an unchanged stat).
row(`dvk lint --cache --cache-strategy content, ${LARGE} plans, warm, nothing changed`, LARGE, spawn(['bin/dvk.js', 'lint', large, '-f', 'json', '--cache', '--cache-strategy', 'content', '--cache-location', cacheFile]), { floor: floorLarge });
const changed = join(large, 'd000', 'plan-00000.yaml');
writeFileSync(changed, readFileSync(changed, 'utf8').replace(/^so: .*$/m, 'so: "2"'));
row(`dvk lint --cache, ${LARGE} plans, warm, one file changed`, LARGE, spawn(['bin/dvk.js', 'lint', large, '-f', 'json', '--cache', '--cache-location', cacheFile]), { floor: floorLarge });
console.log(`load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

const s = (ms) => (ms / 1000).toFixed(2);
const header = ['', 'wall s', 'CPU s', 'plans/s', 'CPU ÷ floor', 'wall ÷ node -e 0', 'peak MB', 'load'];
const table = rows.map((r) => [
  r.label,
  s(r.wall),
  s(r.cpu),
  r.plans > 1 ? String(Math.round(r.plans / (r.wall / 1000))) : '',
  r.floor ? `${(r.cpu / r.floor.cpu).toFixed(2)}×` : '',
  r.plans === 1 || r === bare ? `${(r.wall / bare.wall).toFixed(2)}×` : '',
  r.rss.toFixed(0),
  r.load,
]);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`);
for (const cells of table) console.log(`| ${cells.join(' | ')} |`);
console.log(`\npool ÷ one worker (wall): ${SMALL} plans ${(coldSmall.wall / oneSmall.wall).toFixed(2)}×, ${LARGE} plans ${(coldLarge.wall / oneLarge.wall).toFixed(2)}×; CPU: ${(coldLarge.cpu / oneLarge.cpu).toFixed(2)}×`);
console.log(`targets (issue 13): cold ${LARGE} ≥ 1,300 plans/s: ${Math.round(LARGE / (coldLarge.wall / 1000))}; CPU ≤ 2× floor: ${(coldLarge.cpu / floorLarge.cpu).toFixed(2)}×; warm < 1.5 s: ${s(warm.wall)} s; memory < 300 MB: ${coldLarge.rss.toFixed(0)} MB (pool), ${oneLarge.rss.toFixed(0)} MB (one worker); lint one file ≤ 3× node -e 0: ${(lintOne.wall / bare.wall).toFixed(2)}×; validate ≤ 2.5×: ${(validateOne.wall / bare.wall).toFixed(2)}×`);
rmSync(root, { recursive: true, force: true });

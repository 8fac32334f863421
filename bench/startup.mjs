// Issue 13, item 2: what one file costs the installed binary, start-up included, beside bare
// `node -e 0`: `dvk lint one.yaml` should stay within 3× of it and `dvk validate one.yaml` within
// 2.5×. Each command runs `RUNS` times, alternating, and the median wall time and median CPU time
// (user + system of the child, from /proc/self/stat on Linux) are printed with their ratio to
// bare node, and the load average (the machine is shared: compare runs made under similar load).
// Run with `npm run bench startup` after `npm run build`; figures in docs/performance.md.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.DVK_BENCH_RUNS ?? 15);
if (!existsSync('dist/cli/main.js')) {
  console.log('dist/ is not built: run `npm run build` first.');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'dvk-bench-startup-'));
const plan = join(dir, 'one.yaml');
writeFileSync(plan, readFileSync('examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'));

// The CPU time of waited-for children (utime + stime of this process's children), in ms.
const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
function childCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After "(comm) ": field 3 is state, so cutime (16) and cstime (17) are at index 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / ticksPerMs;
  } catch {
    return NaN;
  }
}

const commands = {
  'node -e 0': ['-e', '0'],
  'dvk --version': ['bin/dvk.js', '--version'],
  'dvk lint one.yaml': ['bin/dvk.js', 'lint', plan],
  'dvk validate one.yaml': ['bin/dvk.js', 'validate', plan],
};
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, { wall: [], cpu: [] }]));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const before = load();
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const cpu0 = childCpuMs();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    samples[name].wall.push(performance.now() - t0);
    samples[name].cpu.push(childCpuMs() - cpu0);
    if (r.status !== 0 && name !== 'dvk lint one.yaml') throw new Error(`${name}: exit ${r.status}\n${r.stderr}`);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = { wall: median(samples['node -e 0'].wall), cpu: median(samples['node -e 0'].cpu) };
console.log(`median of ${RUNS} runs each; load average before ${before}, after ${load()}`);
console.log(`${''.padEnd(24)} ${'wall'.padStart(8)} ${'× node'.padStart(7)} ${'CPU'.padStart(8)} ${'× node'.padStart(7)}`);
for (const [name, s] of Object.entries(samples)) {
  const wall = median(s.wall);
  const cpu = median(s.cpu);
  console.log(`${name.padEnd(24)} ${`${wall.toFixed(0)} ms`.padStart(8)} ${`${(wall / base.wall).toFixed(2)}×`.padStart(7)} ${`${cpu.toFixed(0)} ms`.padStart(8)} ${`${(cpu / base.cpu).toFixed(2)}×`.padStart(7)}`);
}
rmSync(dir, { recursive: true, force: true });

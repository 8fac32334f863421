// `npm run bench`: the repository table of issue 13 (bench/repository.mjs: the floor, bare node,
// one file, cold, warm, one worker vs the pool, memory). `npm run bench lint` (or any part of a
// name) runs those bench/*.mjs instead, `npm run bench all` every one; each prints its own figures.
// Benchmarks measure; they never fail the test suite (no timed tests).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const only = args.length === 0 ? ['repository'] : args.includes('all') ? [] : args;
const benches = readdirSync(`${root}/bench`).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
let failed = 0;
for (const bench of benches) {
  console.log(`\n== bench/${bench}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${bench}`], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

// `npm run bench`: runs every bench/*.mjs (each prints its own figures) against the built code.
// Benchmarks measure; they never fail the test suite (no timed tests).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(`${root}/bench`).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
let failed = 0;
for (const bench of benches) {
  console.log(`\n== bench/${bench}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${bench}`], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

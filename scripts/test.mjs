// `npm test`: build the bin (CLI tests spawn it), type-check (tsc --noEmit: esbuild and vitest
// strip types without checking them), run vitest, and finish with the plain "N passed, N failed"
// line that CI reads (vitest's own summary is not a format CI knows); a type error counts as a
// failure there.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (run(process.execPath, ['scripts/build.mjs']) !== 0) process.exit(1);
// The same check as `npm run typecheck`.
const typeErrors = run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']) !== 0 ? 1 : 0;
if (typeErrors) console.log('\nnpm run typecheck: type errors (above)');
const report = `${root}/.vitest-report.json`;
rmSync(report, { force: true });
const status = run(process.execPath, [
  'node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests + typeErrors} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  if (r.numTotalTests === 0) process.exit(1);
} catch {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
process.exit(status || typeErrors);

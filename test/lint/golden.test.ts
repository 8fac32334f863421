// Everything the lint run (`dvk lint -f json`) reports on the seed fixtures and the examples, in one run (so the
// run-level duplicate check and the post-processing are included), in both languages, and with
// --fix-dry-run (the fixer re-lints each fixed text), kept as a golden file. It was written
// before the lint caches (docs/performance.md) and guards them: caching must never change a
// finding, a message, a range or a fix.
//
// A rule change that is meant to change findings regenerates the file and commits the diff:
//   UPDATE_GOLDEN=1 npx vitest run test/lint/golden.test.ts
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/format/index.js';
import { catalogMetas } from '../../src/lint/catalog.js';
import { runLintFiles } from '../../src/lint/run.js';
import { exitCodeFor } from '../../src/report/finding.js';
import type { Lang } from '../../src/i18n/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const goldenFile = fileURLToPath(new URL('../fixtures/golden/lint-findings.json', import.meta.url));

const files = [
  ...readdirSync(`${root}/test/fixtures/seeds`).filter((f) => f.endsWith('.yaml')).sort().map((f) => `test/fixtures/seeds/${f}`),
  ...readdirSync(`${root}/examples`).filter((f) => f.endsWith('.yaml')).sort().map((f) => `examples/${f}`),
];

async function lintAll(lang: Lang, fixDryRun = false): Promise<unknown> {
  // File names in the report (and in the duplicate check's messages) are relative to the working directory.
  expect(process.cwd()).toBe(resolve(root));
  // The lint run itself (src/lint/run.ts), formatted as `dvk lint -f json` prints it.
  const { report } = await runLintFiles(files, { lang, ...(fixDryRun ? { fix: 'dry-run' as const } : {}) });
  const out = formatters.json!(report, { lang, color: false, fixHint: true, rules: catalogMetas() });
  return { exitCode: exitCodeFor(report, -1), ...JSON.parse(out) };
}

describe('golden findings: seeds and examples', () => {
  it('are what they were before the caches (vi, en, and --fix-dry-run with the fixed texts)', async () => {
    const actual = { vi: await lintAll('vi'), en: await lintAll('en'), fixDryRun: await lintAll('vi', true) };
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(goldenFile), { recursive: true });
      writeFileSync(goldenFile, `${JSON.stringify(actual, null, 1)}\n`);
    }
    const golden = JSON.parse(readFileSync(goldenFile, 'utf8'));
    expect(actual).toEqual(golden);
    // The fixtures do exercise the rules: seeds have findings, fixes included.
    const findings = (actual.vi as { files: { findings: { fix?: unknown }[] }[] }).files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(50);
    expect(findings.some((f) => f.fix)).toBe(true);
  });
});

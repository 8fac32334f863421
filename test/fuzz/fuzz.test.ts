// The fixed-seed share of the fuzzer (issue 14): 200 mutated plans, .txt and .docx through
// validate, lint, --fix, render and import, in process. None may crash (exit outside 0/1/2, a
// stack trace, "lỗi nội bộ"). The full run is `npm run fuzz` (50,000+ cases; not in npm test).
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, makeCase, runCase, verdictOf, type Main } from '../../scripts/fuzz-core.js';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../helpers/cli.js';

const SEED = 20261203;
const CASES = 200;

describe('fuzz, fixed seed', () => {
  it('the verdict catches a crash', () => {
    expect(verdictOf(134, '').verdict).toBe('crash');
    expect(verdictOf(2, 'dvk gặp lỗi nội bộ: x').verdict).toBe('crash');
    expect(verdictOf(2, 'TypeError: x\n    at f (/a/b.js:1:2)').verdict).toBe('crash');
    expect(verdictOf(2, 'Tệp không phải văn bản').verdict).toBe('ok');
  });

  it(`${CASES} cases: no crash`, { timeout: 900_000 }, async () => {
    const dir = join(tmpdir(), `dvk-fuzz-test-${process.pid}`);
    const corpus = await loadCorpus(repoRoot, main as Main, `${dir}-corpus`);
    expect(corpus.plans.length).toBeGreaterThan(5);
    expect(corpus.docx.length).toBeGreaterThan(2);
    const crashes: string[] = [];
    const codes = new Set<number>();
    for (let i = 0; i < CASES; i++) {
      const c = makeCase(SEED, i, corpus);
      const r = await runCase(main as Main, c, dir);
      codes.add(r.code);
      if (r.verdict === 'crash') crashes.push(`case ${i} (${r.why}): dvk ${c.args.join(' ')} [${c.how.join('; ')}]\n${r.output.slice(0, 500)}`);
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}-corpus`, { recursive: true, force: true });
    expect(crashes).toEqual([]);
    // The cases reach every outcome: clean, findings, unusable.
    expect([...codes].sort()).toEqual([0, 1, 2]);
  });
});

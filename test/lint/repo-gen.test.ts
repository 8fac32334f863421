// A generated repository (scripts/gen-repo.mjs: copies of the examples with planted duplicate
// numbers, wrong citations, names written two ways and series gaps) linted as CI would: the
// run-level findings are exactly the planted ones — every one found, nothing else — and the
// generator adds no per-plan finding of its own (the untouched copies of one example agree).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without types
import { generateRepository } from '../../scripts/gen-repo.mjs';
import { crossRules } from '../../src/lint/cross/index.js';
import { runLintFiles } from '../../src/lint/run.js';

const dir = mkdtempSync(join(tmpdir(), 'dvk-repo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Planted {
  ruleId: string;
  file: string;
  kind?: string;
  cites?: string;
}

describe('a generated repository of 200 plans', () => {
  const { files, planted, silent } = generateRepository({ count: 200, out: dir, seed: 7 }) as { files: string[]; planted: Planted[]; silent: string[] };
  const runIds = new Set(crossRules.map((r) => r.meta.id));

  it('plants every kind of problem', () => {
    expect(new Set(planted.map((p) => p.kind ? `${p.ruleId}:${p.kind}` : p.ruleId))).toEqual(
      new Set(['duplicate-so-ky-hieu', 'number-series-gap', 'cited-plan-mismatch:date', 'cited-plan-mismatch:subject', 'cited-plan-mismatch:number', 'name-spelling-across-plans:nguoi_ky', expect.stringMatching(/^name-spelling-across-plans:(cap_tren|ten)$/)]),
    );
  });

  it('gives exactly the planted run-level findings, each naming the plan it is about', async () => {
    const { report } = await runLintFiles(files, { lang: 'vi' });
    const found = report.files.flatMap((f) => f.findings.filter((x) => runIds.has(x.ruleId)).map((x) => ({ ruleId: x.ruleId, file: basename(f.file), message: x.message, related: x.related })));
    expect(found.map((f) => `${f.ruleId} ${f.file}`).sort()).toEqual(planted.map((p) => `${p.ruleId} ${p.file}`).sort());
    for (const p of planted.filter((x) => x.cites)) {
      const f = found.find((x) => x.file === p.file && x.ruleId === p.ruleId && x.message.includes(`${p.cites}:`));
      expect(f, `${p.file} → ${p.cites}`).toBeDefined();
      expect(basename(f!.related![0]!.file)).toBe(p.cites);
    }

    // The untouched copies of one example have the same per-plan findings: the generator adds no noise.
    const touched = new Set([...planted.flatMap((p) => [p.file, ...(p.cites ? [p.cites] : [])]), ...silent]);
    const byExample = new Map<string, Set<string>>();
    for (const f of report.files) {
      const name = basename(f.file);
      if (touched.has(name)) continue;
      const signature = f.findings.filter((x) => !runIds.has(x.ruleId)).map((x) => `${x.ruleId}@${x.range.start.line}`).sort().join(' ');
      const example = name.replace(/-\d+\.yaml$/, '');
      byExample.set(example, (byExample.get(example) ?? new Set()).add(signature));
    }
    expect(byExample.size).toBe(8);
    for (const signatures of byExample.values()) expect(signatures.size).toBe(1);
  }, 60_000);
});

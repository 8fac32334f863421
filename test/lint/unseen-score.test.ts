// The held-out set as a regression test: eighteen real documents dvk was not built on
// (test/fixtures/unseen: README.md says where each came from, KEY.md is the answer key written
// before dvk was run on them) are linted by the built binary, and scored as the development
// corpus is (corpus-score.test.ts, ../shared/corpus/score.py): recall = expected.tsv lines that
// carry a finding from a rule (the reader's own `reader/…` notes do not name a defect), false =
// clean-lines.tsv lines that carry any finding at all. Raise the numbers when dvk gets better
// (docs/accuracy.md); never edit the key to fit dvk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk } from '../helpers/cli.js';

const RECALL = 45;
const FALSE = 0;

const dir = join(repoRoot, 'test', 'fixtures', 'unseen');

interface Row {
  prefix: string;
  snippet: string;
}
interface Found {
  line: number;
  ruleId: string;
}

const rows = (name: string): Row[] =>
  readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [prefix, snippet] = l.split('\t');
      return { prefix: prefix!, snippet: snippet! };
    });

describe('held-out real documents (test/fixtures/unseen)', () => {
  it(`recall stays at least ${RECALL} and false findings at most ${FALSE}`, () => {
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const result = runDvk(['lint', ...docs.map((d) => join(dir, d)), '--format', 'json']);
    expect([0, 1], result.stderr).toContain(result.code);
    const report = JSON.parse(result.stdout) as { files: { file: string; findings: Found[] }[] };
    const byPrefix = new Map(
      docs.map((d) => [d.slice(0, 2), { name: d, lines: readFileSync(join(dir, d), 'utf8').split('\n'), findings: report.files.find((f) => f.file.endsWith(d))?.findings ?? [] }]),
    );
    const place = (r: Row) => {
      const doc = byPrefix.get(r.prefix)!;
      const line = doc.lines.findIndex((l) => l.includes(r.snippet)) + 1;
      expect(line, `${doc.name}: “${r.snippet}” not found`).toBeGreaterThan(0);
      return { doc, line, on: doc.findings.filter((f) => f.line === line) };
    };
    const misses: string[] = [];
    const falses: string[] = [];
    const expected = rows('expected.tsv');
    const clean = rows('clean-lines.tsv');
    for (const r of expected) {
      const { doc, line, on } = place(r);
      if (!on.some((f) => !f.ruleId.startsWith('reader/'))) misses.push(`${doc.name}:${line} ${r.snippet}`);
    }
    for (const r of clean) {
      const { doc, line, on } = place(r);
      if (on.length) falses.push(`${doc.name}:${line} ${r.snippet} ← ${on.map((f) => f.ruleId).join(', ')}`);
    }
    const hit = expected.length - misses.length;
    const summary = `recall ${hit}/${expected.length} false ${falses.length}/${clean.length}\nmissed:\n  ${misses.join('\n  ')}\nfalse:\n  ${falses.join('\n  ')}`;
    expect(hit, summary).toBeGreaterThanOrEqual(RECALL);
    expect(falses.length, summary).toBeLessThanOrEqual(FALSE);
  }, 60_000);
});

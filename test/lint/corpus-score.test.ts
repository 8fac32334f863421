// The development corpus as a regression test: the twelve real documents of ../shared/corpus
// (KEY.md, expected.tsv, clean-lines.tsv) are linted by the built binary, as score.py does, and
// the score must not fall: recall (expected lines that carry a rule finding; the reader's own
// `reader/…` notes do not name a defect) at least RECALL, false findings (clean lines that carry
// any finding) at most FALSE. Raise the two numbers when dvk gets better (docs/accuracy.md).
// The corpus is not part of the repository: without it the test is skipped and says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk } from '../helpers/cli.js';

const RECALL = 64;
const FALSE = 0;

const corpus = process.env.DVK_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus');
const present = existsSync(join(corpus, 'expected.tsv')) && existsSync(join(corpus, 'clean-lines.tsv'));

interface Row {
  prefix: string;
  snippet: string;
  why: string;
}

const rows = (name: string): Row[] =>
  readFileSync(join(corpus, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [prefix, snippet, why] = l.split('\t');
      return { prefix: prefix!, snippet: snippet!, why: why ?? '' };
    });

function score(): { hit: number; total: number; falseFindings: number; clean: number; misses: string[]; falses: string[] } {
  const docs = readdirSync(join(corpus, 'docs')).filter((f) => f.endsWith('.txt')).sort();
  const result = runDvk(['lint', ...docs.map((d) => join(corpus, 'docs', d)), '--format', 'json']);
  expect([0, 1], result.stderr).toContain(result.code);
  const report = JSON.parse(result.stdout) as { files: { file: string; findings: { line: number; ruleId: string; message: string }[] }[] };
  const byPrefix = new Map<string, { lines: string[]; findings: { line: number; ruleId: string; message: string }[]; name: string }>();
  for (const d of docs) {
    const file = report.files.find((f) => f.file.endsWith(d));
    byPrefix.set(d.slice(0, 2), { name: d, lines: readFileSync(join(corpus, 'docs', d), 'utf8').split('\n'), findings: file?.findings ?? [] });
  }
  const lineOf = (prefix: string, snippet: string) => byPrefix.get(prefix)!.lines.findIndex((l) => l.includes(snippet)) + 1;
  const out = { hit: 0, total: 0, falseFindings: 0, clean: 0, misses: [] as string[], falses: [] as string[] };
  for (const r of rows('expected.tsv')) {
    out.total++;
    const doc = byPrefix.get(r.prefix)!;
    const line = lineOf(r.prefix, r.snippet);
    if (doc.findings.some((f) => f.line === line && !f.ruleId.startsWith('reader/'))) out.hit++;
    else out.misses.push(`${doc.name}:${line} ${r.snippet}`);
  }
  for (const r of rows('clean-lines.tsv')) {
    out.clean++;
    const doc = byPrefix.get(r.prefix)!;
    const line = lineOf(r.prefix, r.snippet);
    const on = doc.findings.filter((f) => f.line === line);
    if (on.length) {
      out.falseFindings++;
      out.falses.push(`${doc.name}:${line} ${r.snippet} ← ${on.map((f) => f.ruleId).join(', ')}`);
    }
  }
  return out;
}

describe('development corpus score (../shared/corpus)', () => {
  if (!present) {
    it.skip(`skipped: no corpus at ${corpus} (set DVK_CORPUS to its folder to run this regression test)`, () => undefined);
    return;
  }
  it(`recall stays at least ${RECALL} and false findings at most ${FALSE}`, () => {
    const s = score();
    const summary = `recall ${s.hit}/${s.total} false ${s.falseFindings}/${s.clean}\nmissed:\n  ${s.misses.join('\n  ')}\nfalse:\n  ${s.falses.join('\n  ')}`;
    expect(s.hit, summary).toBeGreaterThanOrEqual(RECALL);
    expect(s.falseFindings, summary).toBeLessThanOrEqual(FALSE);
  }, 60_000);
});

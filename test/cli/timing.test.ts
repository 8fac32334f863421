// DVK_TIMING=1 (like ESLint's TIMING=1): the installed binary prints, on stderr, a table of where
// a lint run's CPU time went — rules, shared analyses, loader phases — and changes nothing else.
// The shape is asserted, never the figures (speed is measured by `npm run bench`).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk } from '../helpers/cli.js';

const examples = join(repoRoot, 'examples');
const ROW = /^(\S.*?)\s+\| (rule|phase|analysis)\s+\|\s+(\d+\.\d)\s+\|\s+(\d+\.\d)%\s+\|\s+(\d+)$/;

function tableOf(stderr: string): { header: string; rows: RegExpMatchArray[]; summary: string } {
  const lines = stderr.split('\n');
  const start = lines.findIndex((l) => l.startsWith('DVK_TIMING: '));
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: RegExpMatchArray[] = [];
  let i = start + 3;
  for (; i < lines.length; i++) {
    const m = ROW.exec(lines[i]!);
    if (!m) break;
    rows.push(m);
  }
  expect(lines[start + 1]).toMatch(/^Entry\s+\| Kind\s+\|\s+CPU \(ms\) \| Relative \|\s+Calls$/);
  expect(lines[start + 2]).toMatch(/^-+\|-+\|-+\|-+\|-+$/);
  return { header: lines[start]!, rows, summary: lines[i] ?? '' };
}

describe('DVK_TIMING', () => {
  it('prints the costliest rules and phases on stderr, sorted, and leaves the report alone', () => {
    const plain = runDvk(['lint', '-f', 'json', examples]);
    const timed = runDvk(['lint', '-f', 'json', examples], { env: { DVK_TIMING: '1' } });
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).not.toContain('DVK_TIMING');

    const { header, rows, summary } = tableOf(timed.stderr);
    const plans = (JSON.parse(plain.stdout) as { files: unknown[] }).files.length;
    expect(header).toContain(`${plans} plan(s) linted`);
    expect(rows).toHaveLength(10);
    const ms = rows.map((r) => Number(r[3]));
    expect([...ms].sort((a, b) => b - a)).toEqual(ms);
    // Every file goes through the loader once: the phases count one call per plan.
    const all = tableOf(runDvk(['lint', '-f', 'json', examples], { env: { DVK_TIMING: 'all' } }).stderr).rows;
    const byLabel = new Map(all.map((r) => [r[1]!, r]));
    for (const phase of ['read (and hash)', 'parse (yaml)', 'source map', 'schema', 'plan model']) {
      expect(byLabel.get(phase)?.[2], phase).toBe('phase');
      expect(byLabel.get(phase)?.[5], phase).toBe(String(plans));
    }
    expect(byLabel.get('quote-pairing')?.[2]).toBe('rule');
    expect(byLabel.get('scanDates')?.[2]).toBe('analysis');
    // The run-level rules are timed once per run.
    expect(byLabel.get('duplicate-so-ky-hieu')?.[5]).toBe('1');
    expect(all.length).toBeGreaterThan(60);
    expect(summary).toMatch(/^all timed: \d+\.\d ms \(rules \d+\.\d ms, shared analyses \d+\.\d ms, phases \d+\.\d ms\) of \d+ ms CPU since the process started$/);
  });

  it('is off with DVK_TIMING=0, and a number above 10 sets how many rows', () => {
    expect(runDvk(['lint', '-f', 'json', examples], { env: { DVK_TIMING: '0' } }).stderr).not.toContain('DVK_TIMING');
    expect(tableOf(runDvk(['lint', '-f', 'json', examples], { env: { DVK_TIMING: '15' } }).stderr).rows).toHaveLength(15);
  });

  it('times a .txt document read back through the reader', () => {
    const r = runDvk(['lint', '-f', 'json', join(repoRoot, 'test/fixtures/txt/seed-000_aa90f0a318717af7.txt')], { env: { DVK_TIMING: 'all' } });
    const labels = tableOf(r.stderr).rows.map((row) => row[1]);
    expect(labels).toContain('reader (recognise)');
  });
});

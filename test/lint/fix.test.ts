// Applying fixes: non-overlapping, all-or-nothing per fix, several passes, never making a file worse.
import { describe, expect, it } from 'vitest';
import { applyFixes, fixText } from '../../src/lint/fix.js';
import { lintText } from '../../src/lint/index.js';
import { rules } from '../../src/lint/catalog.js';
import type { Finding } from '../../src/report/finding.js';

describe('applyFixes', () => {
  it('applies non-overlapping fixes and skips one that overlaps an earlier fix', () => {
    const out = applyFixes('abcdef', [
      { edits: [{ start: 0, end: 1, text: 'A' }] },
      { edits: [{ start: 0, end: 2, text: 'XX' }] },
      { edits: [{ start: 4, end: 4, text: '-' }, { start: 5, end: 6, text: 'F' }] },
    ]);
    expect(out).toEqual({ output: 'Abcd-eF', applied: 2 });
  });
});

describe('fixText', () => {
  const finding = (edits: { start: number; end: number; text: string }[]): Finding => ({
    ruleId: 'r', severity: 'warning', message: 'm', file: 'f', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, fix: { edits },
  });

  it('re-lints between passes until nothing is fixable', () => {
    // Each pass may only fix the first "aa" → "a"; three passes are needed.
    const lint = (t: string) => (t.includes('aa') ? [finding([{ start: t.indexOf('aa'), end: t.indexOf('aa') + 2, text: 'a' }])] : []);
    expect(fixText('aaaa', lint)).toMatchObject({ output: 'a', applied: 3, passes: 3 });
  });

  it('stops after five passes', () => {
    const lint = () => [finding([{ start: 0, end: 0, text: 'x' }])];
    expect(fixText('', lint).output).toBe('xxxxx');
  });

  it('never fixes a file with a fatal problem, and drops a pass that would break it', () => {
    const fatal: Finding = { ...finding([{ start: 0, end: 0, text: 'x' }]), fatal: true };
    expect(fixText('abc', () => [fatal]).output).toBe('abc');
    const lint = (t: string) => (t === 'ok' ? [finding([{ start: 0, end: 2, text: 'broken' }])] : [fatal]);
    expect(fixText('ok', lint).output).toBe('ok');
  });

  it('applies the loader\'s yaml/colon-in-text fix through the same path', () => {
    const yaml = 'dvk: 1\nnoi_nhan:\n  gui:\n    - Lưu: VT\n';
    const lint = (t: string) => lintText(t, { file: 'k.yaml', lang: 'vi', rules }).findings;
    expect(lint(yaml).some((f) => f.ruleId === 'yaml/colon-in-text' && f.fix)).toBe(true);
    expect(fixText(yaml, lint).output).toBe('dvk: 1\nnoi_nhan:\n  gui:\n    - "Lưu: VT"\n');
  });
});

// Suppression comments, severity from config, dedupe and sort.
import { describe, expect, it } from 'vitest';
import { parseDirectives } from '../../src/lint/directives.js';
import { postProcess } from '../../src/lint/pipeline.js';
import type { Finding } from '../../src/report/finding.js';

const source = [
  'dvk: 1', // 1
  '# dvk-disable-next-line quyen-han-format -- văn bản gốc ghi như vậy', // 2
  'nguoi_ky:', // 3
  '  quyen_han: T/M.', // 4
  '  chuc_vu: TRƯỞNG BAN', // 5
  'trich_yeu: >- # dvk-disable-line punctuation-spacing -- trích nguyên văn', // 6
  '  Tổ chức ,', // 7
  'dia_danh: Hà Nam', // 8
  '# dvk-disable-next-line quyen-han-fromat -- gõ nhầm', // 9
  'so: "5"', // 10
  '# dvk-disable-next-line so-leading-zero', // 11
  'ky_hieu: KH', // 12
].join('\n');

const finding = (ruleId: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity: 'error',
  message: `${ruleId} at ${line}`,
  file: 'a.yaml',
  range: { start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } },
  ...extra,
});

const known = ['quyen-han-format', 'punctuation-spacing', 'so-leading-zero', 'chuc-vu-uppercase'];
const run = (findings: Finding[], extra: Partial<Parameters<typeof postProcess>[1]> = {}) =>
  postProcess(findings, { file: 'a.yaml', lang: 'vi', source, knownRuleIds: known, ...extra });

describe('directives', () => {
  it('parses the three forms with rules, reason and covered lines', () => {
    const [next, line, , noReason] = parseDirectives(source);
    expect(next).toMatchObject({ kind: 'dvk-disable-next-line', rules: ['quyen-han-format'], reason: 'văn bản gốc ghi như vậy', from: 3, to: 5 });
    expect(line).toMatchObject({ kind: 'dvk-disable-line', rules: ['punctuation-spacing'], from: 6, to: 7 });
    expect(noReason).toMatchObject({ rules: ['so-leading-zero'], from: 12, to: 12 });
    expect(noReason!.reason).toBeUndefined();
    expect(parseDirectives('# dvk-disable -- cả tệp là bản sao\na: 1')[0]).toMatchObject({ kind: 'dvk-disable', rules: [], from: 1, to: 2 });
  });

  it('suppresses the covered entry for the named rule only', () => {
    const out = run([finding('quyen-han-format', 4), finding('chuc-vu-uppercase', 5), finding('punctuation-spacing', 7), finding('quyen-han-format', 10)]);
    expect(out.map((f) => `${f.ruleId}:${f.range.start.line}`)).toEqual(['chuc-vu-uppercase:5', 'dvk/directive-unknown-rule:9', 'quyen-han-format:10', 'dvk/directive-reason:11']);
  });

  it('a directive without a reason has no effect and is reported', () => {
    const out = run([finding('so-leading-zero', 12)]);
    expect(out.map((f) => f.ruleId)).toContain('so-leading-zero');
    expect(out.find((f) => f.ruleId === 'dvk/directive-reason')!.message).toMatch(/thiếu lý do/);
  });

  it('suggests the closest rule id for a typo', () => {
    expect(run([]).find((f) => f.ruleId === 'dvk/directive-unknown-rule')!.message).toBe('Chỉ thị nhắc tới quy tắc không có: “quyen-han-fromat”. Có phải ý bạn là “quyen-han-format”?');
  });

  it('reports directives that suppressed nothing when asked', () => {
    const out = run([finding('quyen-han-format', 4)], { reportUnusedDirectives: true });
    const unused = out.filter((f) => f.ruleId === 'dvk/unused-disable-directive');
    expect(unused.map((f) => f.range.start.line)).toEqual([6]);
    expect(run([finding('quyen-han-format', 4)]).some((f) => f.ruleId === 'dvk/unused-disable-directive')).toBe(false);
  });

  it('never suppresses a fatal problem', () => {
    expect(run([finding('quyen-han-format', 4, { fatal: true })]).some((f) => f.ruleId === 'quyen-han-format')).toBe(true);
  });
});

describe('config severity, dedupe, sort', () => {
  it('applies quy_tac to loader findings too, but never to fatal ones', () => {
    const out = run([finding('yaml/colon-in-text', 8, { severity: 'warning' }), finding('yaml/tab-as-indent', 1, { fatal: true })], { source: undefined, config: { quy_tac: { 'yaml/colon-in-text': 'off', 'yaml/tab-as-indent': 'off' } } });
    expect(out.map((f) => f.ruleId)).toEqual(['yaml/tab-as-indent']);
    expect(run([finding('chuc-vu-uppercase', 5)], { source: undefined, config: { quy_tac: { 'chuc-vu-uppercase': { muc_do: 'info' } } } })[0]!.severity).toBe('info');
  });

  it('drops exact duplicates and sorts by position', () => {
    const out = run([finding('b', 5), finding('a', 5), finding('a', 5), finding('c', 1)], { source: undefined });
    expect(out.map((f) => `${f.range.start.line}${f.ruleId}`)).toEqual(['1c', '5a', '5b']);
  });
});

// The engine's own decisions: applicability, severity from config, positions, and turning plan
// edits into text edits that keep quoting and refuse what is not safe.
import { describe, expect, it } from 'vitest';
import { lintPlan, RuleError, toTextFix } from '../../src/lint/engine.js';
import { lintText } from '../../src/lint/index.js';
import { defineRule, type Rule } from '../../src/lint/rule.js';
import { planYaml } from '../../src/lint/testing.js';
import { loadPlanText } from '../../src/plan/index.js';
import { loadProfile } from '../../src/profile/index.js';

function subjectRule(options: Partial<Rule['meta']> = {}, span?: [number, number]): Rule {
  return defineRule({
    meta: {
      id: 'test-subject',
      title: { vi: 't', en: 't' },
      description: { vi: 'd', en: 'd' },
      systems: ['state', 'party'],
      severity: 'warning',
      basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I' }, party: { source: 'HD 36-HD/VPTW', where: 'trích yếu' } },
      fix: 'safe',
      tags: [],
      messages: { seen: { vi: 'Trích yếu: {{text}}', en: 'Subject: {{text}}' } },
      examples: { wrong: 'a', right: 'b' },
      ...options,
    },
    check({ plan, report }) {
      report({ messageId: 'seen', data: { text: plan.subject.text }, path: plan.subject.path, ...(span ? { span } : {}) });
    },
  });
}

const lint = (yaml: string, rules: Rule[], extra: Parameters<typeof lintText>[1] extends infer O ? Partial<O> : never = {}) =>
  lintText(yaml, { file: 'k.yaml', lang: 'vi', rules, ...extra }).findings.filter((f) => f.ruleId.startsWith('test-'));

describe('lintPlan', () => {
  it('runs a rule only on the systems and profiles it declares', () => {
    expect(lint(planYaml('state'), [subjectRule({ systems: ['party'] })])).toHaveLength(0);
    expect(lint(planYaml('party'), [subjectRule({ systems: ['party'] })])).toHaveLength(1);
    expect(lint(planYaml('party'), [subjectRule({ profiles: ['dang-hd05'] })])).toHaveLength(0);
    expect(lint(planYaml('party', { ngay: '2026-06-01' }), [subjectRule({ profiles: ['dang-hd05'] })])).toHaveLength(1);
    expect(lint(planYaml('party'), [subjectRule({ profiles: ['dang-hd05'] })], { profile: 'dang-hd05' })).toHaveLength(1);
  });

  it('takes severity and on/off from the config, and copies basis and docs link', () => {
    expect(lint(planYaml('state'), [subjectRule()], { config: { quy_tac: { 'test-subject': 'off' } } })).toHaveLength(0);
    expect(lint(planYaml('state'), [subjectRule()], { config: { quy_tac: { 'test-subject': { muc_do: 'error' } } } })[0]!.severity).toBe('error');
    const [f] = lint(planYaml('state'), [subjectRule()]);
    expect(f).toMatchObject({ severity: 'warning', basis: { source: 'NĐ 30/2020/NĐ-CP' }, docsUrl: 'docs/rules/test-subject.md', path: ['trich_yeu'], message: 'Trích yếu: Tổ chức Tháng cao điểm dân vận năm 2024' });
    expect(lintText(planYaml('state'), { file: 'k.yaml', lang: 'en', rules: [subjectRule()] }).findings[0]!.message).toMatch(/^Subject: /);
  });

  it('points inside a folded value with a span', () => {
    const yaml = planYaml('state').replace(/trich_yeu: .*\n/, 'trich_yeu: >-\n  Tổ chức Tháng cao điểm\n  dân vận năm 2024\n');
    const [f] = lint(yaml, [subjectRule({}, [23, 30])]);
    const line = yaml.split('\n').findIndex((l) => l.includes('dân vận năm')) + 1;
    expect(f!.range.start).toMatchObject({ line, column: 3 });
    expect(f!.range.end).toMatchObject({ line, column: 10 });
  });

  it('names the rule when a rule throws or breaks the contract', () => {
    const throwing = defineRule({ ...subjectRule(), check: () => { throw new Error('boom'); } });
    expect(() => lint(planYaml('state'), [throwing])).toThrow(RuleError);
    expect(() => lint(planYaml('state'), [throwing])).toThrow(/rule "test-subject": failed on k.yaml: boom/);
  });

  it('does not run rules on a plan that fails the schema', () => {
    const result = lintText('dvk: 1\nhe_thong: nha_nuoc\n', { file: 'k.yaml', lang: 'vi', rules: [subjectRule()] });
    expect(result.findings.some((f) => f.ruleId.startsWith('schema/'))).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'test-subject')).toBe(false);
  });
});

describe('plan edits → text edits', () => {
  const mapped = (yaml: string, path: (string | number)[], edit: { from?: number; to?: number; text: string }) => {
    const { sourceMap } = loadPlanText(yaml, 'k.yaml', 'vi');
    const fix = toTextFix(sourceMap!, [{ path, ...edit }]);
    if (!fix) return undefined;
    let out = yaml;
    for (const e of [...fix.edits].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  };
  const base = planYaml('state');

  it('replaces part of a plain value, keeping the rest of the line', () => {
    expect(mapped('a: Hà  Nam # cmt\n', ['a'], { from: 2, to: 4, text: ' ' })).toBe('a: Hà Nam # cmt\n');
  });

  it('keeps double and single quotes, escaping what it inserts', () => {
    expect(mapped('a: "T/M."\n', ['a'], { text: 'Say "x"' })).toBe('a: "Say \\"x\\""\n');
    expect(mapped("a: 'T/M.'\n", ['a'], { text: "it's" })).toBe("a: 'it''s'\n");
  });

  it('edits inside a folded block on one line', () => {
    const yaml = 'a: >-\n  Tổ chức  Tháng\n  cao điểm\n';
    expect(mapped(yaml, ['a'], { from: 7, to: 9, text: ' ' })).toBe('a: >-\n  Tổ chức Tháng\n  cao điểm\n');
  });

  it('refuses a span across a folded line break, an escape, or text a plain scalar cannot hold', () => {
    expect(mapped('a: >-\n  Tổ chức\n  Tháng\n', ['a'], { from: 5, to: 9, text: 'X' })).toBeUndefined();
    expect(mapped('a: "x\\ty"\n', ['a'], { from: 0, to: 3, text: 'z' })).toBeUndefined();
    expect(mapped('a: Hà Nam\n', ['a'], { text: 'Lưu: VT' })).toBeUndefined();
    expect(mapped('a: Hà Nam\n', ['a'], { text: '- Hà Nam' })).toBeUndefined();
    expect(mapped(base, ['khong_co'], { text: 'x' })).toBeUndefined();
  });

  it('refuses overlapping edits in one fix', () => {
    const { sourceMap } = loadPlanText('a: Hà Nam\n', 'k.yaml', 'vi');
    expect(toTextFix(sourceMap!, [{ path: ['a'], from: 0, to: 3, text: 'x' }, { path: ['a'], from: 2, to: 5, text: 'y' }])).toBeUndefined();
  });

  it('throws for a fix from a rule that is not fix: safe', () => {
    const rule = defineRule({ ...subjectRule({ fix: 'suggestion' }), check: ({ plan, report }) => report({ messageId: 'seen', data: { text: '' }, path: plan.subject.path, fix: [{ path: plan.subject.path, text: 'x' }] }) });
    const { plan, sourceMap } = loadPlanText(base, 'k.yaml', 'vi');
    expect(() => lintPlan({ plan: plan!, sourceMap: sourceMap!, profile: loadProfile('nd30'), file: 'k.yaml', lang: 'vi', rules: [rule] })).toThrow(/only 'safe' rules may fix/);
  });
});

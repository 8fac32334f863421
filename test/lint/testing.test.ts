// The rule tester must itself catch the mistakes rule authors make (ESLint's RuleTester checks).
import { describe, expect, it } from 'vitest';
import { RuleError } from '../../src/lint/engine.js';
import { defineRule, type Rule } from '../../src/lint/rule.js';
import { quyenHanFormat } from '../../src/lint/rules/quyen-han-format.js';
import { at, planYaml, RuleTestError, verifyInvalid, verifyMeta, verifyValid } from '../../src/lint/testing.js';

/** A small rule that reports the place name, with knobs to break it on purpose. */
function placeRule(overrides: { fix?: 'safe' | 'none'; messageId?: string; data?: Record<string, string>; withFix?: boolean; en?: string } = {}): Rule {
  return defineRule({
    meta: {
      id: 'test-place',
      title: { vi: 'Địa danh', en: 'Place' },
      description: { vi: 'Kiểm tra địa danh.', en: 'Checks the place.' },
      systems: ['state', 'party'],
      severity: 'warning',
      basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục II.4' }, party: { source: 'HD 36-HD/VPTW', where: 'địa danh' } },
      fix: overrides.fix ?? 'safe',
      tags: [],
      messages: { place: { vi: 'Địa danh “{{place}}”.', en: overrides.en ?? 'Place “{{place}}”.' } },
      examples: { wrong: 'dia_danh: hà nam', right: 'dia_danh: Hà Nam' },
    },
    check({ plan, report }) {
      if (plan.place.text !== 'hà nam') return;
      report({
        messageId: overrides.messageId ?? 'place',
        data: overrides.data ?? { place: plan.place.text },
        path: plan.place.path,
        ...(overrides.withFix === false ? {} : { fix: [{ path: plan.place.path, text: 'Hà Nam' }] }),
      });
    },
  });
}

const wrong = planYaml('state', { dia_danh: 'hà nam' });
const fixed = wrong.replace('hà nam', 'Hà Nam');
const expected = [{ messageId: 'place', ...at(wrong, 'hà nam') }];

describe('the rule tester', () => {
  it('accepts a correct rule and its fix', () => {
    expect(() => verifyInvalid(placeRule(), { yaml: wrong, findings: expected, output: fixed })).not.toThrow();
    expect(() => verifyValid(placeRule(), { yaml: fixed })).not.toThrow();
  });

  it('catches a finding in a valid case', () => {
    expect(() => verifyValid(placeRule(), { yaml: wrong })).toThrow(/expected no finding/);
  });

  it('catches a wrong position, count or severity', () => {
    expect(() => verifyInvalid(placeRule(), { yaml: wrong, findings: [{ messageId: 'place', line: 1, column: 1 }], output: fixed })).toThrow(/expected line 1/);
    expect(() => verifyInvalid(placeRule(), { yaml: wrong, findings: [...expected, ...expected], output: fixed })).toThrow(/expected 2 finding/);
    expect(() => verifyInvalid(placeRule(), { yaml: wrong, findings: [{ ...expected[0]!, severity: 'error' }], output: fixed })).toThrow(/expected severity error/);
  });

  it('catches an unknown messageId and a missing placeholder, naming the rule', () => {
    expect(() => verifyInvalid(placeRule({ messageId: 'nope' }), { yaml: wrong, findings: expected })).toThrow(RuleError);
    expect(() => verifyInvalid(placeRule({ messageId: 'nope' }), { yaml: wrong, findings: expected })).toThrow(/rule "test-place": unknown messageId "nope"/);
    expect(() => verifyInvalid(placeRule({ data: {} }), { yaml: wrong, findings: expected })).toThrow(/placeholder \{\{place\}\} has no value/);
  });

  it('catches a fix from a rule that is not declared safe', () => {
    expect(() => verifyInvalid(placeRule({ fix: 'none' }), { yaml: wrong, findings: expected, output: fixed })).toThrow(/only 'safe' rules may fix/);
  });

  it('catches a fix the case did not expect, and a wrong output', () => {
    expect(() => verifyInvalid(placeRule(), { yaml: wrong, findings: expected })).toThrow(/has no `output`/);
    expect(() => verifyInvalid(placeRule(), { yaml: wrong, findings: expected, output: wrong })).toThrow(/fixed output differs/);
    expect(() => verifyInvalid(placeRule({ withFix: false }), { yaml: wrong, findings: expected })).not.toThrow();
  });

  it('catches incomplete meta', () => {
    expect(() => verifyMeta(placeRule({ en: '' }))).toThrow(/no en text/);
    expect(() => verifyMeta(placeRule({ en: 'Place {{name}}' }))).toThrow(/different placeholders/);
    expect(() => verifyMeta(quyenHanFormat)).not.toThrow();
  });

  it('says when the case YAML is not a valid plan', () => {
    expect(() => verifyValid(placeRule(), { yaml: 'dvk: 1\n' })).toThrow(RuleTestError);
    expect(() => verifyValid(placeRule(), { yaml: 'dvk: 1\n' })).toThrow(/not a valid plan/);
  });

  it('builds plans that pass the schema for both systems', () => {
    expect(() => verifyValid(placeRule(), { yaml: planYaml('state') })).not.toThrow();
    expect(() => verifyValid(placeRule(), { yaml: planYaml('party', { so: undefined }) })).not.toThrow();
    expect(planYaml('party', { so: undefined })).not.toMatch(/^so:/m);
  });
});

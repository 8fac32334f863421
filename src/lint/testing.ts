/**
 * The rule tester (ESLint's RuleTester, for dvk). One call per rule file, in vitest:
 *
 * ```ts
 * // test/lint/rules/quyen-han-format.test.ts
 * import { quyenHanFormat } from '../../../src/lint/rules/quyen-han-format.js';
 * import { at, planYaml, testRule } from '../../../src/lint/testing.js';
 *
 * const partyWrong = planYaml('party', { nguoi_ky: { quyen_han: 'T/M.' } });   // seed 000's mistake
 *
 * testRule(quyenHanFormat, {
 *   valid: [
 *     { name: 'state TM.', yaml: planYaml('state', { nguoi_ky: { quyen_han: 'TM.' } }) },
 *     { name: 'head signs directly', yaml: planYaml('party') },
 *   ],
 *   invalid: [
 *     {
 *       name: 'Party form with a dot',
 *       yaml: partyWrong,
 *       profile: 'dang-hd36',                        // optional: force a profile
 *       findings: [{ messageId: 'wrongForm', ...at(partyWrong, 'T/M.') }],
 *       output: partyWrong.replace('T/M.', 'T/M'),   // the YAML after --fix; omit ⇒ asserts "no fix"
 *     },
 *   ],
 * });
 * ```
 *
 * A case is a complete small plan (`planYaml(system, overrides)` builds one that passes the
 * schema; overrides deep-merge, `undefined` deletes a key). A case that fails the schema is
 * reported as such (rules never run on it). Findings are matched in order (line, column) on
 * messageId, line, column and, when given, endLine, endColumn and severity.
 *
 * Besides each case, testRule checks the contract: meta is complete (vi + en title, description
 * and every message, same placeholders in both languages, a wrong and a right example, a basis
 * for each system), messages render in both languages, a fix comes only from a `fix: 'safe'`
 * rule, an invalid case of a fixable rule states its `output` (or the rule must not fix it),
 * and re-linting the fixed output leaves no fixable finding of the rule (and none at all when
 * every finding had a fix).
 *
 * After changing a rule's meta, regenerate its page: `node --import tsx scripts/gen-rule-docs.ts`.
 */
import { stringify } from 'yaml';
import { describe, it } from 'vitest';
import type { DvkConfig } from '../config/index.js';
import { LANGS, type Lang } from '../i18n/index.js';
import type { ProfileId } from '../plan/model.js';
import type { Severity } from '../report/finding.js';
import type { LintFinding } from './engine.js';
import { fixText } from './fix.js';
import { lintText } from './index.js';
import type { Rule, RuleSystem } from './rule.js';
import { knownTextNames } from '../profile/in-force.js';

export interface ValidCase {
  /** A complete plan YAML (see planYaml). */
  yaml: string;
  name?: string;
  profile?: ProfileId;
  /** A dvk.config.yaml object, e.g. `{ quy_tac: { 'my-rule': { tuy_chon: { … } } }, cai_dat: { … } }`. */
  config?: DvkConfig;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** The YAML after applying the rule's fixes. Omit for a case the rule must not fix. */
  output?: string;
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** Thrown by the tester's own checks, with a message that names the rule and the case. */
export class RuleTestError extends Error {
  override name = 'RuleTestError';
}

/** Registers vitest tests for one rule: its meta, each valid and each invalid case. */
export function testRule(rule: Rule, tests: RuleTests): void {
  describe(rule.meta.id, () => {
    it('has complete meta', () => verifyMeta(rule));
    tests.valid.forEach((c, i) => it(`valid: ${c.name ?? `#${i + 1}`}`, () => verifyValid(rule, c)));
    tests.invalid.forEach((c, i) => it(`invalid: ${c.name ?? `#${i + 1}`}`, () => verifyInvalid(rule, c)));
  });
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

export function verifyMeta(rule: Rule): void {
  const { meta } = rule;
  const fail = (what: string): never => {
    throw new RuleTestError(`rule "${meta.id}": ${what}`);
  };
  // Plan rules are named like their file; reader and input ids may carry a namespace (`reader/not-found`).
  const kebab = '[a-z0-9]+(?:-[a-z0-9]+)*';
  if (!new RegExp(meta.kind === undefined || meta.kind === 'plan' ? `^${kebab}$` : `^(?:${kebab}/)?${kebab}$`).test(meta.id)) fail('id must be kebab-case ASCII');
  for (const lang of LANGS) {
    if (!meta.title?.[lang]) fail(`meta.title has no ${lang} text`);
    if (!meta.description?.[lang]) fail(`meta.description has no ${lang} text`);
  }
  if (meta.systems.length === 0) fail('meta.systems is empty');
  for (const system of meta.systems) if (!meta.basis[system]) fail(`meta.basis has no legal basis for the ${system} system`);
  if (!meta.examples?.wrong?.trim() || !meta.examples?.right?.trim()) fail('meta.examples needs a wrong and a right example');
  const texts = new Set(knownTextNames());
  for (const [system, text] of Object.entries(meta.appliesFrom ?? {})) {
    if (!meta.systems.includes(system as RuleSystem)) fail(`meta.appliesFrom names the ${system} system, which the rule does not apply to`);
    if (!texts.has(text)) fail(`meta.appliesFrom names “${text}”, a text src/profile/in-force.ts does not know the date of`);
  }
  const ids = Object.keys(meta.messages);
  if (ids.length === 0) fail('meta.messages is empty');
  for (const id of ids) {
    const message = meta.messages[id]!;
    for (const lang of LANGS) if (!message[lang]?.trim()) fail(`message "${id}" has no ${lang} text`);
    // `{{partEn}}` is the English twin of `{{part}}` (the reader's and layout checks' names of parts).
    if (placeholders(message.vi).join() !== placeholders(message.en).map((p) => p.replace(/En$/, '')).sort().join()) {
      fail(`message "${id}" uses different placeholders in vi ({{${placeholders(message.vi).join('}}, {{')}}}) and en ({{${placeholders(message.en).join('}}, {{')}}})`);
    }
  }
}

function lintCase(rule: Rule, c: ValidCase, yaml: string, lang: Lang, label: string): LintFinding[] {
  const result = lintText(yaml, { file: 'test.yaml', lang, rules: [rule], ...(c.profile ? { profile: c.profile } : {}), ...(c.config ? { config: c.config } : {}) });
  if (!result.loaded.plan) {
    const problems = result.loaded.report.findings.map((f) => `  ${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`).join('\n');
    throw new RuleTestError(`rule "${rule.meta.id}", ${label}: the YAML is not a valid plan, so no rule runs on it:\n${problems}`);
  }
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

const describeFinding = (f: LintFinding): string =>
  `${f.messageId} at ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} (${f.severity}) "${f.message}"`;

export function verifyValid(rule: Rule, c: ValidCase): void {
  for (const lang of LANGS) {
    const found = lintCase(rule, c, c.yaml, lang, `valid case ${c.name ?? ''}`.trim());
    if (found.length > 0) throw new RuleTestError(`rule "${rule.meta.id}", valid case ${c.name ?? ''}: expected no finding, got:\n  ${found.map(describeFinding).join('\n  ')}`);
  }
}

export function verifyInvalid(rule: Rule, c: InvalidCase): void {
  const id = rule.meta.id;
  const label = `invalid case ${c.name ?? ''}`.trim();
  const fail = (what: string): never => {
    throw new RuleTestError(`rule "${id}", ${label}: ${what}`);
  };
  if (c.findings.length === 0) fail('an invalid case must expect at least one finding');
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, lintCase(rule, c, c.yaml, lang, label)])) as Record<Lang, LintFinding[]>;
  const found = sortByPosition(byLang.vi);
  if (found.length !== c.findings.length) {
    fail(`expected ${c.findings.length} finding(s), got ${found.length}:\n  ${found.map(describeFinding).join('\n  ') || '(none)'}`);
  }
  c.findings.forEach((expected, i) => {
    const actual = found[i]!;
    const got = {
      messageId: actual.messageId,
      line: actual.range.start.line,
      column: actual.range.start.column,
      endLine: actual.range.end.line,
      endColumn: actual.range.end.column,
      severity: actual.severity,
    };
    for (const key of Object.keys(expected) as (keyof ExpectedFinding)[]) {
      if (expected[key] !== undefined && expected[key] !== got[key]) {
        fail(`finding ${i + 1}: expected ${key} ${String(expected[key])}, got ${String(got[key])} — ${describeFinding(actual)}`);
      }
    }
  });
  for (const lang of LANGS) {
    for (const f of byLang[lang]) {
      if (/\{\{|\}\}/.test(f.message)) fail(`the ${lang} message still has a placeholder: "${f.message}"`);
    }
  }

  const fixable = found.filter((f) => f.fix);
  if (c.output === undefined) {
    if (fixable.length > 0) fail(`the rule produced a fix but the case has no \`output\`; add the expected YAML after fixing:\n  ${fixable.map(describeFinding).join('\n  ')}`);
    return;
  }
  if (rule.meta.fix !== 'safe') fail(`the case expects an output but meta.fix is "${rule.meta.fix}"`);
  const lint = (text: string) => sortByPosition(lintCase(rule, c, text, 'vi', `${label} (after fixing)`));
  const fixed = fixText(c.yaml, lint);
  if (fixed.output !== c.output) fail(`the fixed output differs.\n--- expected\n${c.output}\n--- actual\n${fixed.output}`);
  const left = lint(fixed.output);
  if (left.some((f) => f.fix)) fail(`re-linting the fixed output still finds fixable problems:\n  ${left.filter((f) => f.fix).map(describeFinding).join('\n  ')}`);
  if (fixable.length === found.length && left.length > 0) fail(`every finding had a fix, but re-linting the output still finds:\n  ${left.map(describeFinding).join('\n  ')}`);
}

function sortByPosition(findings: LintFinding[]): LintFinding[] {
  return [...findings].sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset);
}

/** 1-based line/column (and end) of the nth occurrence of `needle` in `text` (UTF-16 columns, as findings count). */
export function at(text: string, needle: string, nth = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let k = 0; k < nth; k++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new RuleTestError(`at(): "${needle}" occurs fewer than ${nth} time(s) in the YAML`);
  }
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const start = pos(index);
  const end = pos(index + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

type Overrides = Record<string, unknown>;

/** The smallest plans that pass the schema, one per system: a kế hoạch with every part. */
export const BASE_PLANS: Record<'state' | 'party', Overrides> = {
  state: {
    dvk: 1,
    he_thong: 'nha_nuoc',
    loai: 'ke_hoach',
    co_quan: { cap_tren: 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', ten: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', viet_tat: 'SKHCN' },
    so: '15',
    ky_hieu: 'KH-SKHCN',
    dia_danh: 'Hà Nam',
    ngay: '2024-10-05',
    trich_yeu: 'Tổ chức Tháng cao điểm dân vận năm 2024',
    muc_dich_yeu_cau: ['Nâng cao nhận thức về công tác dân vận.'],
    noi_dung: [{ tieu_de: 'Tuyên truyền', noi_dung: ['Tổ chức tuyên truyền trên trang thông tin điện tử của Sở.'] }],
    to_chuc_thuc_hien: ['Văn phòng Sở theo dõi, đôn đốc thực hiện.'],
    noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy', 'Các phòng, đơn vị thuộc Sở'], luu: 'VT, VP' },
    nguoi_ky: { chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Nguyễn Văn An' },
  },
  party: {
    dvk: 1,
    he_thong: 'dang',
    loai: 'ke_hoach',
    co_quan: { cap_tren: 'ĐẢNG ỦY ĐẠI HỌC THÁI NGUYÊN', ten: 'BAN DÂN VẬN', viet_tat: 'BDVĐU' },
    so: '08',
    ky_hieu: 'KH/BDVĐU',
    dia_danh: 'Thái Nguyên',
    ngay: '2024-05-27',
    trich_yeu: 'Triển khai phong trào thi đua “Dân vận khéo”',
    muc_dich_yeu_cau: ['Nâng cao nhận thức về phong trào thi đua “Dân vận khéo”.'],
    noi_dung: [{ tieu_de: 'Tuyên truyền', noi_dung: ['Tuyên truyền sâu rộng trong các đảng bộ cơ sở.'] }],
    to_chuc_thuc_hien: ['Các đảng ủy cơ sở tổ chức thực hiện.'],
    noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy', 'Đảng bộ cơ sở'], luu: 'Văn phòng Đảng ủy' },
    nguoi_ky: { chuc_vu: 'TRƯỞNG BAN', ho_ten: 'Trần Thanh Vân' },
  },
};

function merge(base: unknown, override: unknown): unknown {
  const isObject = (v: unknown): v is Overrides => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(base) || !isObject(override)) return override;
  const out: Overrides = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) delete out[key];
    else out[key] = key in out ? merge(out[key], value) : value;
  }
  return out;
}

/**
 * A complete, schema-valid plan YAML for `system`, with `overrides` deep-merged (objects merge,
 * arrays and strings replace, `undefined` removes a key). Long strings are never folded, so one
 * value stays on one line and `at()` finds it.
 */
export function planYaml(system: 'state' | 'party' = 'state', overrides: Overrides = {}): string {
  return stringify(merge(BASE_PLANS[system], overrides), { lineWidth: 0 });
}

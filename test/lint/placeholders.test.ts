// Placeholders are not prose (src/lint/placeholders.ts): text inside "[CẦN BỔ SUNG: …]" (dvk new,
// clerks) and the reader's "[KHÔNG TÌM THẤY]" is seen only by draft-placeholders. Checked over the
// whole catalog: every text value of every bundled example (both systems, every document type)
// replaced by a placeholder, or with one inserted between two words, must give draft-placeholders
// findings and nothing else.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/catalog.js';
import { lintLoaded, lintText, type LintFinding } from '../../src/lint/index.js';
import { readExistingDocument } from '../../src/reader/index.js';
import { maskPlaceholders, MASK, placeholderSpans, screenReport } from '../../src/lint/placeholders.js';
import { at, planYaml } from '../../src/lint/testing.js';
import type { PlanPath } from '../../src/report/finding.js';

const root = new URL('../../', import.meta.url);
const examples = readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.yaml'));
const readExample = (file: string): unknown => parse(readFileSync(new URL(`examples/${file}`, root), 'utf8'), { schema: 'failsafe' });

const lint = (yaml: string, file = 'k.yaml') => lintText(yaml, { file, lang: 'vi', rules });
const describeAll = (findings: LintFinding[]) => findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`);

type Json = string | Json[] | { [key: string]: Json };

/** Every string leaf with its path. */
function leaves(value: Json, path: PlanPath = []): PlanPath[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
}
const get = (value: Json, path: PlanPath): Json => path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, value);
function set(value: Json, path: PlanPath, leaf: string): void {
  const parent = get(value, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]!] = leaf;
}
const samePath = (a: PlanPath | undefined, b: PlanPath) => a !== undefined && a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * The example with `edit` applied to every string value the schema still accepts afterwards
 * (codes, dates, numbers and enums keep their value): a draft, so that placeholders are warnings.
 */
function withEveryText(file: string, edit: (text: string, key: string) => string): string {
  const data = readExample(file) as Json;
  const original = structuredClone(data);
  for (const path of leaves(data)) {
    const key = String([...path].reverse().find((k) => typeof k === 'string'));
    set(data, path, edit(get(data, path) as string, key));
  }
  (data as Record<string, Json>).du_thao = 'true';
  // Restore, one by one, whatever the schema refuses (he_thong, loai, ngay, so, enums…).
  for (let round = 0; round < 50; round++) {
    const loaded = lint(stringify(data, { lineWidth: 0 })).loaded;
    if (loaded.plan) return stringify(data, { lineWidth: 0 });
    const refused = leaves(data).filter((p) => loaded.report.findings.some((f) => samePath(f.path, p) || (f.path && samePath(f.path, p.slice(0, -1)) && typeof p[p.length - 1] === 'number')));
    if (refused.length === 0) throw new Error(`${file}: the schema refuses something that is not a text value:\n${describeAll(loaded.report.findings as LintFinding[]).join('\n')}`);
    for (const p of refused) set(data, p, get(original, p) as string);
  }
  throw new Error(`${file}: could not make a valid plan`);
}

describe('placeholders are not prose: the whole catalog', () => {
  for (const file of examples) {
    it(`${file}: every text value is a placeholder → only draft-placeholders`, () => {
      const yaml = withEveryText(file, (_, key) => `[CẦN BỔ SUNG: ${key.replace(/_/g, ' ')}]`);
      const findings = lint(yaml, file).findings;
      expect(findings.filter((f) => f.ruleId === 'draft-placeholders').length).toBeGreaterThan(10);
      expect(describeAll(findings.filter((f) => f.ruleId !== 'draft-placeholders'))).toEqual([]);
    });

    it(`${file}: the same in capitals, as \`dvk new\` writes them`, () => {
      const yaml = withEveryText(file, (_, key) => `[CẦN BỔ SUNG: ${key.replace(/_/g, ' ').toLocaleUpperCase('vi')}]`);
      expect(describeAll(lint(yaml, file).findings.filter((f) => f.ruleId !== 'draft-placeholders'))).toEqual([]);
    });

    // In running text (five words or more, not in capitals): a placeholder that splits a name
    // ("BAN […] THƯỜNG VỤ", "PHÓ TRƯỞNG […] BAN", "Như […] trên") makes it another name, which
    // rules rightly judge.
    it(`${file}: a placeholder inside every sentence → only draft-placeholders`, () => {
      const yaml = withEveryText(file, (text) => {
        const words = text.split(' ');
        if (words.length < 5 || text === text.toLocaleUpperCase('vi')) return text;
        return [...words.slice(0, 2), '[CẦN BỔ SUNG: số liệu UBKT, “chỉ tiêu”]', ...words.slice(2)].join(' ');
      });
      const findings = lint(yaml, file).findings;
      expect(findings.filter((f) => f.ruleId === 'draft-placeholders').length).toBeGreaterThan(4);
      expect(describeAll(findings.filter((f) => f.ruleId !== 'draft-placeholders'))).toEqual([]);
    });
  }
});

describe('placeholders are not prose: the reported cases', () => {
  const plan = planYaml('party', {
    du_thao: 'true',
    trich_yeu: '[CẦN BỔ SUNG: trích yếu UBKT]',
    nguoi_ky: { quyen_han: '[CẦN BỔ SUNG: quyền hạn]', tap_the: 'BAN THƯỜNG VỤ', chuc_vu: '[CẦN BỔ SUNG: chức vụ]' },
  });

  it('gives exactly the three draft-placeholders warnings, where the placeholders are', () => {
    const findings = lint(plan).findings;
    const got = findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.range.start.line, column: f.range.start.column, endColumn: f.range.end.column }));
    const want = ['[CẦN BỔ SUNG: trích yếu UBKT]', '[CẦN BỔ SUNG: quyền hạn]', '[CẦN BỔ SUNG: chức vụ]'].map((p) => {
      const where = at(plan, p);
      return { ruleId: 'draft-placeholders', severity: 'warning', line: where.line, column: where.column, endColumn: where.endColumn };
    });
    expect(got.sort((a, b) => a.line - b.line || a.column - b.column)).toEqual(want.sort((a, b) => a.line - b.line || a.column - b.column));
    expect(findings[0]!.message).toMatch(/^Còn chỗ để trống “\[CẦN BỔ SUNG: /u);
  });

  it('still reports the text around a placeholder, at its own position', () => {
    const yaml = planYaml('state', { mo_dau: 'Thực hiện [CẦN BỔ SUNG: văn bản] của Ủy ban , Sở xây dựng Kế hoạch của CBVC.' });
    const findings = lint(yaml).findings.filter((f) => f.ruleId !== 'draft-placeholders');
    const got = findings.map((f) => [f.ruleId, f.range.start.column, f.range.end.column]).sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(got).toEqual([
      ['punctuation-spacing', at(yaml, ' ,').column, at(yaml, ' ,').endColumn],
      ['abbrev-defined-before-use', at(yaml, 'CBVC').column, at(yaml, 'CBVC').endColumn],
    ]);
  });

  it('keeps a finding about the written part of a value, says “[…]” for the placeholder and drops a fix that would write over it', () => {
    const yaml = planYaml('state', { nguoi_ky: { chuc_vu: 'Giám đốc [CẦN BỔ SUNG: đơn vị]' } });
    const [finding, ...rest] = lint(yaml).findings.filter((f) => f.ruleId === 'chuc-vu-uppercase');
    expect(rest).toEqual([]);
    expect(finding?.message).toBe('“Giám đốc […]” phải viết IN HOA: “GIÁM ĐỐC […]”.');
    expect(finding?.range.start).toMatchObject({ line: at(yaml, '"Giám đốc').line, column: at(yaml, '"Giám đốc').column });
    expect(finding?.fix).toBeUndefined();
    const en = lintText(yaml, { file: 'k.yaml', lang: 'en', rules }).findings.find((f) => f.ruleId === 'chuc-vu-uppercase');
    expect(en?.message).toBe('“Giám đốc […]” must be in capitals: “GIÁM ĐỐC […]”.');
  });

  it('masks with same-length marks, only inside brackets that say they are placeholders', () => {
    const text = 'Theo [1] và [CẦN BỔ SUNG: số] ngày [...], [KHÔNG TÌM THẤY], [sic]';
    const span = (p: string): [number, number] => [text.indexOf(p), text.indexOf(p) + p.length];
    expect(placeholderSpans(text)).toEqual([span('[CẦN BỔ SUNG: số]'), span('[...]'), span('[KHÔNG TÌM THẤY]')]);
    const loaded = lintText(planYaml('state', { trich_yeu: 'Tổ chức [cần điền] năm 2024' }), { file: 'k.yaml', lang: 'vi', rules }).loaded;
    const { plan: masked, masks } = maskPlaceholders(loaded.plan!);
    expect(masked.subject.text).toBe(`Tổ chức ${MASK.repeat('[cần điền]'.length)} năm 2024`);
    expect(masked.subject.path).toEqual(['trich_yeu']);
    expect(loaded.plan!.subject.text).toBe('Tổ chức [cần điền] năm 2024');
    expect(masks.size).toBe(1);
    // Nothing to mask: the plan itself, not a copy.
    const clean = lintText(planYaml('state'), { file: 'k.yaml', lang: 'vi', rules }).loaded.plan!;
    expect(maskPlaceholders(clean).plan).toBe(clean);
  });

  it('screens reports: inside or at the edge of a placeholder, a whole-placeholder value, an edit over one', () => {
    const loaded = lintText(planYaml('state', { trich_yeu: 'Tổ chức [cần điền] năm' }), { file: 'k.yaml', lang: 'vi', rules }).loaded;
    const masked = maskPlaceholders(loaded.plan!);
    const path = ['trich_yeu'];
    expect(screenReport({ messageId: 'x', path, span: [9, 12] }, masked)).toBeUndefined();
    expect(screenReport({ messageId: 'x', path, span: [18, 18] }, masked)).toBeUndefined();
    expect(screenReport({ messageId: 'x', path, span: [0, 3] }, masked)).toEqual({ messageId: 'x', path, span: [0, 3] });
    expect(screenReport({ messageId: 'x', path }, masked)).toEqual({ messageId: 'x', path });
    const fix = [{ path, text: 'TỔ CHỨC' }];
    expect(screenReport({ messageId: 'x', path, span: [0, 7], fix }, masked)).toEqual({ messageId: 'x', path, span: [0, 7] });
    const local = [{ path, from: 0, to: 7, text: 'TỔ CHỨC' }];
    expect(screenReport({ messageId: 'x', path, span: [0, 7], fix: local }, masked)).toEqual({ messageId: 'x', path, span: [0, 7], fix: local });

    const whole = maskPlaceholders(lintText(planYaml('state', { trich_yeu: ' [CẦN BỔ SUNG] ' }), { file: 'k.yaml', lang: 'vi', rules }).loaded.plan!);
    expect(screenReport({ messageId: 'x', path }, whole)).toBeUndefined();
    expect(screenReport({ messageId: 'x', path, onKey: true }, whole)).toEqual({ messageId: 'x', path, onKey: true });
  });
});

describe('the reader’s “[KHÔNG TÌM THẤY]” is not text either', () => {
  it('a State .txt without nơi nhận and signature: the reader says so, no rule reads the gap as “VT, [KHÔNG TÌM THẤY]”', async () => {
    const lines = [
      'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/KH-SKHCN', 'Hà Nam, ngày 05 tháng 10 năm 2024', 'KẾ HOẠCH', 'Tổ chức Tháng cao điểm dân vận năm 2024', '-----',
      'I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao nhận thức về công tác dân vận.', 'II. NỘI DUNG', 'Tổ chức tuyên truyền trên trang thông tin điện tử của Sở.',
      'III. TỔ CHỨC THỰC HIỆN', 'Văn phòng Sở theo dõi, đôn đốc thực hiện./.',
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'dvk-placeholder-')), 'thieu.txt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const loaded = await readExistingDocument(file, 'vi');
    expect(JSON.stringify(loaded.plan?.recipients.archive)).toContain('KHÔNG TÌM THẤY');
    const findings = lintLoaded(loaded, { file, lang: 'vi', rules }).findings;
    expect(findings.filter((f) => f.ruleId === 'reader/not-found').map((f) => f.message)).toEqual([
      'Không tìm thấy phần “Nơi nhận” trong văn bản (văn bản thiếu phần này, hoặc dvk không nhận ra). Kiểm tra lại bản gốc.',
      'Không tìm thấy khối chữ ký (chức vụ, họ tên người ký) trong văn bản (văn bản thiếu phần này, hoặc dvk không nhận ra). Kiểm tra lại bản gốc.',
    ]);
    expect(describeAll(findings.filter((f) => !f.ruleId.startsWith('reader/')))).toEqual([]);
  });
});

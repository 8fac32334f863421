// Every rule on arbitrary text: no rule throws (a RuleError would stop `dvk lint`), and every
// finding of the catalog has a position inside the file. Text is drawn from the characters
// the rules look at: Vietnamese letters, quotes, punctuation, digits, slashes, legacy-encoding
// signs and combining marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../../src/lint/fix.js';
import { lintText } from '../../../src/lint/index.js';
import { rules } from '../../../src/lint/rules/index.js';
import { planYaml } from '../../../src/lint/testing.js';

const pieces = [
  'Chỉ thị số 25-CT/TU', ', ngày 23/4/2024', ' của Ban Thường vụ Tỉnh ủy', 'trước ngày 15/6/2024', 'Quý II/2024', 'kỷ niệm 94 năm', ' (15/10/1930-15/10/2023)',
  '“', '”', '‘', '’', '"', ' ', '  ', ',', ';', ':', '.', '...', '…', '(', ')', '-', ' - ', '/', 'ĐHTN', 'CBVC', 'UBND', 'XIII', 'uỷ', 'ủy', 'hoà', 'hòa',
  'Dân vận khéo', 'kinh tế', 'xã hội', 'Lưu', 'VT', 'T/M', 'KT.', 'PHÓ', 'BÍ THƯ', 'hµnh', 'Coäng', 'e\u0323\u0302', '\u0301', '[CẦN BỔ SUNG]', 'I- ', '1. ', 'a) ', '08/2022/QĐ-UBND',
  'ngày 05 tháng 02 năm 2026', '31/4/2024', 'Ban chấp hành trung ương', 'V/v', 'Huyện ủy', 'TS. ',
];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('').trim() || 'x');

describe('rules on arbitrary text', () => {
  it('never throw, point inside the file, and fixing keeps the plan loadable', () => {
    fc.assert(
      fc.property(fc.constantFrom<'state' | 'party'>('state', 'party'), text, text, text, text, text, fc.boolean(), (system, a, b, c, d, e, draft) => {
        const yaml = planYaml(system, {
          du_thao: draft,
          trich_yeu: a,
          mo_dau: b,
          noi_dung: [{ tieu_de: c, noi_dung: [d], thoi_gian: e }],
          noi_nhan: { gui: [c, e, 'Như trên'], luu: d },
          nguoi_ky: { quyen_han: a.slice(0, 8) || 'T/M', tap_the: c, chuc_vu: e.toLocaleUpperCase('vi') },
        });
        const result = lintText(yaml, { file: 'p.yaml', lang: 'vi', rules });
        if (!result.loaded.plan) return; // an arbitrary value the schema refuses: no rule runs
        for (const f of result.findings) {
          expect(f.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(f.range.end.offset).toBeLessThanOrEqual(yaml.length);
        }
        const fixed = fixText(yaml, (t) => lintText(t, { file: 'p.yaml', lang: 'vi', rules }).findings);
        expect(lintText(fixed.output, { file: 'p.yaml', lang: 'vi', rules }).loaded.plan).toBeDefined();
      }),
      { numRuns: 80 },
    );
  });
});

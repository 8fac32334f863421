// The five seed documents (shared/seeds/*.txt), written as plans with their mistakes kept
// (test/fixtures/seeds/), must make those mistakes show up: each seed lists every finding the
// catalog reports, by rule and by the line it points at, so a new false positive fails too.
// The clean examples (examples/*.yaml) must give no error and no warning.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/lint/fix.js';
import { lintText } from '../../src/lint/index.js';
import { rules } from '../../src/lint/rules/index.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** [rule id, a piece of text on the line the finding points at (first occurrence), severity]. */
type Expected = [ruleId: string, onLine: string, severity: 'error' | 'warning' | 'info'];

const SEEDS: Record<string, Expected[]> = {
  'seed-000.yaml': [
    ['so-ky-hieu-format', 'so: "08 "', 'error'], // "Số: 08 -KH/BDVĐU"
    ['abbrev-defined-before-use', 'các đề xuất, kiến nghị chính đáng, hợp pháp của CBVC, HSSV.', 'warning'], // CBVC
    ['abbrev-defined-before-use', 'các đề xuất, kiến nghị chính đáng, hợp pháp của CBVC, HSSV.', 'warning'], // HSSV
    ['noi-nhan-punctuation', '- Ban Dân vận Tỉnh ủy (báo cáo).', 'error'], // "." before the last line
    ['noi-nhan-purpose', '- Ban Dân vận Tỉnh ủy (báo cáo).', 'info'],
    ['noi-nhan-punctuation', '- Đảng ủy ĐHTN.', 'error'],
    ['noi-nhan-punctuation', '- Các đoàn thể chính trị - xã hội ĐHTN.', 'error'],
    ['quyen-han-format', 'quyen_han: T/M.', 'error'], // "T/M." has a dot
    ['party-tm-scope', 'quyen_han: T/M.', 'warning'], // Ban Dân vận is advisory: no T/M
  ],
  'seed-001.yaml': [
    ['draft-placeholders', 'dvk: 1', 'error'], // the scanned text has no date line
    ['so-ky-hieu-format', 'so: "22 "', 'error'], // "Số 22 -KH/ĐU"
    ['punctuation-spacing', 'giai đoạn 2016- 2020', 'warning'],
    ['typed-numbering', 'tieu_de: I- MỤC ĐÍCH, YÊU CẦU', 'warning'],
    ['quote-pairing', 'Phong trào thi đua “ Dân vận khéo”', 'warning'],
    ['typed-numbering', 'tieu_de: II- NỘI DUNG', 'warning'],
    ['quote-pairing', '- tieu_de: Xây dựng các mô hình, điển hình “ Dân vận khéo”', 'warning'],
    ['nhan-dan-nha-nuoc', 'nhân dân tham gia xây dựng nông thôn mới', 'warning'], // "vận động nhân dân": the people (undated: today's rules, NĐ 30)
    ['typed-numbering', 'tieu_de: III- THỜI GIAN THỰC HIỆN', 'warning'],
    ['quote-pairing', 'đua, khen thưởng, biểu dương các mô hình, điển hình “ Dân vận khéo”', 'warning'],
    ['quote-pairing', 'điển hình ‘ Dân vận khéo’', 'warning'], // single quotes
    ['typed-numbering', 'tieu_de: IV- TỔ CHỨC THỰC HIỆN', 'warning'],
    ['quote-pairing', 'chỉ đạo tổ chức tốt phong trào thi đua “ Dân vận khéo”', 'warning'],
    ['quote-pairing', 'điển hình ” Dân vận khéo”', 'warning'], // a closing mark opens
    ['punctuation-spacing', '- Các chi, đảng bộ cơ sở(t/h)', 'warning'],
    ['noi-nhan-purpose', '- Các chi, đảng bộ cơ sở(t/h)', 'info'],
    ['noi-nhan-luu-form', 'luu: "Lưu: VP-BTG/ĐU"', 'error'], // "Lưu:" with a colon, typed
    ['chuc-vu-spelling', 'chuc_vu: KHO BÍ THƯ', 'warning'], // PHÓ BÍ THƯ
  ],
  'seed-002.yaml': [
    ['draft-placeholders', 'dvk: 1', 'error'], // no number in the scanned text
    ['draft-placeholders', 'dvk: 1', 'error'], // no date line in the scanned text
    ['citation-first-full', 'tiếp tục thực Nghị quyết số 25-NQ/TW', 'warning'], // no date at first mention
    ['noi-nhan-punctuation', '- Ban Dân vận Tỉnh ủy, (b/c)', 'error'], // comma before the purpose
    ['noi-nhan-purpose', '- Ban Dân vận Tỉnh ủy, (b/c)', 'info'],
    ['noi-nhan-punctuation', '- Các đồng chí Huyện ủy viên.', 'error'],
  ],
  'seed-003.yaml': [
    ['draft-placeholders', 'so: ""', 'info'], // "Số: /KH-SKHCN" in a draft
    ['draft-placeholders', 'ngay: 2023-10', 'info'], // "ngày tháng 10 năm 2023" in a draft
    ['tone-mark-consistent', 'cap_tren: ỦY BAN NHÂN DÂN TỈNH HÀ NAM', 'info'], // uỷ and ủy mixed
    // The seed cites "số X, ngày" four times and "số X ngày" five times: a State document, so the commas are shown.
    ['citation-comma-consistent', 'Thực hiện công văn số 365-CV/ĐUK', 'warning'],
    ['citation-ten-loai-capital', 'Thực hiện công văn số 365-CV/ĐUK', 'warning'],
    ['tone-mark-consistent', 'Thực hiện công văn số 365-CV/ĐUK', 'info'],
    ['citation-comma-consistent', 'Căn cứ công văn số 1946/UBND-VXNV', 'warning'],
    ['citation-ten-loai-capital', 'Căn cứ công văn số 1946/UBND-VXNV', 'warning'],
    ['tone-mark-consistent', 'Căn cứ công văn số 1946/UBND-VXNV', 'info'],
    ['roman-heading-uppercase', 'tieu_de: I. Mục đích, yêu cầu', 'error'],
    ['typed-numbering', 'tieu_de: I. Mục đích, yêu cầu', 'warning'],
    ['canonical-organ-case', 'ngày 03/6/2013 của Ban chấp hành trung ương Đảng', 'warning'],
    ['tone-mark-consistent', 'tình hình mới, Chỉ thị số 19-CT/TU ngày 16/10/2013 của Tỉnh ủy', 'info'],
    ['punctuation-spacing', 'nhiệm vụ phát triển kinh tế- xã hội', 'warning'],
    ['citation-comma-consistent', '30/7/2021 của Bộ Chính trị; Đề án số 02-ĐA/TU, ngày', 'warning'],
    ['citation-comma-consistent', 'Tăng cường công tác dân vận của cơ quan nhà nước gắn với', 'warning'],
    ['roman-heading-uppercase', 'tieu_de: II. Nội dung hoạt động chính', 'error'],
    ['typed-numbering', 'tieu_de: II. Nội dung hoạt động chính', 'warning'],
    ['canonical-organ-case', '09/12/2021 của Ban thường vụ tỉnh uỷ', 'warning'],
    ['roman-heading-uppercase', 'tieu_de: III. Tổ chức thực hiện', 'error'],
    ['typed-numbering', 'tieu_de: III. Tổ chức thực hiện', 'warning'],
    ['i-y-consistent', 'thực hiện công tác dân vận nhân kỉ niệm', 'info'], // kỷ niệm in the trích yếu
    ['noi-nhan-punctuation', '- Ban Dân vận Tỉnh uỷ ;', 'error'],
    ['punctuation-spacing', '- Ban Dân vận Tỉnh uỷ ;', 'warning'],
    ['noi-nhan-luu-form', 'luu: "Lưu : VT"', 'error'], // "Lưu" typed
    ['noi-nhan-luu-form', 'luu: "Lưu : VT"', 'warning'], // VT without the drafting unit
    ['punctuation-spacing', 'luu: "Lưu : VT"', 'warning'], // "Lưu :"
  ],
  'seed-004.yaml': [
    ['draft-placeholders', 'dvk: 1', 'error'], // no date line in the scanned text
    ['tone-mark-consistent', 'Đa dạng hoá các hình thức', 'info'],
    ['noi-nhan-purpose', '- Ban Dân vận Trung ương Đảng (Báo cáo)', 'info'],
    ['noi-nhan-purpose', '- Thường trực Tỉnh ủy (Báo cáo)', 'info'],
    ['noi-nhan-duplicate', '- Các thành viên BCĐ của tỉnh', 'warning'],
    ['noi-nhan-duplicate', '- các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy', 'warning'],
    ['deputy-signs-kt', 'chuc_vu: |-', 'warning'], // a deputy of a steering committee signs K/T
  ],
};

const lineOf = (text: string, needle: string): number => {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" is not in the fixture`);
  return text.slice(0, index).split('\n').length;
};

const lint = (text: string, file: string) => lintText(text, { file, lang: 'vi', rules });

describe('seed fixtures report their known mistakes', () => {
  for (const [file, expected] of Object.entries(SEEDS)) {
    it(file, () => {
      const text = read(`test/fixtures/seeds/${file}`);
      const result = lint(text, file);
      expect(result.loaded.plan, 'the fixture is a valid plan').toBeDefined();
      const key = (ruleId: string, line: number, severity: string) => `${line} ${ruleId} ${severity}`;
      const actual = result.findings.map((f) => key(f.ruleId, f.range.start.line, f.severity)).sort();
      const wanted = expected.map(([ruleId, onLine, severity]) => key(ruleId, lineOf(text, onLine), severity)).sort();
      expect(actual).toEqual(wanted);
    });
  }

  // Fixes change spaces, quotes, punctuation, letter case and typed numbering, never words:
  // after `--fix`, the words of every seed are the same (ignoring case, typed Roman numerals and
  // a typed "Lưu"), and no fixable finding is left.
  const words = (text: string) =>
    (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !/^[ivx]+$/u.test(w) && w !== 'lưu').join(' ');
  for (const file of Object.keys(SEEDS)) {
    it(`${file}: --fix keeps the wording`, () => {
      const text = read(`test/fixtures/seeds/${file}`);
      const fixed = fixText(text, (t) => lint(t, file).findings);
      if (lint(text, file).findings.some((f) => f.fix)) expect(fixed.output).not.toBe(text);
      expect(words(fixed.output)).toBe(words(text));
      expect(lint(fixed.output, file).findings.filter((f) => f.fix)).toEqual([]);
    });
  }
});

describe('examples lint clean', () => {
  const examples = readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.yaml'));
  for (const file of examples) {
    it(file, () => {
      const result = lint(read(`examples/${file}`), file);
      expect(result.loaded.plan, 'the example is a valid plan').toBeDefined();
      const problems = result.findings
        .filter((f) => f.severity !== 'info')
        .map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`);
      expect(problems).toEqual([]);
    });
  }
});

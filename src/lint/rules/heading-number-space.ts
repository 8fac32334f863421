// Why: a heading number is followed by one space before its text ("II. NỘI DUNG", "3. Kinh phí",
// "2.1. Thời gian"), as in every model of NĐ 30 and HD 36; "II.NỘI DUNG" or "3.Kinh phí" is a
// typing slip that also hides the number from a reader (dvk reads "2.1.Thời gian" as a numbered
// item all the same). No clause governs spacing, so a warning. In a document read back the
// reader has already split the number off a heading: the rule looks at the source just before
// the heading's text; in any text it looks at a number glued to the word that opens it.
import { hd36, nd30 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

/** A heading number glued to its text: "II.NỘI", "3.Kinh", "2.1.Thời", "a)Tuyên". */
const GLUED = /^([^\S\n]*)((?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)]|[a-zđ]\))(?=\p{L})/u;
/** The same number at the end of the source line, right before a heading the reader split off. */
const GLUED_BEFORE = /(?:^|\n)[^\S\n]*((?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)]|[a-zđ]\))$/u;

export const headingNumberSpace = defineRule({
  meta: {
    id: 'heading-number-space',
    title: { vi: 'Một khoảng trắng sau số đề mục', en: 'One space after a heading number' },
    description: {
      vi: 'Số đề mục cách nội dung một khoảng trắng: “II. NỘI DUNG”, “3. Kinh phí”, “2.1. Thời gian”, “a) Tuyên truyền” (không viết “II.NỘI DUNG”, “3.Kinh phí”). Không có điều khoản về khoảng trắng: cảnh báo.',
      en: 'A heading number is followed by one space: “II. NỘI DUNG”, “3. Kinh phí”, “2.1. Thời gian”, “a) Tuyên truyền” (not “II.NỘI DUNG”, “3.Kinh phí”). No clause governs spacing: a warning.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I (mẫu trình bày đề mục); không có điều khoản về khoảng trắng'), party: hd36('mẫu trình bày đề mục; không có điều khoản về khoảng trắng') },
    fix: 'safe',
    tags: ['de-muc', 'dau-cau'],
    messages: {
      glued: { vi: 'Thiếu khoảng trắng sau số đề mục “{{number}}”: viết “{{number}} {{word}}”.', en: 'No space after the heading number “{{number}}”: write “{{number}} {{word}}”.' },
    },
    examples: { wrong: 'mo_dau: Kế hoạch như sau:\nnoi_dung:\n  - 2.1.Thời gian thực hiện: tháng 10 năm 2024.', right: 'mo_dau: Kế hoạch như sau:\nnoi_dung:\n  - 2.1. Thời gian thực hiện: tháng 10 năm 2024.' },
  },
  check({ plan, sourceMap, report }) {
    const source = sourceMap.text;
    for (const t of planTexts(plan)) {
      // Headings and body paragraphs; a căn cứ or a field may start with a symbol ("21-KH/TU").
      if (t.role !== 'title' && t.role !== 'prose') continue;
      const word = /^\p{L}+/u.exec(t.text.trimStart())?.[0] ?? '';
      const m = GLUED.exec(t.text);
      if (m) {
        const from = m[1]!.length;
        const to = from + m[2]!.length;
        const next = /^\p{L}+/u.exec(t.text.slice(to))![0];
        report({ messageId: 'glued', data: { number: m[2]!, word: next }, path: t.path, span: [from, to], fix: [{ path: t.path, from: to, to, text: ' ' }] });
        continue;
      }
      // A document read back: the reader took "II." off the heading "NỘI DUNG"; the source shows it.
      if (t.role !== 'title' || !word) continue;
      const start = sourceMap.offsetsOf?.(t.path)?.[0];
      if (start === undefined || start === 0) continue;
      const before = GLUED_BEFORE.exec(source.slice(Math.max(0, start - 40), start));
      if (before) report({ messageId: 'glued', data: { number: before[1]!, word }, path: [], at: [start - before[1]!.length, start] });
    }
  },
});

// Why: "kỷ niệm 93 năm Ngày truyền thống … (15/10/1930-15/10/2023)" is retyped from last
// year's plan every year; the count, the range and the document's year drift apart
// (the-thuc.md §9 rule 39). Changing the count changes content, so it is only suggested.
import { nd30, hd36 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** "93 năm … (15/10/1930-15/10/2023)" or "(1930 - 2023)": N years, then a range within 150 characters. */
const ANNIVERSARY = /(?<![\d/])(\d{1,3})\s+năm\b([^()\d]{0,150}?)\((?:\d{1,2}\/\d{1,2}\/)?(\d{4})\s*[-–]\s*(?:\d{1,2}\/\d{1,2}\/)?(\d{4})\)/gu;

export const anniversaryArithmetic = defineRule({
  meta: {
    id: 'anniversary-arithmetic',
    title: { vi: 'Số năm kỷ niệm khớp với khoảng năm', en: 'Anniversary count matches its years' },
    description: {
      vi: '“kỷ niệm N năm … (d/m/Y1-d/m/Y2)” có N = Y2 − Y1; Y2 nên là năm của văn bản (cảnh báo).',
      en: '“kỷ niệm N năm … (d/m/Y1-d/m/Y2)” has N = Y2 − Y1; Y2 should be the document’s year (warning).',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Điều 8 k.2 điểm e (nội dung văn bản)'), party: hd36('mục nội dung văn bản') },
    fix: 'suggestion',
    tags: ['ngay-thang'],
    messages: {
      wrongCount: { vi: 'Từ {{from}} đến {{to}} là {{expected}} năm, không phải {{count}} năm.', en: 'From {{from}} to {{to}} is {{expected}} years, not {{count}}.' },
      useCount: { vi: 'Sửa thành {{expected}} năm', en: 'Change to {{expected}} years' },
      otherYear: {
        vi: 'Kỷ niệm tính đến năm {{to}} nhưng văn bản ban hành năm {{year}}: kiểm tra lại khoảng năm.',
        en: 'The anniversary counts to {{to}} but the document is issued in {{year}}: check the range.',
      },
    },
    examples: {
      wrong: 'trich_yeu: … kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930-15/10/2023)',
      right: 'trich_yeu: … kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930-15/10/2023)',
    },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      for (const m of matchesOf(ANNIVERSARY, t.text)) {
        const count = Number(m[1]);
        const from = Number(m[3]);
        const to = Number(m[4]);
        if (to <= from) continue;
        const countSpan: [number, number] = [m.index, m.index + m[1]!.length];
        if (to - from !== count) {
          const expected = to - from;
          report({
            messageId: 'wrongCount',
            data: { from, to, expected, count },
            path: t.path,
            span: countSpan,
            suggestions: [{ messageId: 'useCount', data: { expected }, fix: [{ path: t.path, from: countSpan[0], to: countSpan[1], text: String(expected) }] }],
          });
        } else if (plan.issueDate && plan.issueDate.year !== to) {
          const rangeFrom = m.index + m[0].lastIndexOf('(');
          report({ messageId: 'otherYear', data: { to, year: plan.issueDate.year }, path: t.path, span: [rangeFrom, m.index + m[0].length], severity: 'warning' });
        }
      }
    }
  },
});

// Why: dates in running text are written "27/8/2024" or, in older texts, "01-10-1997"
// (the-thuc.md §2.7, §9 supplementary rule date-format-body-consistent). Both are read the same;
// one document should use one. Info only.
import { hd36, nd30 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

const NUMERIC_DAY = /(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\d/.-])/gu;

export const dateFormatConsistent = defineRule({
  meta: {
    id: 'date-format-consistent',
    title: { vi: 'Một kiểu viết ngày trong lời văn', en: 'One date style in the text' },
    description: {
      vi: 'Ngày viết bằng số trong lời văn dùng một kiểu dấu phân cách trong cả văn bản (27/8/2024, không lẫn 27-8-2024).',
      en: 'Numeric dates in the text use one separator throughout the document (27/8/2024, not mixed with 27-8-2024).',
    },
    systems: ['state', 'party'],
    severity: 'info',
    basis: { state: nd30('thực tế trình bày (quy tắc bổ sung)'), party: hd36('thực tế trình bày') },
    fix: 'none',
    tags: ['ngay-thang'],
    messages: {
      mixed: { vi: 'Ngày “{{date}}” viết bằng “{{separator}}”, trong khi văn bản chủ yếu dùng “{{preferred}}”.', en: 'The date “{{date}}” uses “{{separator}}” while the document mostly uses “{{preferred}}”.' },
    },
    examples: { wrong: 'mo_dau: Ngày 23/4/2024 … từ 01-10-2024 …', right: 'mo_dau: Ngày 23/4/2024 … từ 01/10/2024 …' },
  },
  check({ plan, report }) {
    const found = [...proseTexts(plan)].flatMap((t) => [...matchesOf(NUMERIC_DAY, t.text)].map((m) => ({ t, m, separator: m[1]! })));
    const counts = new Map<string, number>();
    for (const f of found) counts.set(f.separator, (counts.get(f.separator) ?? 0) + 1);
    if (counts.size < 2) return;
    const preferred = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] === '/' ? -1 : 1))[0]![0];
    for (const { t, m, separator } of found) {
      if (separator === preferred) continue;
      report({ messageId: 'mixed', data: { date: m[0], separator, preferred }, path: t.path, span: [m.index, m.index + m[0].length] });
    }
  },
});

// Why: the first mention of a document gives its number, date and issuer so the reader can find
// it; later mentions give only the type and number (the-thuc.md §9 rule 32; seed 002 cites
// "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương" with no date).
import { nd30, hd36 } from '../helpers/basis.js';
import { citationKey, planCitations } from '../helpers/citations.js';
import { defineRule } from '../rule.js';

export const citationFirstFull = defineRule({
  meta: {
    id: 'citation-first-full',
    title: { vi: 'Lần dẫn đầu tiên ghi đầy đủ', en: 'First citation in full' },
    description: {
      vi: 'Lần đầu nhắc tới một văn bản ghi đủ số, ký hiệu, ngày và cơ quan ban hành; các lần sau chỉ cần tên loại và số, ký hiệu.',
      en: 'The first mention of a document gives its number, date and issuer; later mentions need only the type and number.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.6.b (dẫn văn bản)'), party: hd36('mục nội dung văn bản; thực tế trích dẫn') },
    fix: 'none',
    tags: ['dan-chieu'],
    messages: {
      notFull: {
        vi: 'Lần đầu dẫn {{type}} số {{symbol}} cần ghi đủ ngày ban hành và cơ quan ban hành (ví dụ “{{type}} số {{symbol}}, ngày … của …”).',
        en: 'The first mention of {{type}} số {{symbol}} needs its date and issuer (e.g. “{{type}} số {{symbol}}, ngày … của …”).',
      },
    },
    examples: {
      wrong: 'mo_dau: Thực hiện Chỉ thị số 25-CT/TU, Ban Dân vận xây dựng Kế hoạch như sau:',
      right: 'mo_dau: Thực hiện Chỉ thị số 25-CT/TU, ngày 23/4/2024 của Ban Thường vụ Tỉnh ủy, Ban Dân vận xây dựng Kế hoạch như sau:',
    },
  },
  check({ plan, report }) {
    const seen = new Set<string>();
    for (const c of planCitations(plan)) {
      const key = citationKey(c.symbol);
      if (seen.has(key)) continue;
      seen.add(key);
      if (c.full) continue;
      report({ messageId: 'notFull', data: { type: c.type, symbol: c.symbol }, path: c.path, ...(c.structured ? {} : { span: [c.from, c.to] as [number, number] }) });
    }
  },
});

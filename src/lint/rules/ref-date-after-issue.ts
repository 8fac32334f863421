// Why: a plan cannot implement a document issued after it; a later date in a citation is a
// typo in one of the two dates (the-thuc.md §9 rule 36).
import { nd30, hd36 } from '../helpers/basis.js';
import { planCitations } from '../helpers/citations.js';
import { compareDays, displayDate, periodOf } from '../../shared/dates.js';
import { defineRule } from '../rule.js';

export const refDateAfterIssue = defineRule({
  meta: {
    id: 'ref-date-after-issue',
    title: { vi: 'Văn bản được dẫn không mới hơn văn bản này', en: 'Cited documents are not newer than this one' },
    description: {
      vi: 'Ngày của văn bản được dẫn (căn cứ, thực hiện) không muộn hơn ngày ban hành.',
      en: 'A cited document’s date is not later than the issue date.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.6 (căn cứ ban hành)'), party: hd36('mục nội dung văn bản') },
    fix: 'none',
    tags: ['ngay-thang', 'dan-chieu'],
    messages: {
      afterIssue: {
        vi: '{{type}} số {{symbol}} ngày {{date}} mới hơn ngày ban hành {{issued}}: kiểm tra lại một trong hai ngày.',
        en: '{{type}} số {{symbol}} dated {{date}} is later than the issue date {{issued}}: check one of the two dates.',
      },
    },
    examples: {
      wrong: 'ngay: 2023-10-05\ncan_cu:\n  - { loai: Công văn, so_ky_hieu: 1946/UBND-VXNV, ngay: 2023-10-06 }',
      right: 'ngay: 2023-10-07\ncan_cu:\n  - { loai: Công văn, so_ky_hieu: 1946/UBND-VXNV, ngay: 2023-10-06 }',
    },
  },
  check({ plan, lang, report }) {
    if (!plan.issueDate) return;
    const last = periodOf(plan.issueDate).last;
    const issued = displayDate(plan.issueDate, lang);
    for (const c of planCitations(plan)) {
      if (!c.date || compareDays(c.date, last) <= 0) continue;
      report({ messageId: 'afterIssue', data: { type: c.type, symbol: c.symbol, date: displayDate(c.date, lang), issued }, path: c.date.path, ...(c.date.span ? { span: c.date.span } : {}) });
    }
  },
});

// Why: a date written in the text ("trước ngày 31/4/2024") is checked by nobody else (the-thuc.md
// §5). The date fields (`ngay`, a citation's `ngay`, `thoi_han`) are the schema's: it refuses
// 2024-02-30 with its own message, and a plan that fails the schema never reaches the rules.
import { daysInMonth } from '../../shared/dates.js';
import { nd30, hd36, tt01 } from '../helpers/basis.js';
import { findDates } from '../helpers/dates.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

export const dateValid = defineRule({
  meta: {
    id: 'date-valid',
    title: { vi: 'Ngày có thật trên lịch', en: 'Dates exist on the calendar' },
    description: {
      vi: 'Các ngày viết trong lời văn (“trước ngày 31/4/2024”, “ngày 30 tháng 02 năm 2024”) đều là ngày có thật. Ngày ban hành, ngày của văn bản được dẫn và thời hạn ghi ở trường riêng thì schema kiểm tra.',
      en: 'Dates written in the text (“trước ngày 31/4/2024”, “ngày 30 tháng 02 năm 2024”) exist. The issue date, cited documents’ dates and deadlines written in their own fields are checked by the schema.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Điều 8 k.2 điểm d; Phụ lục I, mục II.4'), 'TT 01/2011/TT-BNV': tt01('Điều 9 khoản 1 điểm b (ngày, tháng, năm ban hành)'), party: hd36('mục địa danh, ngày tháng năm') },
    fix: 'none',
    tags: ['ngay-thang'],
    messages: {
      invalid: { vi: 'Ngày {{date}} không có thật (tháng {{month}} năm {{year}} có {{days}} ngày).', en: 'The date {{date}} does not exist (month {{month}} of {{year}} has {{days}} days).' },
      invalidMonth: { vi: 'Ngày {{date}} không có thật: không có tháng {{month}}.', en: 'The date {{date}} does not exist: there is no month {{month}}.' },
    },
    examples: { wrong: 'to_chuc_thuc_hien:\n  - Tổng kết, báo cáo trước ngày 31/4/2024.', right: 'to_chuc_thuc_hien:\n  - Tổng kết, báo cáo trước ngày 30/4/2024.' },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      for (const d of findDates(t.text)) {
        if (d.kind !== 'day' || d.valid) continue;
        const { year, month } = d.first;
        const where = { path: t.path, span: [d.from, d.to] as [number, number] };
        const date = t.text.slice(d.from, d.to);
        if (month < 1 || month > 12) report({ messageId: 'invalidMonth', data: { date, month }, ...where });
        else report({ messageId: 'invalid', data: { date, month, year, days: daysInMonth(year, month) }, ...where });
      }
    }
  },
});

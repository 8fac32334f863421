// Why: the schema checks that `ngay` looks like a date, not that the day exists (2024-02-30),
// and dates written in the text ("31/4/2024") are checked by nobody else (the-thuc.md §5).
import type { IsoDate } from '../../plan/model.js';
import type { PlanPath } from '../../report/finding.js';
import { nd30, hd36 } from '../helpers/basis.js';
import { findDates, isValidDay } from '../helpers/dates.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

export const dateValid = defineRule({
  meta: {
    id: 'date-valid',
    title: { vi: 'Ngày có thật trên lịch', en: 'Dates exist on the calendar' },
    description: {
      vi: 'Ngày ban hành, ngày của văn bản được dẫn, thời hạn và các ngày viết trong lời văn đều là ngày có thật.',
      en: 'The issue date, the dates of cited documents, deadlines and dates written in the text all exist.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Điều 8 k.2 điểm d; Phụ lục I, mục II.4'), party: hd36('mục địa danh, ngày tháng năm') },
    fix: 'none',
    tags: ['ngay-thang'],
    messages: {
      invalid: { vi: 'Ngày {{date}} không có thật (tháng {{month}} năm {{year}} có {{days}} ngày).', en: 'The date {{date}} does not exist (month {{month}} of {{year}} has {{days}} days).' },
      invalidMonth: { vi: 'Ngày {{date}} không có thật: không có tháng {{month}}.', en: 'The date {{date}} does not exist: there is no month {{month}}.' },
    },
    examples: { wrong: 'ngay: 2024-04-31', right: 'ngay: 2024-04-30' },
  },
  check({ plan, report }) {
    const check = (year: number, month: number, day: number, date: string, path: PlanPath, span?: [number, number]) => {
      if (isValidDay(year, month, day)) return;
      const where = { path, ...(span ? { span } : {}) };
      if (month < 1 || month > 12) report({ messageId: 'invalidMonth', data: { date, month }, ...where });
      else report({ messageId: 'invalid', data: { date, month, year, days: new Date(Date.UTC(year, month, 0)).getUTCDate() }, ...where });
    };
    const iso = (d: (IsoDate & { path: PlanPath }) | undefined) => {
      if (d?.day !== undefined) check(d.year, d.month, d.day, d.iso, d.path);
    };
    iso(plan.issueDate);
    for (const basis of plan.legalBasis) if (basis.kind === 'citation') iso(basis.date);
    const items = (blocks: typeof plan.body): void => {
      for (const b of blocks) if (b.kind === 'item') { iso(b.deadline); items(b.content); }
    };
    for (const part of plan.parts) items(part.content);
    items(plan.body);
    for (const t of proseTexts(plan)) {
      for (const d of findDates(t.text)) {
        if (d.kind === 'day' && !d.valid) check(d.first.year, d.first.month, d.first.day, t.text.slice(d.from, d.to), t.path, [d.from, d.to]);
      }
    }
  },
});

// Why: a plan that asks for a report "trước ngày 15/6/2024" but is issued on 20/6/2024 sets a
// deadline nobody can meet (the-thuc.md §9 rule 38). Deadlines are read from the text (cue
// words before a date), from `thoi_han` and from the end of each `thoi_gian` period.
import type { Block } from '../../plan/model.js';
import type { PlanPath } from '../../report/finding.js';
import { nd30, hd36 } from '../helpers/basis.js';
import { compareDays, displayDate, periodOf, type Day } from '../../shared/dates.js';
import { findDates, findDeadlines } from '../helpers/dates.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

export const deadlineBeforeIssue = defineRule({
  meta: {
    id: 'deadline-before-issue',
    title: { vi: 'Thời hạn không trước ngày ban hành', en: 'Deadlines are not before the issue date' },
    description: {
      vi: 'Thời hạn (“trước ngày 15/6/2024”, “trong quý II/2024”, `thoi_han`, cuối `thoi_gian`) không được sớm hơn ngày ban hành văn bản.',
      en: 'Deadlines (“trước ngày 15/6/2024”, “trong quý II/2024”, `thoi_han`, the end of `thoi_gian`) are not earlier than the issue date.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Điều 8 k.2 điểm e (nội dung văn bản)'), party: hd36('mục nội dung văn bản') },
    fix: 'none',
    tags: ['ngay-thang'],
    messages: {
      beforeIssue: {
        vi: 'Thời hạn “{{deadline}}” (hết ngày {{last}}) sớm hơn ngày ban hành {{issued}}: sửa thời hạn hoặc ngày ban hành.',
        en: 'Deadline “{{deadline}}” (ends {{last}}) is before the issue date {{issued}}: correct the deadline or the date.',
      },
    },
    examples: { wrong: 'ngay: 2024-06-20\n# … báo cáo gửi trước ngày 15/6/2024', right: 'ngay: 2024-06-20\n# … báo cáo gửi trước ngày 15/7/2024' },
  },
  check({ plan, lang, report }) {
    if (!plan.issueDate) return;
    // A draft dated "2023-10" may be signed on any day of October: compare with its first day.
    const issued = periodOf(plan.issueDate).first;
    const issuedText = displayDate(plan.issueDate, lang);
    const flag = (last: Day, deadline: string, path: PlanPath, span?: [number, number]) => {
      if (compareDays(last, issued) < 0) {
        report({ messageId: 'beforeIssue', data: { deadline, last: displayDate(last, lang), issued: issuedText }, path, ...(span ? { span } : {}) });
      }
    };
    const fields = (blocks: Block[]): void => {
      for (const b of blocks) {
        if (b.kind !== 'item') continue;
        if (b.deadline) flag(periodOf(b.deadline).last, b.deadline.iso, b.deadline.path);
        if (b.period) {
          const dates = findDates(b.period.text);
          const end = dates[dates.length - 1];
          if (end) flag(end.last, b.period.text.slice(end.from, end.to), b.period.path, [end.from, end.to]);
        }
        fields(b.content);
      }
    };
    for (const part of plan.parts) fields(part.content);
    fields(plan.body);
    for (const t of proseTexts(plan)) {
      if (t.role === 'field') continue;
      for (const d of findDeadlines(t.text)) flag(d.last, t.text.slice(d.from, d.to), t.path, [d.from, d.to]);
    }
  },
});

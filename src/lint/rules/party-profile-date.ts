// Why: Party documents dated from 27/5/2026 follow HD 05-HD/VPTW, earlier ones HD 36 (the
// cutover date is UNCONFIRMED and configurable: dvk.config.yaml `ngay_chuyen_hd05`, top level,
// the key the profile is chosen by). A plan that pins `the_thuc` to the other guide's period is
// probably a copied header: warning only. A draft dated by its month alone ("2026-05") may fall
// either side of a switch inside that month: only a month wholly on the other side is reported.
import { compareDays, displayDate, parseIsoDate, periodOf } from '../../shared/dates.js';
import { hd36 } from '../helpers/basis.js';
import { defineRule } from '../rule.js';

export const partyProfileDate = defineRule({
  meta: {
    id: 'party-profile-date',
    title: { vi: 'Hướng dẫn thể thức Đảng hợp với ngày ban hành', en: 'Party format guide fits the issue date' },
    description: {
      vi: 'Văn bản Đảng từ ngày chuyển sang HD 05-HD/VPTW (mặc định 27/5/2026) không ghim thể thức HD 36, và ngược lại.',
      en: 'A Party document dated on or after the switch to HD 05-HD/VPTW (27/5/2026 by default) is not pinned to HD 36, and the reverse.',
    },
    systems: ['party'],
    severity: 'warning',
    basis: { party: { source: 'HD 05-HD/VPTW (CHƯA XÁC NHẬN); HD 36-HD/VPTW', where: 'phạm vi áp dụng theo ngày' } },
    fix: 'none',
    tags: ['the-thuc'],
    messages: {
      oldGuide: { vi: 'Văn bản ngày {{date}} (từ {{cutover}}) nhưng ghim the_thuc: dang-hd36; cân nhắc dang-hd05 hoặc bỏ the_thuc.', en: 'The document is dated {{date}} (from {{cutover}}) but pinned to dang-hd36; consider dang-hd05 or drop the_thuc.' },
      newGuide: { vi: 'Văn bản ngày {{date}} (trước {{cutover}}) nhưng ghim the_thuc: dang-hd05; văn bản trước ngày này theo HD 36.', en: 'The document is dated {{date}} (before {{cutover}}) but pinned to dang-hd05; documents before that date follow HD 36.' },
    },
    examples: { wrong: 'he_thong: dang\nthe_thuc: dang-hd36\nngay: 2026-07-01', right: 'he_thong: dang\nngay: 2026-07-01' },
  },
  check({ plan, partyCutover: cutover, lang, report }) {
    if (!plan.profileId || !plan.issueDate) return;
    const cutoverDate = parseIsoDate(cutover);
    if (!cutoverDate) return;
    const switchDay = periodOf(cutoverDate).first;
    // A draft dated "2026-05" runs from the 1st to the last day of May.
    const { first, last } = periodOf(plan.issueDate);
    const data = { date: displayDate(plan.issueDate, lang), cutover: displayDate(cutover, lang) };
    if (plan.profileId === 'dang-hd36' && compareDays(first, switchDay) >= 0) report({ messageId: 'oldGuide', data, path: ['the_thuc'] });
    if (plan.profileId === 'dang-hd05' && compareDays(last, switchDay) < 0) report({ messageId: 'newGuide', data, path: ['the_thuc'] });
  },
});

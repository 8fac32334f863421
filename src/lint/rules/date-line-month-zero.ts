// Why: the date line writes a zero before days below 10 and months 1 and 2 ("ngày 05 tháng 02"),
// NĐ 30, Phụ lục I, mục II.4 (the reader of a .txt/.docx reports a missing zero there, as an
// error). The decree requires the zero for those only and does not forbid it elsewhere, so a zero
// before months 3–12 ("tháng 09") is only a warning: it departs from the decree's model
// ("ngày 27 tháng 9 năm 2022"). A YAML plan's date is printed by dvk in the right form.
import { hd36, nd30, tt01 } from '../helpers/basis.js';
import { defineRule } from '../rule.js';

export const dateLineMonthZero = defineRule({
  meta: {
    id: 'date-line-month-zero',
    title: { vi: 'Không thêm số 0 trước tháng 3 đến 12 ở dòng ngày tháng', en: 'No zero before months 3–12 in the date line' },
    description: {
      vi: 'Dòng địa danh, ngày tháng chỉ thêm số 0 trước ngày dưới 10 và tháng 1, 2 (“ngày 05 tháng 02”); tháng 3 đến 12 viết không có số 0 (“tháng 9”). Nghị định không cấm số 0 này nên chỉ là cảnh báo. Chỉ xét văn bản .txt/.docx (dvk tự in ngày của kế hoạch YAML).',
      en: 'The date line adds a zero only before days below 10 and months 1 and 2 (“ngày 05 tháng 02”); months 3 to 12 have none (“tháng 9”). The decree does not forbid that zero, so only a warning. Checked in .txt/.docx documents (dvk prints a YAML plan’s date itself).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.4 (ngày, tháng, năm ban hành)'), 'TT 01/2011/TT-BNV': tt01('Điều 9 khoản 1 điểm b (ngày, tháng, năm ban hành)'), party: hd36('mục địa danh và ngày tháng năm ban hành') },
    fix: 'none',
    tags: ['ngay-thang'],
    messages: {
      monthZero: { vi: 'Tháng “{{written}}” không cần số 0 ở trước (chỉ ngày dưới 10 và tháng 1, 2 có số 0): viết “tháng {{month}}”.', en: 'The month “{{written}}” needs no leading zero (only days below 10 and months 1 and 2 take one): write “tháng {{month}}”.' },
    },
    examples: { wrong: '# văn bản .txt\nSóc Trăng, ngày 27 tháng 09 năm 2022', right: '# văn bản .txt\nSóc Trăng, ngày 27 tháng 9 năm 2022' },
  },
  check({ plan, sourceMap, report }) {
    if (!plan.issueDate || sourceMap.scalar(plan.issueDate.path)) return;
    const range = sourceMap.locate(plan.issueDate.path);
    const written = sourceMap.text.slice(range.start.offset, range.end.offset);
    const m = /tháng[^\S\n]+(0([3-9]))(?!\d)/iu.exec(written);
    if (!m) return;
    const at = range.start.offset + m.index + m[0].length - m[1]!.length;
    report({ messageId: 'monthZero', data: { written: m[1]!, month: m[2]! }, path: [], at: [at, at + 2] });
  },
});

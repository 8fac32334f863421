// Why: numbers below 10 take a leading zero so that no digit can be added later (NĐ 30,
// Phụ lục I, II.3; HD 36 the same): "Số: 05/KH-UBND", "Số 08-KH/BDVĐU". The renderer pads a
// plan's `so` itself, so in a YAML plan "5" is only a reminder (info); in a document read back
// from .txt or .docx (a source map with offsetsOf) the number is printed as written: an error.
import { nd30, hd36 } from '../helpers/basis.js';
import { defineRule } from '../rule.js';

export const soLeadingZero = defineRule({
  meta: {
    id: 'so-leading-zero',
    title: { vi: 'Số dưới 10 có số 0 đứng trước', en: 'Numbers below 10 have a leading zero' },
    description: {
      vi: 'Số văn bản từ 1 đến 9 viết 01 đến 09. dvk tự thêm số 0 khi in kế hoạch YAML (gợi ý); văn bản đọc từ .txt/.docx thì là lỗi.',
      en: 'Document numbers 1 to 9 are written 01 to 09. dvk pads a YAML plan’s number when printing (info); in a document read from .txt/.docx it is an error.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.3'), party: hd36('mục 1.3 (số và ký hiệu)') },
    fix: 'safe',
    tags: ['so-ky-hieu'],
    messages: { leadingZero: { vi: 'Số “{{value}}” dưới 10: viết “{{expected}}”.', en: 'Number “{{value}}” is below 10: write “{{expected}}”.' } },
    examples: { wrong: 'so: "5"', right: 'so: "05"' },
  },
  check({ plan, profile, sourceMap, report }) {
    const number = plan.number;
    if (!number || !profile.so_ky_hieu.so_toi_thieu_hai_chu_so) return;
    const match = /^(\s*)([1-9])(\s*)$/.exec(number.text);
    if (!match) return;
    const from = match[1]!.length;
    const expected = `0${match[2]}`;
    const printedAsWritten = typeof sourceMap.offsetsOf === 'function';
    report({
      messageId: 'leadingZero',
      data: { value: match[2]!, expected },
      path: number.path,
      severity: printedAsWritten ? 'error' : 'info',
      fix: [{ path: number.path, from, to: from + 1, text: expected }],
    });
  },
});

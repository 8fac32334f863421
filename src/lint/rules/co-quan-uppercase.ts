// Why: the parent organ and the issuing organ are printed IN HOA (NĐ 30 Phụ lục I, ô 2; HD 36
// the same). dvk prints them in capitals whatever the plan says, so in a YAML plan this keeps the
// plan in its printed form; in a .docx/.txt read back it is the real defect. A change of letter
// case is mechanical and safe.
import { hd36, nd30 } from '../helpers/basis.js';
import { isUpperCase, upper } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

export const coQuanUppercase = defineRule({
  meta: {
    id: 'co-quan-uppercase',
    title: { vi: 'Tên cơ quan viết IN HOA', en: 'Organ names in capitals' },
    description: { vi: '`co_quan.cap_tren` và `co_quan.ten` viết IN HOA.', en: '`co_quan.cap_tren` and `co_quan.ten` are written in capitals.' },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.2 (ô 2)'), party: hd36('mục tên cơ quan ban hành (thành phần 2)') },
    fix: 'safe',
    tags: ['dau-trang', 'viet-hoa'],
    messages: { notUpper: { vi: 'Tên cơ quan viết IN HOA: “{{expected}}”.', en: 'Write the organ name in capitals: “{{expected}}”.' } },
    examples: { wrong: 'co_quan:\n  ten: Sở Khoa học và Công nghệ', right: 'co_quan:\n  ten: SỞ KHOA HỌC VÀ CÔNG NGHỆ' },
  },
  check({ plan, report }) {
    for (const field of [plan.issuer.parent, plan.issuer.name]) {
      if (!field || isUpperCase(field.text)) continue;
      const fix = [...matchesOf(/\S+/gu, field.text)].filter((w) => !isUpperCase(w[0])).map((w) => ({ path: field.path, from: w.index, to: w.index + w[0].length, text: upper(w[0]) }));
      report({ messageId: 'notUpper', data: { expected: upper(field.text).replace(/\s+/g, ' ') }, path: field.path, fix });
    }
  },
});

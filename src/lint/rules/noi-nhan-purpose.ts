// Why: the purpose of sending ("để báo cáo", "b/c", "t/h") has its own field, `de`, which dvk
// prints in the profile's form. Typed inside the name (seed 000 "Ban Dân vận Tỉnh ủy (báo
// cáo)", seed 004 "(Báo cáo)") it keeps whatever form the clerk used.
import { hd36, nd30 } from '../helpers/basis.js';
import { typedPurpose } from '../helpers/recipients.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

export const noiNhanPurpose = defineRule({
  meta: {
    id: 'noi-nhan-purpose',
    title: { vi: 'Mục đích gửi ghi ở trường `de`', en: 'Purpose of sending in `de`' },
    description: {
      vi: 'Mục đích gửi (“báo cáo”, “b/c”, “t/h”, “để biết”) ghi ở `de` của nơi nhận, không gõ trong ngoặc sau tên.',
      en: 'The purpose (“báo cáo”, “b/c”, “t/h”, “để biết”) goes in the recipient’s `de`, not in brackets after the name.',
    },
    systems: ['state', 'party'],
    severity: 'info',
    basis: { state: nd30('Phụ lục I, mục II.9 (ô 9b, nơi nhận)'), party: hd36('mục nơi nhận; thực tế “(để báo cáo)”') },
    // The clause it rests on is NĐ 30's; before it, "(b/c)" in a State nơi nhận was common usage
    // no text ruled out (unseen 06, a 2005 decision).
    appliesFrom: { state: 'NĐ 30/2020/NĐ-CP' },
    fix: 'none',
    tags: ['noi-nhan'],
    messages: {
      typedPurpose: {
        vi: 'Ghi mục đích “{{purpose}}” vào trường `de` (ten: {{name}}, de: {{expanded}}); dvk in đúng dạng “(để {{expanded}})”.',
        en: 'Put the purpose “{{purpose}}” in `de` (ten: {{name}}, de: {{expanded}}); dvk prints “(để {{expanded}})”.',
      },
      typedPurposeDoc: {
        vi: 'Mục đích gửi viết đủ: “{{name}} (để {{expanded}})”, không viết “({{purpose}})”.',
        en: 'Write the purpose in full: “{{name}} (để {{expanded}})”, not “({{purpose}})”.',
      },
    },
    examples: { wrong: 'noi_nhan:\n  gui:\n    - Ban Dân vận Tỉnh ủy (b/c)', right: 'noi_nhan:\n  gui:\n    - ten: Ban Dân vận Tỉnh ủy\n      de: báo cáo' },
  },
  check({ plan, sourceMap, report }) {
    const messageId = isReadBack(sourceMap) ? 'typedPurposeDoc' : 'typedPurpose';
    for (const r of plan.recipients.to) {
      const typed = typedPurpose(r.name.text);
      if (!typed) continue;
      report({ messageId, data: { purpose: typed.purpose, name: typed.name, expanded: typed.expanded }, path: r.name.path, span: [typed.index, typed.index + typed.length] });
    }
  },
});

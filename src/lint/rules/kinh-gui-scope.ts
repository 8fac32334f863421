// Why: "Kính gửi" belongs to công văn, and to tờ trình and báo cáo sent to a superior; a kế
// hoạch or hướng dẫn goes to its recipients through nơi nhận (NĐ 30, Phụ lục I, II.9, ô 9a).
// When there is a Kính gửi, nơi nhận starts with "Như trên".
import { docTypeOf } from '../../plan/doc-types.js';
import { hd36, nd30 } from '../helpers/basis.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

export const kinhGuiScope = defineRule({
  meta: {
    id: 'kinh-gui-scope',
    title: { vi: '“Kính gửi” chỉ dùng cho công văn, tờ trình, báo cáo', en: '“Kính gửi” only for letters, submissions and reports' },
    description: {
      vi: 'Kế hoạch, hướng dẫn không có “Kính gửi”; văn bản có “Kính gửi” thì nơi nhận bắt đầu bằng “Như trên”.',
      en: 'Plans and guidance have no “Kính gửi”; when a document has one, nơi nhận starts with “Như trên”.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.9 (ô 9a)'), party: hd36('mục nơi nhận (thành phần 9a)') },
    fix: 'none',
    tags: ['noi-nhan', 'loai-van-ban'],
    messages: {
      notForType: { vi: '{{typeName}} không có “Kính gửi”: chuyển các nơi này vào `noi_nhan.gui`.', en: 'A {{typeName}} has no “Kính gửi”: move these recipients to `noi_nhan.gui`.' },
      notForTypeDoc: { vi: '{{typeName}} không có “Kính gửi”: ghi các nơi này ở phần “Nơi nhận”.', en: 'A {{typeName}} has no “Kính gửi”: list these recipients under “Nơi nhận”.' },
      nhuTren: { vi: 'Văn bản có “Kính gửi” thì nơi nhận đầu tiên là “Như trên”.', en: 'With a “Kính gửi”, the first recipient is “Như trên”.' },
    },
    examples: { wrong: 'loai: ke_hoach\nkinh_gui: Ban Dân vận Tỉnh ủy', right: 'loai: ke_hoach\nnoi_nhan:\n  gui:\n    - Ban Dân vận Tỉnh ủy' },
  },
  check({ plan, lang, sourceMap, report }) {
    if (plan.addressees.length === 0) return;
    const type = docTypeOf(plan.docType);
    if (!type.addressee) {
      const typeName = lang === 'vi' ? type.name : type.en;
      report({ messageId: isReadBack(sourceMap) ? 'notForTypeDoc' : 'notForType', data: { typeName }, path: ['kinh_gui'], onKey: true });
      return;
    }
    const first = plan.recipients.to[0];
    if (first && !/^\s*Như trên\b/iu.test(first.name.text)) report({ messageId: 'nhuTren', path: first.name.path });
  },
});

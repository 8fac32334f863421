// Why: "V/v" (về việc) opens the trích yếu of a State công văn only (NĐ 30, Phụ lục I, ô 5b);
// other documents have a tên loại and a trích yếu, and Party letters write no "V/v" (HD 36). In
// running text a cited letter's subject is introduced by "về việc" or "về", never the
// abbreviation ("… Công văn số 847/UBND-VX1 … V/v tiếp tục …").
import { hd36, nd30 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

export const vvOnlyCongVan = defineRule({
  meta: {
    id: 'vv-only-cong-van',
    title: { vi: '“V/v” chỉ dùng cho công văn Nhà nước', en: '“V/v” only in State letters' },
    description: {
      vi: 'Trích yếu bắt đầu bằng “V/v” chỉ dùng cho công văn Nhà nước; văn bản khác và công văn Đảng viết “về …”. Trong lời văn, khi dẫn một công văn, viết “về việc …”, không viết tắt “V/v”.',
      en: 'A subject starting with “V/v” is for State công văn only; other documents and Party letters write “về …”. In running text, a cited letter’s subject is introduced by “về việc …”, not “V/v”.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.5 (ô 5b)'), party: hd36('mục trích yếu công văn (thành phần 5b)') },
    fix: 'none',
    tags: ['trich-yeu', 'loai-van-ban'],
    messages: {
      notCongVan: { vi: 'Chỉ công văn Nhà nước mới mở đầu trích yếu bằng “V/v”: viết “về …” hoặc bỏ.', en: 'Only a State công văn opens its subject with “V/v”: write “về …” or drop it.' },
      inText: { vi: '“V/v” chỉ dùng ở trích yếu của chính công văn; trong lời văn viết “về việc …” hoặc “về …”.', en: '“V/v” belongs only in a letter’s own subject; in running text write “về việc …” or “về …”.' },
    },
    examples: { wrong: 'loai: ke_hoach\ntrich_yeu: V/v tổ chức Tháng cao điểm', right: 'loai: ke_hoach\ntrich_yeu: Tổ chức Tháng cao điểm' },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      if (t.role === 'subject' || t.role === 'recipient' || !t.text.includes('V/v')) continue;
      for (const m of matchesOf(/(?<=[\p{L}\d)][^\S\n]+)V\/v(?=[^\S\n]+\p{L})/gu, t.text)) report({ messageId: 'inText', path: t.path, span: [m.index, m.index + 3] });
    }
    if (plan.system === 'state' && plan.docType === 'cong_van') return;
    const m = /^\s*V\/v\b\.?/iu.exec(plan.subject.text);
    if (m) report({ messageId: 'notCongVan', path: plan.subject.path, span: [0, m[0].length] });
  },
});

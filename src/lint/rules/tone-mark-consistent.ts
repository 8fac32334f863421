// Why: "ủy" and "uỷ", "hòa" and "hoà" are both correct (NĐ 30's own text mixes them), but one
// document should use one style (the-thuc.md §7). Never more than info; an organisation may
// set its preferred style in dvk.config.yaml: `cai_dat: { kieu_dau_thanh: moi | cu }`.
// People's names keep the spelling their owner uses and are not checked.
import { hd36, nd30 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { toneMarkUses, type ToneStyle } from '../helpers/vietnamese.js';
import { defineRule } from '../rule.js';

export const toneMarkConsistent = defineRule({
  meta: {
    id: 'tone-mark-consistent',
    title: { vi: 'Một kiểu bỏ dấu thanh trong văn bản', en: 'One tone-mark style per document' },
    description: {
      vi: 'Không trộn kiểu bỏ dấu cũ (hoà, uỷ) với kiểu mới (hòa, ủy) trong một văn bản. Cả hai đều đúng; chỉ là gợi ý.',
      en: 'Do not mix the old tone-mark placement (hoà, uỷ) with the new one (hòa, ủy) in one document. Both are correct; info only.',
    },
    systems: ['state', 'party'],
    severity: 'info',
    basis: { state: nd30('Phụ lục I (văn bản gốc dùng cả hai kiểu)'), party: hd36('thực tế trình bày') },
    fix: 'suggestion',
    tags: ['chinh-ta'],
    messages: {
      mixed: {
        vi: '“{{written}}” bỏ dấu kiểu {{style}}, trong khi văn bản chủ yếu dùng kiểu {{preferred}} (“{{other}}”).',
        en: '“{{written}}” uses the {{style}} tone-mark style while the document mostly uses the {{preferred}} one (“{{other}}”).',
      },
      useOther: { vi: 'Viết “{{other}}”', en: 'Write “{{other}}”' },
    },
    examples: { wrong: 'mo_dau: Ban Thường vụ Tỉnh ủy … Đảng uỷ khối …', right: 'mo_dau: Ban Thường vụ Tỉnh ủy … Đảng ủy khối …' },
  },
  check({ plan, settings, lang, report }) {
    // The signer's name is left alone (joined only when the path can be it: joining every path cost more).
    const texts = planTexts(plan).filter((t) => !String(t.path[0]).startsWith('nguoi_ky') || t.path.join('.') !== 'nguoi_ky.ho_ten');
    const uses = texts.map((t) => ({ t, uses: toneMarkUses(t.text) }));
    const count = { old: 0, new: 0 };
    for (const u of uses) for (const use of u.uses) count[use.style]++;
    const configured = settings.kieu_dau_thanh === 'cu' ? 'old' : settings.kieu_dau_thanh === 'moi' ? 'new' : undefined;
    if (!configured && (count.old === 0 || count.new === 0)) return;
    const preferred: ToneStyle = configured ?? (count.old > count.new ? 'old' : 'new');
    const name = (s: ToneStyle) => (lang === 'vi' ? (s === 'old' ? 'cũ' : 'mới') : s);
    for (const { t, uses: list } of uses) {
      // One finding per value: the first word in the other style.
      const use = list.find((u) => u.style !== preferred);
      if (!use) continue;
      const word = wordAround(t.text, use.index);
      const other = word.text.slice(0, use.index - word.from) + use.other + word.text.slice(use.index - word.from + 2);
      report({
        messageId: 'mixed',
        data: { written: word.text, style: name(use.style), preferred: name(preferred), other },
        path: t.path,
        span: [word.from, word.from + word.text.length],
        suggestions: [{ messageId: 'useOther', data: { other }, fix: [{ path: t.path, from: use.index, to: use.index + 2, text: use.other }] }],
      });
    }
  },
});

function wordAround(text: string, index: number): { from: number; text: string } {
  const from = text.slice(0, index).search(/\p{L}*$/u);
  const rest = text.slice(index).search(/[^\p{L}]|$/u);
  return { from, text: text.slice(from, index + rest) };
}

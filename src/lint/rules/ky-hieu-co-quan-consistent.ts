// Why: the organ part of the symbol must be the issuing organ's own abbreviation; a symbol
// copied from another office's template keeps that office's letters (the-thuc.md §9 rule 15).
import { nd30, hd36 } from '../helpers/basis.js';
import { parseSymbol } from '../helpers/number-symbol.js';
import { defineRule } from '../rule.js';

export const kyHieuCoQuanConsistent = defineRule({
  meta: {
    id: 'ky-hieu-co-quan-consistent',
    title: { vi: 'Ký hiệu mang tên viết tắt của cơ quan ban hành', en: "Symbol carries the issuer's abbreviation" },
    description: {
      vi: 'Phần cơ quan trong ký hiệu trùng với `co_quan.viet_tat`.',
      en: 'The organ part of the symbol equals `co_quan.viet_tat`.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.3'), party: hd36('mục 1.3 (số và ký hiệu)') },
    fix: 'none',
    tags: ['so-ky-hieu', 'loai-van-ban'],
    messages: {
      mismatch: {
        vi: 'Ký hiệu có tên cơ quan “{{organ}}” nhưng tên viết tắt của cơ quan ban hành là “{{code}}”.',
        en: 'The symbol names the organ “{{organ}}” but the issuer’s abbreviation is “{{code}}”.',
      },
    },
    examples: { wrong: 'co_quan: { ten: BAN DÂN VẬN, viet_tat: BDVĐU }\nky_hieu: KH/BTGĐU', right: 'co_quan: { ten: BAN DÂN VẬN, viet_tat: BDVĐU }\nky_hieu: KH/BDVĐU' },
  },
  check({ plan, report }) {
    const symbol = plan.symbol;
    const code = plan.issuer.code?.text.trim();
    if (!symbol || !code) return;
    const parsed = parseSymbol(symbol.text);
    if (parsed.shape === 'unknown') return;
    // State công văn: <organ>-<unit>; otherwise <type>-<organ> or <type>/<organ>, joint organs joined by "-".
    const organs = plan.system === 'state' && plan.docType === 'cong_van' ? [parsed.type] : parsed.organ.split('-');
    if (organs.includes(code)) return;
    const organ = organs[0]!;
    const from = symbol.text.indexOf(organ);
    report({ messageId: 'mismatch', data: { organ, code }, path: symbol.path, ...(from >= 0 ? { span: [from, from + organ.length] as [number, number] } : {}) });
  },
});

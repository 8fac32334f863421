// Why: the tên loại printed above the subject comes from `loai`, the abbreviation in the number
// from `ky_hieu`; a Hướng dẫn numbered "…-KH/…" files under the wrong series (the-thuc.md §9 rule 13).
import { nd30, hd36 } from '../helpers/basis.js';
import { allowedTypeAbbreviations, DOC_TYPE_NAMES, parseSymbol, typeAbbreviation } from '../helpers/number-symbol.js';
import { defineRule } from '../rule.js';

export const tenLoaiKhopKyHieu = defineRule({
  meta: {
    id: 'ten-loai-khop-ky-hieu',
    title: { vi: 'Tên loại khớp với ký hiệu', en: 'Document type matches the symbol' },
    description: {
      vi: 'Chữ viết tắt tên loại trong ký hiệu là chữ viết tắt của chính loại văn bản (`loai`).',
      en: 'The type abbreviation in the symbol is the one for the document’s own type (`loai`).',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục III, mục I'), party: hd36('mục 1.3 (số và ký hiệu)') },
    fix: 'suggestion',
    tags: ['so-ky-hieu', 'loai-van-ban'],
    messages: {
      mismatch: {
        vi: 'Văn bản là {{typeName}} nhưng ký hiệu có “{{type}}”; {{typeName}} viết tắt là “{{expected}}”.',
        en: 'The document is a {{typeName}} but the symbol has “{{type}}”; {{typeName}} is abbreviated “{{expected}}”.',
      },
      useExpected: { vi: 'Đổi thành “{{expected}}”', en: 'Change to “{{expected}}”' },
    },
    examples: { wrong: 'loai: huong_dan\nky_hieu: KH-SKHCN', right: 'loai: huong_dan\nky_hieu: HD-SKHCN' },
  },
  check({ plan, profile, report }) {
    const symbol = plan.symbol;
    if (!symbol || plan.docType === 'cong_van') return;
    const expected = typeAbbreviation(profile, plan.docType);
    if (!expected) return;
    const parsed = parseSymbol(symbol.text);
    if (parsed.shape === 'unknown' || parsed.type === expected) return;
    // Party Quy định is also written QĐi (the-thuc.md §3.2); joint documents add LT (HDLT).
    if (plan.system === 'party' && (parsed.type === `${expected}LT` || (plan.docType === 'quy_dinh' && parsed.type === 'QĐi'))) return;
    // An abbreviation outside the table is ky-hieu-ten-loai-allowed's finding.
    if (!allowedTypeAbbreviations(profile, plan.system).includes(parsed.type)) return;
    const from = symbol.text.indexOf(parsed.type);
    const data = { typeName: DOC_TYPE_NAMES[plan.docType], type: parsed.type, expected };
    report({
      messageId: 'mismatch',
      data,
      path: symbol.path,
      span: [from, from + parsed.type.length],
      suggestions: [{ messageId: 'useExpected', data: { expected }, fix: [{ path: symbol.path, from, to: from + parsed.type.length, text: expected }] }],
    });
  },
});

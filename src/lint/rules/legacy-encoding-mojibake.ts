// Why: text copied from old .doc files typed in TCVN3 (.VnTime, "ABC") or VNI fonts arrives as
// "Ban ChÊp hµnh" or "Coäng hoøa": readable to nobody once the font is Times New Roman
// (the-thuc.md §7). It must be converted with a tool such as Unikey's converter; dvk only finds it.
import { tcvn6909 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { findMojibake } from '../helpers/vietnamese.js';
import { defineRule } from '../rule.js';

export const legacyEncodingMojibake = defineRule({
  meta: {
    id: 'legacy-encoding-mojibake',
    title: { vi: 'Không còn chữ mã cũ (TCVN3, VNI)', en: 'No text in legacy encodings (TCVN3, VNI)' },
    description: {
      vi: 'Không có đoạn chữ gõ bằng bảng mã TCVN3 (ABC, .VnTime) hay VNI bị đọc thành ký tự lạ.',
      en: 'No text typed in the TCVN3 (ABC, .VnTime) or VNI encodings that shows as garbage characters.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: tcvn6909('NĐ 30, Phụ lục I, mục I.1'), party: tcvn6909('HD 36, mục phông chữ') },
    fix: 'none',
    tags: ['ma-chu'],
    messages: {
      mojibake: {
        vi: '“{{word}}” có vẻ là chữ gõ bằng bảng mã {{encoding}}: chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi dán lại.',
        en: '“{{word}}” looks like text typed in the {{encoding}} encoding: convert it to Unicode (e.g. with Unikey’s converter) and paste it again.',
      },
    },
    examples: { wrong: 'co_quan:\n  cap_tren: Ban ChÊp hµnh', right: 'co_quan:\n  cap_tren: BAN CHẤP HÀNH' },
  },
  check({ plan, report }) {
    for (const t of planTexts(plan)) {
      const found = findMojibake(t.text);
      if (found) report({ messageId: 'mojibake', data: { word: found.word, encoding: found.encoding }, path: t.path, span: [found.index, found.index + found.length] });
    }
  },
});

// Why: a ký hiệu is "chữ viết tắt" of the type and the organ, and every official one is written in
// capitals without tone or vowel marks, keeping Đ ("QĐ-UBND", "KH-SGDĐT", "21-KH/BDVTU"). dvk's
// own early suggestion gave "ỦBNDXAB" and "BTGDVTỦ"; clerks who type the name's initials by hand
// make the same slip. The letters' form is decided in src/shared/symbol-letters.ts.
import { nd30, hd36 } from '../helpers/basis.js';
import { markedLetters, type MarkedLetter } from '../../shared/symbol-letters.js';
import type { PlanEdit } from '../rule.js';
import { defineRule } from '../rule.js';

export const kyHieuNoToneMarks = defineRule({
  meta: {
    id: 'ky-hieu-no-tone-marks',
    title: { vi: 'Ký hiệu viết không dấu (giữ Đ)', en: 'Symbols carry no tone marks (Đ kept)' },
    description: {
      vi: '`ky_hieu` và `co_quan.viet_tat` là chữ viết tắt, viết chữ in hoa không dấu thanh, không dấu mũ, móc; chỉ giữ chữ Đ (“KH-UBND”, “KH/BDVTU”, “SGDĐT”). Sửa tự động khi chắc chắn (chữ in hoa chỉ mang dấu thanh: Ủ → U).',
      en: '`ky_hieu` and `co_quan.viet_tat` are abbreviations, written in capitals without tone or vowel marks; only Đ is kept (“KH-UBND”, “KH/BDVTU”, “SGDĐT”). Fixed automatically when certain (a capital with a tone mark only: Ủ → U).',
    },
    systems: ['state', 'party'],
    severity: 'error',
    // The texts say "chữ viết tắt", in capitals; "without marks, Đ kept" is what every official
    // symbol does (the corpus: QĐ-UBND, KH-SGDĐT, BDVTU, UBKTTU, ĐUK), not a sentence of the decree.
    basis: {
      state: nd30('Phụ lục I, mục II.3 (ký hiệu: chữ viết tắt tên loại và tên cơ quan, in hoa; không dấu theo thực tế các ký hiệu chính thức)'),
      party: hd36('mục 1.3 (số và ký hiệu: chữ viết tắt; không dấu theo thực tế các ký hiệu chính thức)'),
    },
    fix: 'safe',
    tags: ['so-ky-hieu'],
    messages: {
      marked: {
        vi: '{{field}} “{{value}}” có chữ mang dấu ({{letters}}); ký hiệu viết chữ in hoa không dấu, chỉ giữ Đ: “{{expected}}”.',
        en: '{{field}} “{{value}}” has marked letters ({{letters}}); symbols are written in capitals without marks, keeping Đ: “{{expected}}”.',
      },
    },
    examples: { wrong: 'co_quan: { ten: BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY, viet_tat: BTGDVTỦ }\nky_hieu: KH/BTGDVTỦ', right: 'co_quan: { ten: BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY, viet_tat: BTGDVTU }\nky_hieu: KH/BTGDVTU' },
  },
  check({ plan, report }) {
    const fields = [
      { text: plan.symbol, field: 'Ký hiệu' },
      { text: plan.issuer.code, field: 'Tên viết tắt' },
    ];
    for (const { text, field } of fields) {
      if (!text) continue;
      const value = text.text;
      const marked = markedLetters(value);
      if (marked.length === 0) continue;
      const first = marked[0]!.index;
      const last = marked[marked.length - 1]!.index + 1;
      // Only when every marked letter is a capital with a tone mark alone is the plain letter certain.
      const fix: PlanEdit[] | undefined = marked.every((m) => m.certain)
        ? marked.map((m) => ({ path: text.path, from: m.index, to: m.index + 1, text: m.plain }))
        : undefined;
      report({
        messageId: 'marked',
        data: { field, value, letters: marked.map((m) => m.letter).join(', '), expected: plainForm(value, marked) },
        path: text.path,
        span: [first, last],
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** The value with each marked letter replaced by its plain capital; the rest (QĐi, TTg) as written. */
function plainForm(value: string, marked: MarkedLetter[]): string {
  const chars = [...value.normalize('NFC')];
  for (const m of marked) chars[m.index] = m.plain.toLocaleUpperCase('vi');
  return chars.join('');
}

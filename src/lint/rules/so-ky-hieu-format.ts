// Why: the renderer composes "Số: 15/KH-SKHCN" (State) or "Số 22-KH/ĐU" (Party) from `so` and
// `ky_hieu`, so each must hold only its own part, without spaces. Seeds 000 and 001 print
// "Số: 08 -KH/BDVĐU" and "Số 22 -KH/ĐU": a space before the hyphen.
import { composeSymbol, parseSymbol, typeAbbreviation } from '../helpers/number-symbol.js';
import { nd30, hd11, hd36, tt01 } from '../helpers/basis.js';
import { removal } from '../helpers/edits.js';
import type { PlanEdit } from '../rule.js';
import { MASK, placeholderSpans } from '../placeholders.js';
import { isReadBack } from '../helpers/read-back.js';
import { lostHyphens } from '../helpers/lost-hyphens.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

export const soKyHieuFormat = defineRule({
  meta: {
    id: 'so-ky-hieu-format',
    title: { vi: 'Số và ký hiệu viết đúng dạng', en: 'Number and symbol are well formed' },
    description: {
      vi: '`so` chỉ gồm chữ số; `ky_hieu` gồm chữ viết tắt tên loại và tên cơ quan, nối bằng dấu của thể thức, không có khoảng trắng, không gõ lại số hay chữ “Số”.',
      en: '`so` holds digits only; `ky_hieu` holds the type and organ abbreviations joined as the format requires, with no spaces and without the number or the word “Số”.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.3'), 'TT 01/2011/TT-BNV': tt01('Điều 8 (số, ký hiệu của văn bản)'), party: hd36('mục 1.3 (số và ký hiệu)'), 'HD 11-HD/VPTW': hd11('như tiêu đề của chính HD 11: “Số 11-HD/VPTW”, không có dấu hai chấm') },
    fix: 'safe',
    tags: ['so-ky-hieu'],
    messages: {
      spaces: { vi: '{{field}} có khoảng trắng: “{{value}}”; viết liền “{{expected}}”.', en: '{{field}} contains spaces: “{{value}}”; write “{{expected}}”.' },
      numberNotDigits: {
        vi: 'Số văn bản chỉ gồm chữ số (ví dụ "15"); “{{value}}” có chữ khác. dvk tự in “Số” và ký hiệu.',
        en: 'The number holds digits only (e.g. "15"); “{{value}}” has other characters. dvk prints “Số” and the symbol itself.',
      },
      numberNotDigitsDoc: { vi: 'Số văn bản chỉ gồm chữ số (ví dụ "15"); “{{value}}” có chữ khác.', en: 'The number holds digits only (e.g. "15"); “{{value}}” has other characters.' },
      numberInSymbol: {
        vi: 'Ký hiệu “{{value}}” có cả số văn bản; ghi số vào `so` và chỉ để “{{expected}}” ở `ky_hieu`.',
        en: 'Symbol “{{value}}” includes the number; put the number in `so` and keep “{{expected}}” in `ky_hieu`.',
      },
      numberInSymbolDoc: { vi: 'Ký hiệu “{{value}}” có cả số văn bản; ký hiệu chỉ là “{{expected}}”.', en: 'Symbol “{{value}}” includes the number; the symbol is “{{expected}}” only.' },
      symbolShape: {
        vi: 'Ký hiệu “{{value}}” không đúng dạng {{form}} (ví dụ “{{expected}}”).',
        en: 'Symbol “{{value}}” is not in the form {{form}} (e.g. “{{expected}}”).',
      },
    },
    examples: { wrong: 'so: "08 "\nky_hieu: KH /BDVĐU', right: 'so: "08"\nky_hieu: KH/BDVĐU' },
  },
  check({ plan, profile, lang, sourceMap, report }) {
    const doc = isReadBack(sourceMap);
    const number = plan.number;
    if (number) {
      const value = number.text;
      const compact = value.replace(/\s+/g, '');
      if (/^\d+$/.test(compact) && compact !== value) {
        const fix: PlanEdit[] = [...matchesOf(/\s+/g, value)].map((m) => removal(number.path, value, m.index, m.index + m[0].length));
        report({ messageId: 'spaces', data: { field: 'Số', value, expected: compact }, path: number.path, fix: fix.length === 1 ? fix : [{ path: number.path, text: compact }] });
      } else if (!/^\d+$/.test(compact)) {
        report({ messageId: doc ? 'numberNotDigitsDoc' : 'numberNotDigits', data: { value }, path: number.path });
      }
    }
    const symbol = plan.symbol;
    if (!symbol) return;
    const value = symbol.text;
    const withoutNumber = /^\s*(?:Số:?\s*)?\d+\s*[-/]\s*(.+)$/u.exec(value);
    if (withoutNumber) {
      report({ messageId: doc ? 'numberInSymbolDoc' : 'numberInSymbol', data: { value, expected: withoutNumber[1]!.replace(/\s+/g, '') }, path: symbol.path });
      return;
    }
    const parsed = parseSymbol(value);
    // A draft's symbol still to complete ("UBND-[CẦN BỔ SUNG: …]"): draft-placeholders reports it.
    if (parsed.shape === 'unknown' && (value.includes(MASK) || placeholderSpans(value).length > 0)) return;
    // A copy that lost every hyphen ("QĐUBND"; text-damaged says so): not the drafter's.
    if (parsed.shape === 'unknown' && isReadBack(sourceMap) && lostHyphens(sourceMap.text).length && !/[-/]/u.test(value)) return;
    if (parsed.shape === 'unknown') {
      // The form in words, not the profile's template keys ("{loai}-{co_quan}"); a State công văn's
      // ký hiệu has no type: organ, then the drafting unit (NĐ 30, Phụ lục III, II).
      const letter = plan.system === 'state' && plan.docType === 'cong_van';
      const [typeWord, organWord, unitWord] = lang === 'vi' ? ['tên loại', 'cơ quan', 'đơn vị soạn thảo'] : ['type', 'organ', 'drafting unit'];
      const form = letter
        ? `<${organWord}>-<${unitWord}>`
        : profile.so_ky_hieu.ghep_ky_hieu.replace('{loai}', `<${typeWord}>`).replace('{co_quan}', `<${organWord}>`);
      const tidied = value.replace(/\s*[-–—]\s*/gu, '-').replace(/\s+/gu, '');
      const example = letter
        ? (parseSymbol(tidied).shape !== 'unknown' ? tidied : 'UBND-VP')
        : composeSymbol(profile, typeAbbreviation(profile, plan.docType) ?? 'CV', plan.issuer.code?.text ?? 'ĐU');
      report({ messageId: 'symbolShape', data: { value, form, expected: example }, path: symbol.path });
      return;
    }
    if (/\s/.test(value)) {
      const spaces = [...matchesOf(/\s+/g, value)];
      const fix = spaces.map((m) => removal(symbol.path, value, m.index, m.index + m[0].length));
      const overlapping = fix.some((e, i) => i > 0 && e.from! < fix[i - 1]!.to!);
      report({ messageId: 'spaces', data: { field: 'Ký hiệu', value, expected: value.replace(/\s+/g, '') }, path: symbol.path, fix: overlapping ? [{ path: symbol.path, text: value.replace(/\s+/g, '') }] : fix });
    }
  },
});

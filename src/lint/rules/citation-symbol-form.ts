// Why: a cited document is found by its số and ký hiệu, written as that document wrote them: no
// space inside, a hyphen (never an en dash) between the groups of letters, a slash after the
// number (NĐ 30, Phụ lục I, mục II.3; HD 36, mục số và ký hiệu). Drafters type "25- NQ/HU",
// "14/KH –UBND", "412 /UBND", "số: 59/QĐ-UBND", "QĐ-TTG" for "QĐ-TTg", and drop the type code of
// a Party symbol ("Nghị quyết 11/HU" for "11-NQ/HU"). Warnings: the symbol belongs to another
// document, and dvk cannot check what it really is.
import { hd36, nd30 } from '../helpers/basis.js';
import { compactSymbol, findLooseCitations, MIXED_CASE_CODES } from '../helpers/cited-symbols.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

/** Party organs' codes that follow the slash of a Party symbol (HD 36, mục 3.2; the-thuc.md §2.3). */
const PARTY_ORGANS = new Set(['TW', 'TU', 'HU', 'QU', 'TXU', 'ĐU', 'ĐUK', 'BCSĐ', 'ĐĐ', 'VPTW', 'BTCTW', 'BTGTW', 'BDVTW', 'UBKTTW', 'BCĐTW', 'BNCTW', 'BTGDVTW']);
/** The Party type code for a cited type word, for the message. */
const PARTY_TYPE_CODES: Record<string, string> = {
  'nghị quyết': 'NQ', 'chỉ thị': 'CT', 'kết luận': 'KL', 'quyết định': 'QĐ', 'quy định': 'QĐi', 'hướng dẫn': 'HD', 'kế hoạch': 'KH',
  'thông báo': 'TB', 'báo cáo': 'BC', 'công văn': 'CV', 'thông tri': 'TT', 'chương trình': 'CTr', 'tờ trình': 'TTr', 'quy chế': 'QC',
};

export const citationSymbolForm = defineRule({
  meta: {
    id: 'citation-symbol-form',
    title: { vi: 'Số, ký hiệu văn bản được dẫn viết đúng dạng', en: 'A cited number and symbol in their exact form' },
    description: {
      vi: 'Số, ký hiệu của văn bản được dẫn trong lời văn viết liền, không khoảng trắng, dấu gạch nối “-” (không dùng “–”), không có dấu hai chấm sau “số”; mã viết hoa đúng như văn bản gốc (“TTg”, “QĐi”); ký hiệu văn bản Đảng có mã tên loại (“11-NQ/HU”, không viết “11/HU”).',
      en: 'The number and symbol of a document cited in the text are written solid: no spaces, a hyphen “-” (not “–”), no colon after “số”; codes in their own case (“TTg”, “QĐi”); a Party symbol carries its type code (“11-NQ/HU”, not “11/HU”).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.3 (số, ký hiệu); dẫn văn bản: thực tế soạn thảo'), party: hd36('mục số và ký hiệu văn bản; dẫn văn bản: thực tế soạn thảo') },
    fix: 'safe',
    tags: ['dan-chieu', 'so-ky-hieu'],
    messages: {
      spaced: {
        vi: 'Ký hiệu “{{written}}” có khoảng trắng hoặc gạch ngang dài bên trong: viết liền “{{right}}”.',
        en: 'The symbol “{{written}}” has a space or a long dash inside: write “{{right}}”.',
      },
      colonAfterSo: {
        vi: 'Khi dẫn văn bản không đặt dấu hai chấm sau “số”: viết “{{type}} số {{symbol}}”.',
        en: 'No colon after “số” in a citation: write “{{type}} số {{symbol}}”.',
      },
      codeCase: {
        vi: 'Mã “{{written}}” trong ký hiệu viết hoa sai: viết “{{right}}”.',
        en: 'The code “{{written}}” in the symbol has the wrong case: write “{{right}}”.',
      },
      partyNoType: {
        vi: 'Ký hiệu văn bản Đảng “{{written}}” thiếu mã tên loại: viết dạng “{{number}}-{{code}}/{{organ}}”.',
        en: 'The Party symbol “{{written}}” has no type code: write it as “{{number}}-{{code}}/{{organ}}”.',
      },
    },
    examples: {
      wrong: 'mo_dau: Thực hiện Nghị quyết số 25- NQ/HU ngày 03/6/2024 và Quyết định số 12/QĐ-TTG ngày 05/3/2024 …',
      right: 'mo_dau: Thực hiện Nghị quyết số 25-NQ/HU ngày 03/6/2024 và Quyết định số 12/QĐ-TTg ngày 05/3/2024 …',
    },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      for (const c of findLooseCitations(t.text)) {
        const { path } = t;
        if (c.colon) {
          const from = c.colon[0] - (t.text.slice(0, c.colon[0]).match(/[^\S\n]*$/u)?.[0].length ?? 0);
          report({ messageId: 'colonAfterSo', data: { type: c.type, symbol: compactSymbol(c) }, path, span: [from, c.colon[1]], fix: [{ path, from, to: c.colon[1], text: '' }] });
        }
        const right = compactSymbol(c);
        if (right !== c.symbol) {
          report({ messageId: 'spaced', data: { written: c.symbol, right }, path, span: [c.symbolFrom, c.symbolTo], fix: [{ path, from: c.symbolFrom, to: c.symbolTo, text: right }] });
        }
        let offset = c.symbolFrom;
        c.segments.forEach((seg, i) => {
          if (i > 0) offset += c.separators[i - 1]!.length;
          const canonical = MIXED_CASE_CODES.get(seg.toLocaleUpperCase('vi'));
          if (canonical && canonical !== seg) {
            report({ messageId: 'codeCase', data: { written: seg, right: canonical }, path, span: [offset, offset + seg.length], fix: [{ path, from: offset, to: offset + seg.length, text: canonical }] });
          }
          offset += seg.length;
        });
        if (c.segments.length === 2 && c.separators[0]!.trim() === '/' && PARTY_ORGANS.has(c.segments[1]!)) {
          const code = PARTY_TYPE_CODES[c.type.toLocaleLowerCase('vi')] ?? '…';
          report({ messageId: 'partyNoType', data: { written: c.symbol, number: c.segments[0]!, code, organ: c.segments[1]! }, path, span: [c.symbolFrom, c.symbolTo] });
        }
      }
    }
  },
});

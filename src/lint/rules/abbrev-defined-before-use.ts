// Why: an abbreviation the reader has not been told ("CBVC, HSSV" in seed 000) must be spelled
// out at its first use, as "Đại học Thái Nguyên (ĐHTN)" (NĐ 30 allows common abbreviations only
// in the parent-organ line; elsewhere practice is to define them; the-thuc.md §3.3). Document
// symbols ("25-CT/TU"), Roman numerals and a short allow-list of abbreviations every reader
// knows are not checked; organisations extend the list with `cai_dat.viet_tat`.
import { hd36, nd30 } from '../helpers/basis.js';
import { isUpperCase, planTexts } from '../helpers/plan-text.js';
// An all-capitals word of two or more letters, not part of a symbol ("25-CT/TU", "VP-BTG/ĐU"): the shared scan.
import { findAcronyms } from '../helpers/text-analysis.js';
import { defineRule } from '../rule.js';

/** Abbreviations any reader of an official document knows (the-thuc.md §3.3). */
export const COMMON_ABBREVIATIONS = new Set([
  'UBND', 'HĐND', 'MTTQ', 'UBMTTQ', 'TW', 'VT', 'VP', 'CNXH', 'XHCN', 'TP', 'TX', 'TT', 'THPT', 'THCS', 'CHXHCN', 'QĐ', 'NĐ', 'CP', 'TTg', 'ĐCSVN',
]);

const ROMAN = /^(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** A cited document symbol: a number, then "/" or "-" and its letter codes ("742/HD-PGDĐT", "01-HD/TW"). */
const SYMBOL = /\d+[/-](?:\d{4}\/)?[\p{Lu}Đđ][\p{L}\p{N}&.]*(?:[-/][\p{L}\p{N}&.]+)*/gu;

export const abbrevDefinedBeforeUse = defineRule({
  meta: {
    id: 'abbrev-defined-before-use',
    title: { vi: 'Chữ viết tắt được giải thích trước khi dùng', en: 'Abbreviations are defined before use' },
    description: {
      vi: 'Lần đầu dùng một chữ viết tắt trong lời văn phải viết đầy đủ kèm chữ viết tắt trong ngoặc: “Đại học Thái Nguyên (ĐHTN)”.',
      en: 'The first use of an abbreviation in the text spells it out with the abbreviation in brackets: “Đại học Thái Nguyên (ĐHTN)”.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Điều 8 k.2 điểm b (chỉ tên cơ quan chủ quản được viết tắt); thực tế soạn thảo'), party: hd36('thực tế soạn thảo') },
    fix: 'none',
    tags: ['viet-tat'],
    messages: {
      undefinedAbbreviation: {
        vi: 'Chữ viết tắt “{{abbr}}” chưa được giải thích: lần đầu dùng hãy viết đầy đủ rồi ghi “({{abbr}})”.',
        en: 'The abbreviation “{{abbr}}” is not defined: at its first use write the full name followed by “({{abbr}})”.',
      },
    },
    examples: {
      wrong: 'mo_dau: … kiến nghị chính đáng của CBVC, HSSV.',
      right: 'mo_dau: … kiến nghị chính đáng của cán bộ, viên chức (CBVC), học sinh, sinh viên (HSSV).',
    },
  },
  check({ plan, settings, report }) {
    const known = new Set(COMMON_ABBREVIATIONS);
    const extra = settings.viet_tat;
    if (Array.isArray(extra)) for (const a of extra) known.add(String(a));
    else if (extra && typeof extra === 'object') for (const a of Object.keys(extra)) known.add(a);
    if (plan.issuer.code) known.add(plan.issuer.code.text.trim());
    const defined = new Set<string>();
    const reported = new Set<string>();
    // The organ codes of the document symbols the text cites ("742/HD-PGDĐT", "2045/QĐ-BGDĐT"):
    // "Phòng GDĐT", "Bộ GDĐT" name the organ by the letters its own symbols carry, a usage dvk
    // cannot call wrong (no clause asks to spell them out; unseen 14, 15).
    const codes: string[] = [];
    for (const t of planTexts(plan)) for (const m of t.text.matchAll(SYMBOL)) codes.push(m[0]);
    for (const t of planTexts(plan)) {
      // Headers, the signature block and the distribution list use abbreviations by custom;
      // text written all in capitals (a part title) has no acronyms to tell apart.
      if (t.role === 'header' || t.role === 'signer' || t.role === 'recipient' || isUpperCase(t.text)) continue;
      const acronyms = findAcronyms(t.text);
      for (let k = 0; k < acronyms.length; k += 2) {
        const index = acronyms[k]!;
        const abbr = t.text.slice(index, acronyms[k + 1]!);
        if (ROMAN.test(abbr) || known.has(abbr) || defined.has(abbr)) continue;
        if (codes.some((c) => c.includes(abbr))) continue;
        // "(viết tắt là ĐHTN)": only the text from the last "(" before it can be that opening
        // (testing the whole text before each acronym made long texts quadratic).
        const before = t.text.slice(Math.max(0, t.text.lastIndexOf('(', index)), index);
        if (/\(\s*(?:sau đây\s+)?(?:gọi|viết)?\s*(?:tắt\s+)?(?:là\s+)?$/iu.test(before) && /^\s*\)/u.test(t.text.slice(index + abbr.length))) {
          defined.add(abbr);
          continue;
        }
        if (reported.has(abbr)) continue;
        reported.add(abbr);
        report({ messageId: 'undefinedAbbreviation', data: { abbr }, path: t.path, span: [index, index + abbr.length] });
      }
    }
  },
});

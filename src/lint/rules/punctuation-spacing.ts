// Why: Vietnamese follows the usual rule: no space before , . ; : ? ! ), one space after them,
// a space before "(" and none after it; compound words joined by a hyphen take a space on both
// sides ("kinh tế - xã hội"). Seed mistakes: "Tỉnh uỷ ;", "Lưu : VT.", "cơ sở(t/h)",
// "kinh tế- xã hội", "2016- 2020" (the-thuc.md §7). Only spaces change.
import { hd36, nd30 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';
import { isAt, isBefore, LETTER, NUMBER } from '../helpers/text-analysis.js';

interface Problem {
  messageId: 'spaceBefore' | 'spaceAfter' | 'spaceBeforeParen' | 'spaceInsideParen' | 'hyphen' | 'spaceInDate';
  from: number;
  to: number;
  text: string;
}

// Each pattern below starts with a look-behind, which the regex engine tries at every position;
// these quick checks (a space right before a mark, a mark right before a letter, a "(" or a "-"
// anywhere) skip the texts where it cannot match, which are most of them.
const SPACE_THEN_MARK = /[ \t][,;:?!).]/;
const MARK_THEN_LETTER = /[,;:]\p{L}/u;

/**
 * Where /(?<=[\p{L}\p{N}])(?: -(?=[\p{L}\p{N}])|- (?=[\p{L}\p{N}]))/gu matches (each match is two
 * characters: " -" or "- " between a letter or digit and a letter or digit), found by a scan.
 */
export function unevenHyphens(v: string): number[] {
  const out: number[] = [];
  for (let i = v.indexOf('-'); i !== -1; i = v.indexOf('-', i + 1)) {
    // " -x" starts one character before the hyphen; "x- " at the hyphen.
    if (v[i - 1] === ' ' && !(out.length && out[out.length - 1]! + 2 > i - 1) && isBefore(v, i - 1, LETTER | NUMBER) && isAt(v, i + 1, LETTER | NUMBER)) out.push(i - 1);
    else if (v[i + 1] === ' ' && isBefore(v, i, LETTER | NUMBER) && isAt(v, i + 2, LETTER | NUMBER)) out.push(i);
  }
  return out;
}

function problems(v: string): Problem[] {
  const out: Problem[] = [];
  // "Tỉnh uỷ ;", "Lưu : VT": spaces before a mark ("..." and "./." keep their space).
  if (SPACE_THEN_MARK.test(v)) for (const m of matchesOf(/(?<=[\p{L}\p{N}”’)])[ \t]+(?=[,;:?!)]|\.(?![./]))/gu, v)) {
    out.push({ messageId: 'spaceBefore', from: m.index, to: m.index + m[0].length + 1, text: v[m.index + m[0].length]! });
  }
  // "a,b", "thực hiện;tổ chức": no space after a mark before a word (numbers like 1,5 and
  // times like 7:30 are left alone; "b/c)" is a purpose, not a sentence).
  if (MARK_THEN_LETTER.test(v)) for (const m of matchesOf(/(?<=[\p{L}”’)][ \t]*[,;:])(?=\p{L})/gu, v)) {
    out.push({ messageId: 'spaceAfter', from: m.index - 1, to: m.index, text: `${v[m.index - 1]} ` });
  }
  // "cơ sở(t/h)": a space before "(" after a word — /(?<=\p{L})\((?=[^)]*\))/gu, as a scan.
  for (let i = v.indexOf('('); i !== -1; i = v.indexOf('(', i + 1)) {
    if (isBefore(v, i, LETTER) && v.indexOf(')', i + 1) !== -1) out.push({ messageId: 'spaceBeforeParen', from: i, to: i + 1, text: ' (' });
  }
  // "( báo cáo)": no space after "(" — /\([ \t]+/gu, as a scan.
  for (let i = v.indexOf('('); i !== -1; i = v.indexOf('(', i + 1)) {
    let end = i + 1;
    while (v[end] === ' ' || v[end] === '\t') end++;
    if (end > i + 1) out.push({ messageId: 'spaceInsideParen', from: i, to: end, text: '(' });
  }
  // "kinh tế- xã hội", "2016 -2020": a hyphen between words is spaced on both sides. A
  // number followed by "-" and capitals is a document symbol broken by a line ("25- NQ/TW").
  for (const index of unevenHyphens(v)) {
    const m = { index };
    if (/\p{N}/u.test(v[m.index - 1]!) && /\p{Lu}/u.test(v[m.index + 2] ?? '')) continue;
    // "I- MỤC ĐÍCH", "1- Nâng cao": numbering typed by hand is typed-numbering's finding.
    if (/^\s*(?:[IVX]+|\d{1,2})$/u.test(v.slice(0, m.index))) continue;
    out.push({ messageId: 'hyphen', from: m.index, to: m.index + 2, text: ' - ' });
  }
  // "ngày 20/11/ 2019", "06 / 7 /2005": a date written with slashes has no space inside (unseen 18).
  if (v.includes('/')) for (const m of v.matchAll(/(?<![\p{L}\p{N}/])(\d{1,2})[ \t]*\/[ \t]*(\d{1,2})[ \t]*\/[ \t]*(\d{4})(?![\p{L}\p{N}/])/gu)) {
    if (!/[ \t]/u.test(m[0])) continue;
    out.push({ messageId: 'spaceInDate', from: m.index, to: m.index + m[0].length, text: `${m[1]}/${m[2]}/${m[3]}` });
  }
  return out;
}

export const punctuationSpacing = defineRule({
  meta: {
    id: 'punctuation-spacing',
    title: { vi: 'Khoảng trắng quanh dấu câu', en: 'Spacing around punctuation' },
    description: {
      vi: 'Không có khoảng trắng trước , . ; : ? ! ), có một khoảng trắng sau chúng; có khoảng trắng trước “(” và không có sau nó; gạch nối giữa hai từ ghép có khoảng trắng hai bên (kinh tế - xã hội); ngày tháng viết liền (20/11/2019). Trong văn bản .txt/.docx, nhãn “Kính gửi :”, “Nơi nhận :” gõ cách trước dấu hai chấm cũng được báo (bộ đọc báo, vì kế hoạch không chứa nhãn).',
      en: 'No space before , . ; : ? ! ), one space after them; a space before “(” and none after it; a hyphen between two compound words is spaced on both sides (kinh tế - xã hội); a date has no space inside (20/11/2019). In a .txt/.docx, the labels “Kính gửi :”, “Nơi nhận :” typed with a space before the colon are reported too (by the reader, since the plan does not hold the labels).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('không quy định riêng; thực tế trình bày'), party: hd36('thực tế trình bày') },
    fix: 'safe',
    tags: ['dau-cau'],
    messages: {
      spaceBefore: { vi: 'Bỏ khoảng trắng trước dấu “{{mark}}”.', en: 'Remove the space before “{{mark}}”.' },
      spaceAfter: { vi: 'Thêm khoảng trắng sau dấu “{{mark}}”.', en: 'Add a space after “{{mark}}”.' },
      spaceBeforeParen: { vi: 'Thêm khoảng trắng trước dấu “(”.', en: 'Add a space before “(”.' },
      spaceInsideParen: { vi: 'Bỏ khoảng trắng sau dấu “(”.', en: 'Remove the space after “(”.' },
      hyphen: { vi: 'Gạch nối giữa hai vế có khoảng trắng hai bên: “{{expected}}”.', en: 'A hyphen between two parts is spaced on both sides: “{{expected}}”.' },
      spaceInDate: { vi: 'Ngày tháng viết liền, không có khoảng trắng: “{{expected}}”.', en: 'A date is written without spaces: “{{expected}}”.' },
    },
    examples: { wrong: 'noi_dung:\n  - Phát triển kinh tế- xã hội; gửi các chi, đảng bộ cơ sở(t/h) .', right: 'noi_dung:\n  - Phát triển kinh tế - xã hội; gửi các chi, đảng bộ cơ sở (t/h).' },
  },
  check({ plan, report }) {
    for (const t of planTexts(plan)) {
      for (const p of problems(t.text)) {
        const mark = p.messageId === 'spaceBefore' ? p.text : p.messageId === 'spaceAfter' ? t.text[p.from]! : '';
        const data: Record<string, string> = p.messageId === 'hyphen' ? { expected: hyphenExample(t.text, p.from) } : p.messageId === 'spaceInDate' ? { expected: p.text } : mark ? { mark } : {};
        report({ messageId: p.messageId, data, path: t.path, span: [p.from, p.to], fix: [{ path: t.path, from: p.from, to: p.to, text: p.text }] });
      }
    }
  },
});

function hyphenExample(text: string, at: number): string {
  const before = text.slice(0, at).match(/[\p{L}\p{N}]+$/u)?.[0] ?? '';
  const after = text.slice(at + 2).match(/^[\p{L}\p{N}]+/u)?.[0] ?? '';
  return `${before} - ${after}`;
}

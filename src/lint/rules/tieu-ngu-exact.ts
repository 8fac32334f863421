// Why: the Tiêu ngữ is "Độc lập - Tự do - Hạnh phúc": "chữ cái đầu của các cụm từ được viết hoa,
// giữa các cụm từ có gạch nối (-), có cách chữ" (NĐ 30, Phụ lục I, mục II.1.b; TT 01/2011/TT-BNV
// said the same). Word's autocorrect turns " - " into an en dash "–", and copies from web pages
// keep it. A plan never holds the Tiêu ngữ (dvk prints it from the profile), so this rule reads
// the text of a .txt/.docx read back: the lines the reader recognised as the motto are there only.
import { nd30, tt01 } from '../helpers/basis.js';
import { lostHyphens } from '../helpers/lost-hyphens.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** The motto's three phrases with what separates them; a separator may wrap to the next line. */
const SEP = String.raw`([^\S\n]*(?:\n[^\S\n]*)?)([-‐‑–—−]?)([^\S\n]*(?:\n[^\S\n]*)?)`;
const MOTTO = new RegExp(String.raw`(?<![\p{L}])(Độc)[^\S\n]{0,3}(lập)${SEP}(Tự)[^\S\n]{0,3}(do)${SEP}(Hạnh)[^\S\n]{0,3}(phúc)(?![\p{L}])`, 'dgiu');
const RIGHT = 'Độc lập - Tự do - Hạnh phúc';

const isCapitalised = (w: string): boolean => w[0] === w[0]!.toLocaleUpperCase('vi') && w.slice(1) === w.slice(1).toLocaleLowerCase('vi');
const isLower = (w: string): boolean => w === w.toLocaleLowerCase('vi');

export const tieuNguExact = defineRule({
  meta: {
    id: 'tieu-ngu-exact',
    title: { vi: 'Tiêu ngữ đúng dạng', en: 'The motto in its exact form' },
    description: {
      vi: 'Tiêu ngữ viết đúng “Độc lập - Tự do - Hạnh phúc”: chữ đầu mỗi cụm viết hoa, giữa các cụm là dấu gạch nối (-) có cách chữ hai bên, không dùng gạch ngang dài (–, —). Chỉ xét văn bản .txt/.docx (kế hoạch YAML được dvk in Tiêu ngữ đúng).',
      en: 'The motto reads “Độc lập - Tự do - Hạnh phúc”: each phrase starts with a capital, the phrases are joined by a hyphen (-) with a space on each side, never an en or em dash (–, —). Checked in .txt/.docx documents (dvk prints the motto of a YAML plan itself).',
    },
    systems: ['state'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.1.b (Tiêu ngữ)'), 'TT 01/2011/TT-BNV': tt01('Điều 6 (Quốc hiệu), cùng quy định') },
    fix: 'none',
    tags: ['quoc-hieu'],
    messages: {
      dash: {
        vi: 'Tiêu ngữ dùng dấu “{{dash}}” giữa các cụm từ; viết dấu gạch nối “-” có cách chữ hai bên: “{{right}}”.',
        en: 'The motto uses “{{dash}}” between its phrases; write a hyphen “-” with a space on each side: “{{right}}”.',
      },
      missingDash: {
        vi: 'Tiêu ngữ thiếu dấu gạch nối giữa “{{before}}” và “{{after}}”: viết “{{right}}”.',
        en: 'The motto has no hyphen between “{{before}}” and “{{after}}”: write “{{right}}”.',
      },
      spacing: {
        vi: 'Tiêu ngữ thiếu khoảng trắng quanh dấu gạch nối (“{{written}}”): viết “{{right}}”.',
        en: 'The motto has no space around its hyphen (“{{written}}”): write “{{right}}”.',
      },
      letterCase: {
        vi: 'Tiêu ngữ “{{written}}” viết hoa sai: chỉ chữ cái đầu mỗi cụm từ viết hoa, “{{right}}”.',
        en: 'The motto “{{written}}” is wrongly capitalised: only the first letter of each phrase is a capital, “{{right}}”.',
      },
    },
    examples: {
      wrong: '# văn bản .txt\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc',
      right: '# văn bản .txt\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    },
  },
  check({ sourceMap, report }) {
    const text = sourceMap.text;
    if (!/Độc[^\S\n]{0,3}lập/iu.test(text)) return;
    for (const m of matchesOf(MOTTO, text)) {
      const start = m.index;
      const written = m[0];
      const words = [m[1]!, m[2]!, m[6]!, m[7]!, m[11]!, m[12]!];
      const firsts = [words[0]!, words[2]!, words[4]!];
      const seconds = [words[1]!, words[3]!, words[5]!];
      if (!firsts.every(isCapitalised) || !seconds.every(isLower)) {
        report({ messageId: 'letterCase', data: { written: written.replace(/\s+/gu, ' '), right: RIGHT }, path: [], at: [start, start + written.length] });
      }
      // Separators: groups 3–5 (after "lập") and 8–10 (after "do"); indices from the /d flag.
      // Both are usually wrong the same way (Word's autocorrect): one finding for the dashes.
      const dashes: [number, number][] = [];
      let dashWritten = '';
      for (const [g, before, after] of [[3, 'lập', 'Tự'], [8, 'do', 'Hạnh']] as const) {
        const [lead, dash, trail] = [m[g]!, m[g + 1]!, m[g + 2]!];
        const from = m.indices![g]![0];
        const to = m.indices![g + 2]![1];
        if (dash === '') {
          // A copy that lost every hyphen (text-damaged says so): not the drafter's.
          if (lostHyphens(text).length) continue;
          report({ messageId: 'missingDash', data: { before, after, right: RIGHT }, path: [], at: [from, to] });
        } else if (dash !== '-') {
          dashes.push(m.indices![g + 1]!);
          dashWritten ||= dash;
        } else if (lead === '' || trail === '') {
          report({ messageId: 'spacing', data: { written: text.slice(from - before.length, to + after.length), right: RIGHT }, path: [], at: [from, to] });
        }
      }
      if (dashes.length) report({ messageId: 'dash', data: { dash: dashWritten, right: RIGHT }, path: [], at: [dashes[0]![0], dashes[dashes.length - 1]![1]] });
    }
  },
});

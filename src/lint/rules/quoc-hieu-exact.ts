// Why: the Quốc hiệu is "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", in capitals and in full (NĐ 30,
// Phụ lục I, mục II.1.a; TT 01/2011/TT-BNV said the same). A plan never holds it (dvk prints it
// from the profile), so this rule reads the text of a .txt/.docx read back. Only a header line
// (the name alone on its line, or in its own column of a flattened header) is judged: running
// text rightly writes "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam". "HOÀ" or "HÒA" is not
// an error: no clause governs tone placement. Only when the title writes "HOÀ" and the rest of the
// document the new placement (and never the old) is the mix noted, as info; "HÒA" is the decree's own.
import { nd30, tt01 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { toneMarkUses } from '../helpers/vietnamese.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** A header cell: the start of a line, or after a column gap (2+ spaces, a tab or a table pipe). */
const CELL_START = String.raw`(?:^|\t|[^\S\n]{2,}|\|[^\S\n]*)`;
const CELL_END = String.raw`(?=[^\S\n]*$|\t|[^\S\n]{2,}|[^\S\n]*\|)`;
const NAME = String.raw`cộng[^\S\n]+h(?:òa|oà|oa)[^\S\n]+(?:xã[^\S\n]+hội[^\S\n]+chủ[^\S\n]+nghĩa|xhcn)[^\S\n]+việt[^\S\n]+nam`;
const QUOC_HIEU = new RegExp(String.raw`${CELL_START}(${NAME})${CELL_END}`, 'dgimu');

export const quocHieuExact = defineRule({
  meta: {
    id: 'quoc-hieu-exact',
    title: { vi: 'Quốc hiệu đúng dạng', en: 'The national title in its exact form' },
    description: {
      vi: 'Quốc hiệu ở phần đầu văn bản viết đủ và IN HOA: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (không viết tắt “XHCN”). Chỉ xét văn bản .txt/.docx (kế hoạch YAML được dvk in Quốc hiệu đúng); “HOÀ” hay “HÒA” đều được chấp nhận (chỉ gợi ý khi Quốc hiệu viết “HOÀ” mà phần còn lại của văn bản viết kiểu mới; “HÒA” là cách Nghị định 30 in).',
      en: 'The national title in the header is written in full and in capitals: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (no “XHCN”). Checked in .txt/.docx documents (dvk prints it for a YAML plan); “HOÀ” and “HÒA” are both accepted (a note only when the title writes “HOÀ” and the rest of the document the new placement; “HÒA” is how NĐ 30 prints it).',
    },
    systems: ['state'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.1.a (Quốc hiệu)'), 'TT 01/2011/TT-BNV': tt01('Điều 6 (Quốc hiệu), cùng quy định') },
    fix: 'none',
    tags: ['quoc-hieu'],
    messages: {
      notUpper: {
        vi: 'Quốc hiệu “{{written}}” phải viết IN HOA: “{{right}}”.',
        en: 'The national title “{{written}}” must be in capitals: “{{right}}”.',
      },
      toneMix: {
        vi: 'Quốc hiệu viết “{{written}}”, trong khi văn bản viết kiểu bỏ dấu “{{other}}”: nên thống nhất một kiểu.',
        en: 'The national title writes “{{written}}” while the document writes “{{other}}”: keep one tone placement.',
      },
      abbreviated: {
        vi: 'Quốc hiệu viết tắt “{{written}}”: viết đầy đủ “{{right}}”.',
        en: 'The national title is abbreviated (“{{written}}”): write it in full, “{{right}}”.',
      },
    },
    examples: {
      wrong: '# văn bản .txt\nỦY BAN NHÂN DÂN          Cộng hòa xã hội chủ nghĩa Việt Nam',
      right: '# văn bản .txt\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    },
  },
  check({ plan, sourceMap, report }) {
    const text = sourceMap.text;
    if (!/cộng[^\S\n]+h/iu.test(text)) return;
    const styles = new Map<string, string>();
    for (const t of planTexts(plan)) for (const use of toneMarkUses(t.text)) if (!styles.has(use.style)) styles.set(use.style, use.written);
    for (const m of matchesOf(QUOC_HIEU, text)) {
      const written = m[1]!;
      const [from, to] = m.indices![1]!;
      const upper = written.toLocaleUpperCase('vi');
      // Keep the writer's own tone placement in the form we suggest.
      const right = upper.replace(/XHCN/u, 'XÃ HỘI CHỦ NGHĨA').replace(/\s+/gu, ' ');
      if (/xhcn/iu.test(written)) report({ messageId: 'abbreviated', data: { written, right }, path: [], at: [from, to] });
      else if (written !== upper) report({ messageId: 'notUpper', data: { written, right }, path: [], at: [from, to] });
      const hoa = /H(OÀ|ÒA)/iu.exec(written);
      if (hoa) {
        const style = hoa[1]!.toUpperCase() === 'OÀ' ? 'old' : 'new';
        const other = style === 'old' ? 'new' : 'old';
        // "HÒA" is how NĐ 30 itself prints the Quốc hiệu: a mix is then the other words' (the
        // organ's "UỶ", unseen 16), for tone-mark-consistent to note where they are, never here.
        if (style === 'old' && styles.has(other) && !styles.has(style)) report({ messageId: 'toneMix', data: { written: `H${hoa[1]}`, other: styles.get(other)! }, path: [], at: [from + hoa.index, from + hoa.index + 3], severity: 'info' });
      }
    }
  },
});

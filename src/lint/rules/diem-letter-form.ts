// Why: an điểm (the level under a numbered khoản or item) is labelled by a letter and a closing
// bracket, "a)", "b)", "đ)", as in every model of NĐ 30 (Phụ lục I, the layout of a văn bản's
// body) and HD 36; "a." is the bulleted style of other traditions. In a document read back the
// reader has already taken the label off the item: the rule reads it from the source.
import { hd36, nd30 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

/** "a. Tuổi …" at the start of a text. */
const DOTTED = /^([^\S\n]*)([a-zđ])\.(?=[^\S\n]+\p{Lu})/u;
/** "a. " at the start of the source line, right before an item the reader split off. */
const DOTTED_BEFORE = /(?:^|\n)[^\S\n]*([a-zđ])\.[^\S\n]+$/u;

export const diemLetterForm = defineRule({
  meta: {
    id: 'diem-letter-form',
    title: { vi: 'Điểm đánh dấu bằng chữ cái và dấu ngoặc đơn', en: 'A point labelled by a letter and a bracket' },
    description: {
      vi: 'Các điểm dưới một mục, một khoản đánh dấu “a)”, “b)”, “c)”… (chữ cái thường và dấu ngoặc đơn), không viết “a.”, “b.”.',
      en: 'The points under an item are labelled “a)”, “b)”, “c)”… (a lower-case letter and a closing bracket), not “a.”, “b.”.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I (bố cục nội dung: điểm a), b), c)…)'), party: hd36('bố cục nội dung văn bản (điểm a), b)…)') },
    fix: 'safe',
    tags: ['de-muc'],
    messages: {
      dotted: { vi: 'Điểm đánh dấu “{{written}}”: viết “{{letter}})”.', en: 'A point labelled “{{written}}”: write “{{letter}})”.' },
    },
    examples: { wrong: 'muc_dich_yeu_cau:\n  - a. Tuổi của học sinh vào lớp 6 là 11 tuổi.', right: 'muc_dich_yeu_cau:\n  - a) Tuổi của học sinh vào lớp 6 là 11 tuổi.' },
  },
  check({ plan, sourceMap, report }) {
    const source = sourceMap.text;
    for (const t of planTexts(plan)) {
      if (t.role !== 'title' && t.role !== 'prose') continue;
      const m = DOTTED.exec(t.text);
      if (m) {
        const from = m[1]!.length;
        report({ messageId: 'dotted', data: { written: `${m[2]}.`, letter: m[2]! }, path: t.path, span: [from, from + 2], fix: [{ path: t.path, from: from + 1, to: from + 2, text: ')' }] });
        continue;
      }
      if (t.role !== 'title') continue;
      const start = sourceMap.offsetsOf?.(t.path)?.[0];
      if (start === undefined || start === 0) continue;
      const before = DOTTED_BEFORE.exec(source.slice(Math.max(0, start - 12), start));
      if (!before) continue;
      const labelAt = start - before[0].length + before[0].indexOf(`${before[1]}.`);
      report({ messageId: 'dotted', data: { written: `${before[1]}.`, letter: before[1]! }, path: [], at: [labelAt, labelAt + 2] });
    }
  },
});

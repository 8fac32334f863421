// Why: dvk numbers parts (I., II.), items (1., 2.) and points (a), b)) from their depth, and
// puts the dash before bullets. Numbers typed by hand ("I- MỤC ĐÍCH", "1. Mục đích", "- Tuyên
// truyền") are printed twice. Removing them is safe: the number is regenerated.
import type { Block, Text } from '../../plan/model.js';
import { hd36, nd30 } from '../helpers/basis.js';
import { removal } from '../helpers/edits.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

/** "I. ", "II- ", "1. ", "2- ", "1.2. ", "a) ", "- ", "+ ", "• " at the start. */
const TYPED = /^\s*(?:(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)\s*[.\-–)]|[a-zđ]\)|[-–+•*])\s+(?=\S)/u;

export const typedNumbering = defineRule({
  meta: {
    id: 'typed-numbering',
    title: { vi: 'Không gõ số thứ tự, gạch đầu dòng', en: 'No typed numbering or dashes' },
    description: {
      vi: 'dvk tự đánh số phần (I.), mục (1.), điểm (a)) và thêm gạch đầu dòng; tiêu đề và đoạn văn không gõ lại các ký hiệu này.',
      en: 'dvk numbers parts (I.), items (1.) and points (a)) and adds the dashes; titles and paragraphs do not repeat them.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.6 (bố cục nội dung)'), party: hd36('mục bố cục nội dung văn bản') },
    fix: 'safe',
    tags: ['bo-cuc'],
    messages: { typed: { vi: 'Bỏ “{{typed}}” gõ tay ở đầu dòng: dvk tự đánh số và thêm gạch đầu dòng.', en: 'Drop the typed “{{typed}}”: dvk numbers the lines and adds the dashes.' } },
    examples: { wrong: 'muc_dich_yeu_cau:\n  tieu_de: I- MỤC ĐÍCH, YÊU CẦU', right: 'muc_dich_yeu_cau:\n  tieu_de: MỤC ĐÍCH, YÊU CẦU' },
  },
  check({ plan, sourceMap, report }) {
    // A document read back keeps its own numbering: the reader takes the numbers it recognises
    // off, and one it leaves in the text (a khoản "1." inside an Điều, unseen 07) is the
    // document's, not a number dvk would print twice.
    if (isReadBack(sourceMap)) return;
    const check = (t: Text | undefined) => {
      if (!t) return;
      const m = TYPED.exec(t.text);
      if (!m) return;
      report({ messageId: 'typed', data: { typed: m[0].trim() }, path: t.path, span: [0, m[0].length], fix: [removal(t.path, t.text, 0, m[0].length)] });
    };
    const walk = (blocks: Block[]): void => {
      for (const b of blocks) {
        if (b.kind === 'paragraph') check(b);
        else if (b.kind === 'bullets') b.items.forEach(check);
        else {
          check(b.title);
          walk(b.content);
        }
      }
    };
    for (const part of plan.parts) {
      check(part.title);
      walk(part.purposes ?? []);
      walk(part.requirements ?? []);
      walk(part.content);
    }
    walk(plan.body);
    for (const a of plan.appendices) walk(a.content);
  },
});

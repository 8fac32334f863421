// Why: dvk prints the dash before each nơi nhận line and the punctuation after it (";" and "."
// in State documents, "," and "." in Party ones: the profile's noi_nhan). Punctuation typed into
// the name doubles or contradicts it: seed 003 "Ban Dân vận Tỉnh uỷ ;", seed 000
// "Đảng ủy ĐHTN." in the middle of the list, seed 002 "Ban Dân vận Tỉnh ủy, (b/c)".
import type { Text } from '../../plan/model.js';
import { hd36, nd30 } from '../helpers/basis.js';
import { removal } from '../helpers/edits.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

export const noiNhanPunctuation = defineRule({
  meta: {
    id: 'noi-nhan-punctuation',
    title: { vi: 'Không gõ gạch đầu dòng, dấu câu trong nơi nhận', en: 'No typed dashes or punctuation in recipients' },
    description: {
      vi: 'Mỗi nơi nhận chỉ ghi tên; dvk tự thêm “- ” ở đầu và dấu câu cuối dòng theo thể thức (Nhà nước “;”, Đảng “,”, dòng cuối “.”). Trong văn bản .txt/.docx, dòng cuối (dòng Lưu) thiếu dấu “.” cũng được báo.',
      en: 'Each recipient is a bare name; dvk adds the “- ” and the line-end punctuation of the format (State “;”, Party “,”, last line “.”). In a .txt/.docx, a last line (the Lưu line) without its “.” is reported too.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.9 (ô 9b, nơi nhận)'), party: hd36('mục nơi nhận (thành phần 9b)') },
    fix: 'safe',
    tags: ['noi-nhan'],
    messages: {
      trailing: {
        vi: 'Thừa “{{mark}}” cuối tên nơi nhận: mỗi dòng kết thúc bằng “{{itemEnd}}”, dòng cuối bằng “{{lastEnd}}”, và dvk tự thêm các dấu này.',
        en: 'Extra “{{mark}}” after the recipient: each line ends with “{{itemEnd}}”, the last with “{{lastEnd}}”, and dvk adds them itself.',
      },
      trailingDoc: {
        vi: 'Dòng nơi nhận kết thúc bằng “{{mark}}”: mỗi dòng kết thúc bằng “{{itemEnd}}”, dòng cuối bằng “{{lastEnd}}”.',
        en: 'The nơi nhận line ends with “{{mark}}”: each line ends with “{{itemEnd}}”, the last with “{{lastEnd}}”.',
      },
      leadingDash: { vi: 'Bỏ “{{mark}}” đầu dòng: dvk tự thêm gạch đầu dòng.', en: 'Drop the typed “{{mark}}”: dvk adds the dash.' },
      leadingDashDoc: { vi: 'Dòng nơi nhận có thêm “{{mark}}” ở đầu: mỗi dòng chỉ bắt đầu bằng một gạch “-”.', en: 'The nơi nhận line has an extra “{{mark}}” at its start: each line begins with one “-” only.' },
      beforePurpose: { vi: 'Bỏ “{{mark}}” trước phần ghi mục đích trong ngoặc.', en: 'Drop “{{mark}}” before the purpose in brackets.' },
    },
    examples: { wrong: 'noi_nhan:\n  gui:\n    - Ban Dân vận Tỉnh uỷ ;\n  luu: VT, VP.', right: 'noi_nhan:\n  gui:\n    - Ban Dân vận Tỉnh uỷ\n  luu: VT, VP' },
  },
  check({ plan, profile, sourceMap, report }) {
    const data = { itemEnd: profile.noi_nhan.ket_muc, lastEnd: profile.noi_nhan.ket_cuoi };
    // A document read back: the reader took off the marks the format asks for, so what is left
    // is a wrong mark on that line, not one dvk would print twice.
    const trailing = isReadBack(sourceMap) ? 'trailingDoc' : 'trailing';
    const check = (t: Text) => {
      const value = t.text;
      const dash = /^\s*[-–+•]\s+/u.exec(value);
      if (dash) report({ messageId: isReadBack(sourceMap) ? 'leadingDashDoc' : 'leadingDash', data: { mark: dash[0].trim() }, path: t.path, span: [0, dash[0].length], fix: [removal(t.path, value, 0, dash[0].length)] });
      const tail = /\s*[,;.:]+\s*$/u.exec(value);
      if (tail && tail.index > 0 && !/\.\.\.$|…$/u.test(value.trimEnd())) {
        report({ messageId: trailing, data: { ...data, mark: tail[0].trim() }, path: t.path, span: [tail.index, value.length], fix: [removal(t.path, value, tail.index, value.length)] });
      }
      const beforeParen = /\s*[,;]\s*(?=\([^)]*\)\s*$)/u.exec(value);
      if (beforeParen) {
        const end = beforeParen.index + beforeParen[0].length;
        report({ messageId: 'beforePurpose', data: { mark: beforeParen[0].trim() }, path: t.path, span: [beforeParen.index, end], fix: [{ path: t.path, from: beforeParen.index, to: end, text: ' ' }] });
      }
    };
    for (const r of plan.recipients.to) {
      check(r.name);
      if (r.purpose) check(r.purpose);
    }
    for (const a of plan.recipients.archive) check(a);
  },
});

// Why: a control character is invisible in Word and on paper, but not harmless. ESC and BEL in a
// value are instructions to a terminal (dvk escapes them in its own output; other tools may not),
// and a bidi control (U+202E RIGHT-TO-LEFT OVERRIDE, the isolates) reorders what is displayed: a
// signer's name or a number can show as something else than what the file holds. None belongs in
// Vietnamese text (TCVN 6909 is the character set of a document). C0, DEL and bidi controls are
// removed by the fix; a C1 character (U+0080–U+009F) is more often a sign of a wrong encoding, so
// it is reported without a fix (see legacy-encoding-mojibake).
import { tcvn6909 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { BIDI_CONTROL, codePoint, TERMINAL_CONTROL } from '../../shared/terminal.js';
import { matchesOf } from '../helpers/match-all.js';

const RUN = new RegExp(`(?:${TERMINAL_CONTROL.source})+`, 'gu');
const C1 = /[\u0080-\u009F]/;

export const controlCharacters = defineRule({
  meta: {
    id: 'control-characters',
    title: { vi: 'Không có ký tự điều khiển ẩn', en: 'No hidden control characters' },
    description: {
      vi: 'Lời văn không chứa ký tự điều khiển (ESC, BEL, DEL, C1) hay ký tự đổi chiều văn bản (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C): chúng không in ra nhưng có thể làm rối màn hình hoặc làm chữ hiện khác nội dung thật.',
      en: 'The text holds no control characters (ESC, BEL, DEL, C1) and no bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C): they do not print, but they can garble a terminal or make text display as something else than what it holds.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: tcvn6909('NĐ 30, Phụ lục I, mục I.1 (bộ mã TCVN 6909:2001)'), party: tcvn6909('HD 36, mục phông chữ (bộ mã TCVN 6909:2001)') },
    fix: 'safe',
    tags: ['ma-chu'],
    messages: {
      control: {
        vi: 'Có ký tự điều khiển ẩn ({{codes}}): không in ra được và có thể làm rối màn hình khi hiển thị; hãy xóa.',
        en: 'Hidden control character(s) ({{codes}}): they do not print and can garble a terminal; remove them.',
      },
      bidi: {
        vi: 'Có ký tự đổi chiều văn bản ẩn ({{codes}}): chữ có thể hiện ra khác với nội dung thật (ví dụ tên người ký); hãy xóa.',
        en: 'Hidden bidi control character(s) ({{codes}}): the text can display as something else than what it holds (a signer’s name, say); remove them.',
      },
      encoding: {
        vi: 'Có ký tự điều khiển C1 ({{codes}}), thường do đọc sai bảng mã: kiểm tra và gõ lại chữ ở đây.',
        en: 'C1 control character(s) ({{codes}}), usually from a wrong encoding: check and retype the text here.',
      },
    },
    examples: { wrong: 'ho_ten: "Nguyễn Văn \\u202EA"', right: 'ho_ten: Nguyễn Văn A' },
  },
  check({ plan, report }) {
    for (const t of planTexts(plan)) {
      TERMINAL_CONTROL.lastIndex = 0;
      if (!TERMINAL_CONTROL.test(t.text)) continue;
      for (const m of matchesOf(RUN, t.text)) {
        const codes = [...new Set([...m[0]].map(codePoint))].join(', ');
        const span: [number, number] = [m.index, m.index + m[0].length];
        if (C1.test(m[0])) report({ messageId: 'encoding', data: { codes }, path: t.path, span });
        else report({ messageId: BIDI_CONTROL.test(m[0]) ? 'bidi' : 'control', data: { codes }, path: t.path, span, fix: [{ path: t.path, from: span[0], to: span[1], text: '' }] });
      }
    }
  },
});

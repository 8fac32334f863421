// Why: dvk prints the archive line from the profile ("Lưu: {luu}" State, "Lưu {luu}" Party), so
// `luu` holds only what is archived. A State archive starts with VT, the records office (NĐ 30,
// Phụ lục I, II.9, ô 9b: "- Lưu: VT, TCCB."); seed 003 has "Lưu : VT." and seed 001 "Lưu: VP-BTG/ĐU."
// in a Party document, where the colon is not used.
import type { Text } from '../../plan/model.js';
import { hd36, nd30 } from '../helpers/basis.js';
import { removal } from '../helpers/edits.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

export const noiNhanLuuForm = defineRule({
  meta: {
    id: 'noi-nhan-luu-form',
    title: { vi: 'Dòng lưu đúng mẫu', en: 'Archive line in the format’s form' },
    description: {
      vi: '`noi_nhan.luu` chỉ ghi nơi lưu (dvk tự in “Lưu:”/“Lưu”); văn bản Nhà nước lưu tại Văn thư trước: “VT, <đơn vị soạn thảo>”.',
      en: '`noi_nhan.luu` holds only where it is archived (dvk prints “Lưu:”/“Lưu”); State documents archive at the records office first: “VT, <drafting unit>”.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.9 (ô 9b)'), party: hd36('mục nơi nhận (dòng cuối “Lưu …”)') },
    fix: 'safe',
    tags: ['noi-nhan'],
    messages: {
      typedLuu: { vi: 'Bỏ “{{typed}}”: dvk tự in “{{form}}”.', en: 'Drop “{{typed}}”: dvk prints “{{form}}”.' },
      typedLuuDoc: { vi: 'Dòng Lưu viết “{{typed}} …”; thể thức viết “{{form}}”.', en: 'The Lưu line reads “{{typed}} …”; the format writes “{{form}}”.' },
      noUnit: {
        vi: 'Dòng lưu có Văn thư nhưng thiếu đơn vị soạn thảo: viết “VT, <đơn vị>” (mẫu “- Lưu: VT, TCCB.”).',
        en: 'The archive line has the records office but no drafting unit: write “VT, <unit>” (model “- Lưu: VT, TCCB.”).',
      },
      vtFirst: {
        vi: 'Văn bản Nhà nước lưu tại Văn thư trước: viết “VT, {{value}}” (mẫu “- Lưu: VT, TCCB.”).',
        en: 'State documents are archived at the records office first: write “VT, {{value}}” (model “- Lưu: VT, TCCB.”).',
      },
    },
    examples: { wrong: 'noi_nhan:\n  luu: "Lưu: VP"', right: 'noi_nhan:\n  luu: VT, VP' },
  },
  check({ plan, profile, sourceMap, report }) {
    const archive = plan.recipients.archive;
    const typedLuu = isReadBack(sourceMap) ? 'typedLuuDoc' : 'typedLuu';
    const form = profile.noi_nhan.mau_luu.replace('{luu}', '…');
    const bare = (t: Text): string => {
      const typed = /^\s*[-–]?\s*Lưu\s*:?\s*/u.exec(t.text);
      if (typed && typed[0].trim() !== '' && typed[0].length < t.text.length) {
        report({ messageId: typedLuu, data: { typed: typed[0].trim(), form }, path: t.path, span: [0, typed[0].length], fix: [removal(t.path, t.text, 0, typed[0].length)] });
        return t.text.slice(typed[0].length);
      }
      return t.text;
    };
    const values = archive.map(bare);
    if (plan.system !== 'state' || archive.length === 0) return;
    const first = values[0]!.trim();
    if (!/^VT\b/u.test(first)) report({ messageId: 'vtFirst', data: { value: first.replace(/[.;,]+$/u, '') }, path: archive[0]!.path });
    else if (values.join(',').replace(/[\s.;,]+/gu, '') === 'VT') report({ messageId: 'noUnit', path: archive[archive.length - 1]!.path, severity: 'warning' });
  },
});

// Why: the archive line ("Lưu: VT, VP." / "Lưu VPHU.") is always the last line of nơi nhận,
// and there is one. dvk prints `noi_nhan.luu` last; a "Lưu …" typed among the recipients
// (often "- Lưu: VT" that YAML read as a key) would be printed in the middle as a recipient.
import { hd36, nd30 } from '../helpers/basis.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

export const noiNhanLuuLast = defineRule({
  meta: {
    id: 'noi-nhan-luu-last',
    title: { vi: 'Dòng “Lưu” ở cuối và chỉ một lần', en: 'One archive line, last' },
    description: {
      vi: 'Dòng lưu ghi ở `noi_nhan.luu` (dvk in ở cuối nơi nhận), không ghi trong danh sách `gui`.',
      en: 'The archive line goes in `noi_nhan.luu` (printed last), not in the `gui` list.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.9 (ô 9b, dòng cuối “Lưu: VT, …”)'), party: hd36('mục nơi nhận (dòng cuối “Lưu …”)') },
    fix: 'none',
    tags: ['noi-nhan'],
    messages: {
      luuInList: {
        vi: '“{{value}}” là dòng lưu: chuyển sang `noi_nhan.luu` (dvk in dòng lưu ở cuối nơi nhận).',
        en: '“{{value}}” is the archive line: move it to `noi_nhan.luu` (dvk prints it last).',
      },
      luuInListDoc: {
        vi: '“{{value}}” là dòng Lưu: dòng Lưu là dòng cuối của nơi nhận.',
        en: '“{{value}}” is the Lưu line: the Lưu line is the last of the nơi nhận.',
      },
    },
    examples: { wrong: 'noi_nhan:\n  gui:\n    - Ban Dân vận Tỉnh ủy\n    - "Lưu: VT"\n  luu: VP', right: 'noi_nhan:\n  gui:\n    - Ban Dân vận Tỉnh ủy\n  luu: VT, VP' },
  },
  check({ plan, sourceMap, report }) {
    for (const r of plan.recipients.to) {
      if (/^\s*[-–]?\s*Lưu\b(?:\s*:|\s+\p{Lu}|\s*$)/u.test(r.name.text)) {
        report({ messageId: isReadBack(sourceMap) ? 'luuInListDoc' : 'luuInList', data: { value: r.name.text.trim() }, path: r.name.path });
      }
    }
  },
});

// Why: long distribution lists grow by copy and paste; seed 004 sends to "Các thành viên Ban
// Chỉ đạo của tỉnh" and again to "Các thành viên BCĐ của tỉnh", and to "Các huyện ủy, thành ủy,
// ĐU trực thuộc TU" and "các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy". Names are compared
// after expanding the usual abbreviations (helpers/recipients.ts; organisations add theirs in
// dvk.config.yaml `cai_dat.viet_tat`).
import { hd36, nd30 } from '../helpers/basis.js';
import { recipientKey } from '../helpers/recipients.js';
import { defineRule } from '../rule.js';

export const noiNhanDuplicate = defineRule({
  meta: {
    id: 'noi-nhan-duplicate',
    title: { vi: 'Không gửi trùng một nơi nhận', en: 'No duplicate recipients' },
    description: {
      vi: 'Hai dòng nơi nhận không được chỉ cùng một nơi sau khi chuẩn hóa (chữ hoa/thường, ủy/uỷ, “các”, chữ viết tắt như BCĐ = Ban Chỉ đạo, ĐU = Đảng ủy, TU = Tỉnh ủy).',
      en: 'No two recipients name the same body after normalising (case, ủy/uỷ, “các”, abbreviations such as BCĐ = Ban Chỉ đạo, ĐU = Đảng ủy, TU = Tỉnh ủy).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.9 (ô 9b, nơi nhận)'), party: hd36('mục nơi nhận (thành phần 9b)') },
    fix: 'none',
    tags: ['noi-nhan'],
    messages: {
      duplicate: {
        vi: '“{{value}}” trùng với nơi nhận thứ {{index}} “{{first}}”: giữ một dòng.',
        en: '“{{value}}” is the same recipient as line {{index}} “{{first}}”: keep one.',
      },
    },
    examples: {
      wrong: 'noi_nhan:\n  gui:\n    - Các thành viên Ban Chỉ đạo của tỉnh\n    - Các thành viên BCĐ của tỉnh',
      right: 'noi_nhan:\n  gui:\n    - Các thành viên Ban Chỉ đạo của tỉnh',
    },
  },
  check({ plan, settings, report }) {
    const extra = typeof settings.viet_tat === 'object' && settings.viet_tat !== null && !Array.isArray(settings.viet_tat) ? (settings.viet_tat as Record<string, string>) : {};
    const seen = new Map<string, { index: number; text: string }>();
    plan.recipients.to.forEach((r, i) => {
      const key = recipientKey(r.name.text, extra);
      const first = seen.get(key);
      if (first) report({ messageId: 'duplicate', data: { value: r.name.text.trim(), index: first.index, first: first.text.trim() }, path: r.name.path });
      else seen.set(key, { index: i + 1, text: r.name.text });
    });
  },
});

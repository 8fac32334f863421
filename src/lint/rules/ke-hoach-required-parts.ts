// Why: a kế hoạch says why (mục đích, yêu cầu), what (nội dung) and who does it (tổ chức thực
// hiện); the-thuc.md §6 (practice of the seeds and published plans). The schema requires the
// keys; this rule checks they are not left empty.
import type { Block, Part } from '../../plan/model.js';
import { docTypeOf } from '../../plan/doc-types.js';
import { hd36, nd30 } from '../helpers/basis.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

const REQUIRED: Part['key'][] = ['muc_dich_yeu_cau', 'noi_dung', 'to_chuc_thuc_hien'];
const NAMES: Record<string, string> = { muc_dich_yeu_cau: 'Mục đích, yêu cầu', noi_dung: 'Nội dung', to_chuc_thuc_hien: 'Tổ chức thực hiện' };

function hasText(blocks: Block[] | undefined): boolean {
  return (blocks ?? []).some((b) =>
    b.kind === 'paragraph' ? b.text.trim() !== '' : b.kind === 'bullets' ? b.items.some((i) => i.text.trim() !== '') : Boolean(b.title?.text.trim()) || hasText(b.content),
  );
}

export const keHoachRequiredParts = defineRule({
  meta: {
    id: 'ke-hoach-required-parts',
    title: { vi: 'Kế hoạch đủ các phần chính', en: 'A plan has its main parts' },
    description: {
      vi: 'Kế hoạch có đủ và không để trống các phần: Mục đích, yêu cầu; Nội dung; Tổ chức thực hiện.',
      en: 'A kế hoạch has, and does not leave empty, its parts: purpose and requirements; content; implementation.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Điều 8 k.2 điểm e; thực tế bố cục kế hoạch'), party: hd36('thực tế bố cục kế hoạch') },
    fix: 'none',
    tags: ['bo-cuc', 'loai-van-ban'],
    messages: {
      missing: { vi: 'Kế hoạch thiếu phần “{{part}}” (khóa `{{key}}`).', en: 'The plan has no “{{part}}” part (key `{{key}}`).' },
      missingDoc: { vi: 'Kế hoạch thiếu phần “{{part}}”.', en: 'The plan has no “{{part}}” part.' },
      empty: { vi: 'Phần “{{part}}” đang để trống.', en: 'The “{{part}}” part is empty.' },
    },
    examples: { wrong: 'loai: ke_hoach\nto_chuc_thuc_hien: []', right: 'loai: ke_hoach\nto_chuc_thuc_hien:\n  - Văn phòng Sở theo dõi, đôn đốc thực hiện.' },
  },
  check({ plan, sourceMap, report }) {
    if (docTypeOf(plan.docType).body !== 'parts') return;
    for (const key of REQUIRED) {
      const part = plan.parts.find((p) => p.key === key);
      if (!part) report({ messageId: isReadBack(sourceMap) ? 'missingDoc' : 'missing', data: { part: NAMES[key]!, key }, path: [] });
      else if (!hasText(part.content) && !hasText(part.purposes) && !hasText(part.requirements)) {
        report({ messageId: 'empty', data: { part: NAMES[key]! }, path: part.path, onKey: true });
      }
    }
  },
});

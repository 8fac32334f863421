// Why: from 01/7/2025 local government has two tiers: districts, and with them Huyện ủy, UBND
// huyện and the "HU" symbol, no longer exist (the-thuc.md §0.4). A plan dated after that which
// still names them was probably copied from an older one. Warning: the list of units changes.
import { hd36, nd30 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

const ABOLISHED = /(?<![\p{L}])(?:Huyện (?:ủy|uỷ)|Quận (?:ủy|uỷ)|Thị (?:ủy|uỷ)|(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân) (?:huyện|quận|thị xã)|\/HU\b)/giu;
const REFORM_DATE = '2025-07-01';

export const post2025AdminUnits = defineRule({
  meta: {
    id: 'post-2025-admin-units',
    title: { vi: 'Không nêu đơn vị cấp huyện đã giải thể', en: 'No abolished district-level units' },
    description: {
      vi: 'Văn bản ban hành từ 01/7/2025 không nêu Huyện ủy, UBND huyện… (chính quyền địa phương hai cấp).',
      en: 'Documents issued from 01/7/2025 do not name Huyện ủy, UBND huyện… (two-tier local government).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: {
      state: { source: 'Luật Tổ chức chính quyền địa phương (sửa đổi 2025)', where: 'chính quyền địa phương hai cấp từ 01/7/2025' },
      party: { source: 'chủ trương sắp xếp tổ chức bộ máy 2025', where: 'đảng bộ cấp huyện kết thúc hoạt động từ 01/7/2025' },
    },
    fix: 'none',
    tags: ['the-thuc'],
    messages: { abolished: { vi: '“{{name}}” không còn từ 01/7/2025; văn bản ngày {{date}} nên nêu đơn vị hiện hành.', en: '“{{name}}” no longer exists from 01/7/2025; a document dated {{date}} should name a current unit.' } },
    examples: { wrong: 'ngay: 2025-09-01\nnoi_nhan:\n  gui:\n    - Thường trực Huyện ủy', right: 'ngay: 2025-09-01\nnoi_nhan:\n  gui:\n    - Thường trực Đảng ủy xã' },
  },
  check({ plan, report }) {
    if (!plan.issueDate || plan.issueDate.iso < REFORM_DATE) return;
    for (const t of planTexts(plan)) {
      for (const m of matchesOf(ABOLISHED, t.text)) {
        report({ messageId: 'abolished', data: { name: m[0], date: plan.issueDate.iso }, path: t.path, span: [m.index, m.index + m[0].length] });
      }
    }
  },
});

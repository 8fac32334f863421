// Why: some names have one fixed capitalisation (NĐ 30, Phụ lục II, IV.1.b and V.1): "Ban Chấp
// hành Trung ương Đảng", "Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân", "Nhân dân" (the people).
// Seed 003 writes "Ban chấp hành trung ương Đảng" and "Ban thường vụ tỉnh uỷ". Names are
// content, so the fix is a suggestion.
import { hd36, nd30 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

/** Pattern (any case) → the fixed form; the ủy/uỷ the clerk wrote is kept. */
const CANONICAL: [RegExp, string][] = [
  [/ban chấp hành trung ương/giu, 'Ban Chấp hành Trung ương'],
  [/ban thường vụ (tỉnh|thành|huyện|quận|đảng) (ủy|uỷ)/giu, 'Ban Thường vụ $1 $2'],
  [/bộ chính trị/giu, 'Bộ Chính trị'],
  [/ban bí thư/giu, 'Ban Bí thư'],
  [/(?<=\bBan )chỉ đạo/gu, 'Chỉ đạo'],
  [/mặt trận tổ quốc việt nam/giu, 'Mặt trận Tổ quốc Việt Nam'],
  // "Ủy Ban nhân dân", "Ủy ban Nhân dân": a capital inside the organ's name (IN HOA headers are left alone).
  [/(?<![\p{L}])([ỦU][ỷy]) (?:Ban nhân dân|ban Nhân dân|Ban Nhân dân|Ban Nhân Dân|ban Nhân Dân)(?![\p{L}])/gu, '$1 ban nhân dân'],
];

/**
 * "Nhân dân" meaning the people is written with a capital in current Party and State practice
 * (the-thuc.md §9 rule 34); "Ủy ban nhân dân", "quân đội nhân dân" are not the people. Only the
 * unambiguous contexts are checked, and only as info: the rule's source is not primary-confirmed.
 */
const THE_PEOPLE = /(?<=(?:của|cho|với|tầng lớp|toàn thể|vận động|phục vụ|đến với|giúp đỡ|gần gũi|lắng nghe) )nhân dân(?![\p{L}])/gu;

export const canonicalOrganCase = defineRule({
  meta: {
    id: 'canonical-organ-case',
    title: { vi: 'Viết hoa đúng tên cơ quan, tổ chức', en: 'Fixed capitalisation of organ names' },
    description: {
      vi: 'Một số tên có cách viết hoa cố định: Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy, Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo, Mặt trận Tổ quốc Việt Nam; “Nhân dân” (chỉ nhân dân nói chung) là gợi ý.',
      en: 'Some names have a fixed capitalisation: Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy, Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo, Mặt trận Tổ quốc Việt Nam; “Nhân dân” (the people) is an info.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục II, mục IV.1.b và V.1'), party: hd36('thực tế theo NĐ 30, Phụ lục II') },
    fix: 'suggestion',
    tags: ['viet-hoa'],
    messages: {
      wrongCase: { vi: 'Viết hoa đúng: “{{expected}}” (không phải “{{written}}”).', en: 'Capitalise as “{{expected}}” (not “{{written}}”).' },
      useCanonical: { vi: 'Sửa thành “{{expected}}”', en: 'Change to “{{expected}}”' },
    },
    examples: { wrong: 'mo_dau: … của Ban chấp hành trung ương Đảng (khóa XI) …', right: 'mo_dau: … của Ban Chấp hành Trung ương Đảng (khóa XI) …' },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      // Quick exact pre-check before the look-behind scan: few texts say "nhân dân" at all.
      if (t.text.includes('nhân dân')) for (const m of t.text.matchAll(THE_PEOPLE)) {
        const expected = 'Nhân dân';
        report({
          messageId: 'wrongCase',
          data: { expected, written: m[0] },
          path: t.path,
          span: [m.index, m.index + m[0].length],
          severity: 'info',
          suggestions: [{ messageId: 'useCanonical', data: { expected }, fix: [{ path: t.path, from: m.index, to: m.index + m[0].length, text: expected }] }],
        });
      }
      for (const [pattern, form] of CANONICAL) {
        for (const m of t.text.matchAll(pattern)) {
          const expected = m[0].replace(new RegExp(pattern.source, pattern.flags.replace('g', '')), form).replace(/(\s)(tỉnh|thành|huyện|quận|đảng)(\s)/iu, (_, a: string, w: string, b: string) => `${a}${w[0]!.toLocaleUpperCase('vi')}${w.slice(1).toLowerCase()}${b}`);
          if (expected === m[0]) continue;
          report({
            messageId: 'wrongCase',
            data: { expected, written: m[0] },
            path: t.path,
            span: [m.index, m.index + m[0].length],
            suggestions: [{ messageId: 'useCanonical', data: { expected }, fix: [{ path: t.path, from: m.index, to: m.index + m[0].length, text: expected }] }],
          });
        }
      }
    }
  },
});

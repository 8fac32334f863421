// Why: some names have one fixed capitalisation (NĐ 30, Phụ lục II, IV.1.b and V.1): "Ban Chấp
// hành Trung ương Đảng", "Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân" (TT 01/2011/TT-BNV, Phụ lục VI
// before 05/3/2020; State documents older than TT 01 had no capitalisation appendix: the rule
// applies to them from TT 01; Party documents have always written their organs so). "Nhân dân"
// and "Nhà nước" came with NĐ 30 only: rule nhan-dan-nha-nuoc.
// Seed 003 writes "Ban chấp hành trung ương Đảng" and "Ban thường vụ tỉnh uỷ". Names are
// content, so the fix is a suggestion.
import { hd36, nd30, tt01 } from '../helpers/basis.js';
import { lowerCase } from '../helpers/ignore-case.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** Pattern (any case) → the fixed form; the ủy/uỷ the clerk wrote is kept. */
/**
 * Pattern, canonical form, and a quick test every match needs (one of the literals the text holds,
 * in lower case for the /i patterns), so that most texts skip the patterns; `single` is the pattern without
 * /g, for the replacement (built once, not per match).
 */
const CANONICAL: { pattern: RegExp; form: string; needs: readonly string[]; inLower: boolean; single: RegExp }[] = (
  [
    [/ban chấp hành trung ương/giu, 'Ban Chấp hành Trung ương', 'ban chấp hành trung ương'],
    [/ban thường vụ (tỉnh|thành|huyện|quận|đảng) (ủy|uỷ)/giu, 'Ban Thường vụ $1 $2', 'ban thường vụ '],
    [/bộ chính trị/giu, 'Bộ Chính trị', 'bộ chính trị'],
    [/ban bí thư/giu, 'Ban Bí thư', 'ban bí thư'],
    [/(?<=\bBan )chỉ đạo/gu, 'Chỉ đạo', 'Ban chỉ đạo'],
    [/mặt trận tổ quốc việt nam/giu, 'Mặt trận Tổ quốc Việt Nam', 'mặt trận tổ quốc việt nam'],
    // "Ủy Ban nhân dân", "Ủy ban Nhân dân": a capital inside the organ's name (IN HOA headers are left alone).
    [/(?<![\p{L}])([ỦU][ỷy]) (?:Ban nhân dân|ban Nhân dân|Ban Nhân dân|Ban Nhân Dân|ban Nhân Dân)(?![\p{L}])/gu, '$1 ban nhân dân', 'Ban nhân dân', 'an Nhân'],
  ] as const
).map(([pattern, form, ...needs]) => ({ pattern, form, needs, inLower: pattern.flags.includes('i'), single: new RegExp(pattern.source, pattern.flags.replace('g', '')) }));

export const canonicalOrganCase = defineRule({
  meta: {
    id: 'canonical-organ-case',
    title: { vi: 'Viết hoa đúng tên cơ quan, tổ chức', en: 'Fixed capitalisation of organ names' },
    description: {
      vi: 'Một số tên có cách viết hoa cố định: Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy, Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo, Mặt trận Tổ quốc Việt Nam (“Nhân dân”, “Nhà nước”: quy tắc nhan-dan-nha-nuoc).',
      en: 'Some names have a fixed capitalisation: Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy, Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo, Mặt trận Tổ quốc Việt Nam (“Nhân dân”, “Nhà nước”: rule nhan-dan-nha-nuoc).',
    },
    systems: ['state', 'party'],
    appliesFrom: { state: 'TT 01/2011/TT-BNV' },
    severity: 'warning',
    basis: { state: nd30('Phụ lục II, mục IV.1.b'), 'TT 01/2011/TT-BNV': tt01('Phụ lục VI (viết hoa trong văn bản hành chính)'), party: hd36('thực tế theo NĐ 30, Phụ lục II') },
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
      const lower = lowerCase(t.text);
      for (const { pattern, form, needs, inLower, single } of CANONICAL) {
        const text = inLower ? lower : t.text;
        if (!needs.some((literal) => text.includes(literal))) continue;
        for (const m of matchesOf(pattern, t.text)) {
          const expected = m[0].replace(single, form).replace(/(\s)(tỉnh|thành|huyện|quận|đảng)(\s)/iu, (_, a: string, w: string, b: string) => `${a}${w[0]!.toLocaleUpperCase('vi')}${w.slice(1).toLowerCase()}${b}`);
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

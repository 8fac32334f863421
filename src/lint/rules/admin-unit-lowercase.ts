// Why: an administrative unit named by a generic noun and a proper name writes the generic noun in
// lower case and capitalises the name: "tỉnh Nam Định", "thành phố Thái Nguyên", "xã Đắk Wil",
// also inside an organ's name ("Ủy ban nhân dân tỉnh Nam Định") (NĐ 30, Phụ lục II, mục II.3;
// TT 01/2011/TT-BNV, Phụ lục VI, the same). Drafters write "UBND Thành phố Hải Phòng", "địa bàn
// Xã Đắk Wil", "Đảng bộ Thành phố Hà Nội". Narrow on purpose: only a capitalised generic noun
// after another word (not at a sentence start) and before a capitalised name is judged; the
// decree's own exceptions keep their capital — "Thành phố Hồ Chí Minh", a unit named by a number
// ("Quận 1", "Phường 12") — and so do the organs whose names start with these words ("Tỉnh ủy",
// "Thành Đoàn", "Huyện Đoàn").
import { hd36, nd30, tt01 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

// Case-sensitive on purpose: the generic noun is reported only when it is written with a capital.
const UNIT = /(?<=[\p{L}\p{M}\d][^\S\n]+)(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường)[^\S\n]+(\p{Lu}[\p{Ll}\p{M}]*(?:[^\S\n]+\p{Lu}[\p{Ll}\p{M}]*)*)/gu;
/** Capitalised words after the generic noun that make an organ's name, not a place's. */
const ORGAN_NEXT = new Set(['Đoàn', 'Ủy', 'Uỷ', 'Hội', 'Đội', 'Đảng']);

export const adminUnitLowercase = defineRule({
  meta: {
    id: 'admin-unit-lowercase',
    title: { vi: 'Danh từ chung của đơn vị hành chính viết thường', en: 'The generic noun of an administrative unit in lower case' },
    description: {
      vi: 'Tên đơn vị hành chính gồm danh từ chung và tên riêng: danh từ chung (tỉnh, thành phố, huyện, quận, thị xã, thị trấn, xã, phường) viết thường, tên riêng viết hoa — “thành phố Hải Phòng”, “xã Đắk Wil”, “Ủy ban nhân dân tỉnh Nam Định”. Giữ chữ hoa: “Thành phố Hồ Chí Minh”, đơn vị đặt tên bằng số (“Quận 1”), đầu câu.',
      en: 'An administrative unit named by a generic noun and a proper name writes the generic noun (tỉnh, thành phố, huyện, quận, thị xã, thị trấn, xã, phường) in lower case: “thành phố Hải Phòng”, “xã Đắk Wil”, “Ủy ban nhân dân tỉnh Nam Định”. Kept capitalised: “Thành phố Hồ Chí Minh”, units named by a number (“Quận 1”), a sentence start.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    // Party documents follow the State appendix in practice: not before it existed either.
    appliesFrom: { state: 'TT 01/2011/TT-BNV', party: 'TT 01/2011/TT-BNV' },
    basis: { state: nd30('Phụ lục II, mục II.3 (tên địa lý: đơn vị hành chính)'), 'TT 01/2011/TT-BNV': tt01('Phụ lục VI (viết hoa tên địa lý)'), party: hd36('viết hoa theo NĐ 30/2020/NĐ-CP, Phụ lục II, mục II.3; trước 05/3/2020: TT 01/2011/TT-BNV, Phụ lục VI') },
    fix: 'none',
    tags: ['viet-hoa'],
    messages: {
      capitalUnit: { vi: '“{{written}}”: danh từ chung của đơn vị hành chính viết thường, “{{right}}”.', en: '“{{written}}”: the generic noun of an administrative unit is in lower case, “{{right}}”.' },
    },
    examples: { wrong: 'mo_dau: Căn cứ Quyết định số 3348/QĐ-UBND ngày 19/8/2025 của UBND Thành phố Hải Phòng …', right: 'mo_dau: Căn cứ Quyết định số 3348/QĐ-UBND ngày 19/8/2025 của UBND thành phố Hải Phòng …' },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      for (const m of t.text.matchAll(UNIT)) {
        const [unit, name] = [m[1]!, m[2]!];
        if (ORGAN_NEXT.has(name.split(/\s+/u)[0]!)) continue;
        if (unit === 'Thành phố' && /^Hồ\s+Chí\s+Minh$/u.test(name)) continue;
        const written = `${unit} ${name}`;
        report({ messageId: 'capitalUnit', data: { written, right: `${unit.toLocaleLowerCase('vi')} ${name}` }, path: t.path, span: [m.index, m.index + unit.length] });
      }
    }
  },
});

// Why: NĐ 30, Phụ lục II, mục V.5 writes the names of holidays and anniversaries with the first
// letter of the name capitalised and "ngày" in lower case ("ngày Quốc khánh 2-9", "ngày Phụ nữ
// Việt Nam 20-10"), and the festivals as "tết Nguyên đán", "tết Trung thu", with "Tết" alone
// standing for tết Nguyên đán (Phụ lục II, mục V.8; TT 01/2011/TT-BNV, Phụ lục VI, said the
// same). Where practice disagrees (a capital "Tết Nguyên đán" mid-sentence), the decree is
// followed and cited. A name is also spelled one way throughout the document. Names whose later
// words' case dvk is not sure of are checked for their first letter and their consistency only.
import { hd36, nd30, tt01 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { toneMarkUses } from '../helpers/vietnamese.js';
import { ignoreCasePattern, matchAllIgnoringCase } from '../helpers/ignore-case.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** Names whose whole form is the decree's (or follows its model with a proper name inside). */
const EXACT = [
  'Quốc khánh', 'Phụ nữ Việt Nam', 'Nhà giáo Việt Nam', 'Thầy thuốc Việt Nam', 'Doanh nhân Việt Nam', 'Gia đình Việt Nam',
  'Pháp luật Việt Nam', 'Quốc tế Lao động', 'Quốc tế Phụ nữ', 'Quốc tế Thiếu nhi', 'Người cao tuổi Việt Nam', 'Dân số Việt Nam',
  'Thể thao Việt Nam', 'Chuyển đổi số quốc gia', 'Biên phòng toàn dân', 'Quốc phòng toàn dân',
];
/** Names checked for the capital of their first letter and for one spelling throughout. */
const FIRST_LETTER = [
  'Giải phóng miền Nam', 'Thành lập Quân đội nhân dân Việt Nam', 'Thành lập Đảng Cộng sản Việt Nam', 'Báo chí Cách mạng Việt Nam',
  'Khoa học và Công nghệ Việt Nam', 'Sách và Văn hóa đọc Việt Nam', 'Di sản văn hóa Việt Nam', 'Văn hóa các dân tộc Việt Nam',
  'Chiến thắng Điện Biên Phủ', 'Thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Môi trường thế giới', 'Sức khỏe thế giới',
  'Thương binh - Liệt sĩ', 'Thương binh, Liệt sĩ', 'Toàn dân phòng cháy và chữa cháy', 'Quốc tế Người cao tuổi', 'Đại đoàn kết toàn dân tộc',
];
/** Festivals written "tết <Name>" (lower-case tết). */
const FESTIVALS = ['Nguyên đán', 'Trung thu', 'Đoan ngọ', 'Hàn thực', 'Thanh minh', 'Nguyên tiêu', 'Dương lịch'];

const NAMES = [...EXACT.map((name) => ({ name, exact: true })), ...FIRST_LETTER.map((name) => ({ name, exact: false }))].sort((a, b) => b.name.length - a.name.length);
const flexible = (name: string) => name.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[^\\S\\n]+');
/** "ngày <name>" in any case; the name's tone placement may be old or new (hoá/hóa). */
const NAMED_DAY = ignoreCasePattern(`(?<![\\p{L}])ngày[^\\S\\n]+(?:hội[^\\S\\n]+)?(${NAMES.map((n) => flexible(n.name.toLowerCase())).join('|')})(?![\\p{L}])`);
const FESTIVAL = ignoreCasePattern(`(?<![\\p{L}])(tết)[^\\S\\n]+(${FESTIVALS.map((f) => flexible(f.toLowerCase())).join('|')})(?![\\p{L}])`);
/** "tết" alone standing for tết Nguyên đán ("vui xuân đón tết"); "lễ, tết" (holidays in general) is a common noun. */
const LONE_TET = /(?<![\p{L}]|lễ,?[^\S\n]+)tết(?![^\S\n]+\p{Lu})(?![\p{L}])/gu;

/**
 * A weekday in words, certainly a weekday because a date follows ("thứ hai, 26 tháng 11",
 * "thứ sáu (ngày 05/3/2024)", "thứ ba ngày 05/3"): NĐ 30, Phụ lục II, mục V.8 writes "thứ Hai".
 * "lần thứ hai", "thứ ba là" are ordinals and are never followed by a date.
 */
const WEEKDAY = /(?<![\p{L}])thứ[^\S\n]+(hai|ba|tư|năm|sáu|bảy)(?=[^\S\n]*[,(]?[^\S\n]*(?:ngày[^\S\n]+)?\d{1,2}(?:[^\S\n]+tháng|\/\d))/gu;

/** New tone placement, for comparing two spellings of a name. */
function toneNormal(text: string): string {
  let out = text;
  for (const use of toneMarkUses(text).reverse()) if (use.style === 'old') out = out.slice(0, use.index) + use.other + out.slice(use.index + 2);
  return out.replace(/\s+/gu, ' ');
}

const atSentenceStart = (text: string, from: number): boolean => /(?:^|[.!?:;(“"\n]|^[-+•]|\n[-+•])[^\S\n]*$/u.test(text.slice(0, from));

export const namedDays = defineRule({
  meta: {
    id: 'named-days',
    title: { vi: 'Tên ngày lễ, ngày kỷ niệm, ngày tết', en: 'Names of holidays, anniversaries and festivals' },
    description: {
      vi: 'Tên ngày lễ, ngày kỷ niệm viết hoa chữ cái đầu của tên, “ngày” viết thường (“ngày Quốc khánh 2-9”, “ngày Phụ nữ Việt Nam 20-10”); tết viết “tết Nguyên đán”, “tết Trung thu”, còn “Tết” đứng một mình (chỉ tết Nguyên đán) viết hoa; tên thứ trong tuần viết “thứ Hai”; mỗi tên viết một cách trong cả văn bản. Danh sách khoảng 40 tên; tên nào dvk chưa chắc cách viết các chữ sau thì chỉ xét chữ đầu và sự thống nhất.',
      en: 'A holiday or anniversary name starts with a capital and “ngày” stays lower case (“ngày Quốc khánh 2-9”, “ngày Phụ nữ Việt Nam 20-10”); festivals are “tết Nguyên đán”, “tết Trung thu”, and “Tết” alone (tết Nguyên đán) takes a capital; weekdays are “thứ Hai”; each name is spelled one way throughout. About 40 names; where dvk is not sure of the later words, only the first letter and consistency are checked.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    // Party documents follow the State appendix in practice: not before it existed either.
    appliesFrom: { state: 'TT 01/2011/TT-BNV', party: 'TT 01/2011/TT-BNV' },
    basis: { state: nd30('Phụ lục II, mục V.5 (ngày lễ, ngày kỷ niệm) và V.8 (tết)'), 'TT 01/2011/TT-BNV': tt01('Phụ lục VI (viết hoa trong văn bản hành chính)'), party: hd36('viết hoa theo NĐ 30/2020/NĐ-CP, Phụ lục II, mục V.5, V.8; trước 05/3/2020: TT 01/2011/TT-BNV, Phụ lục VI') },
    fix: 'none',
    tags: ['viet-hoa'],
    messages: {
      name: { vi: 'Tên ngày “{{written}}” viết là “{{right}}” (NĐ 30 viết “ngày Quốc khánh 2-9”, “ngày Phụ nữ Việt Nam 20-10”).', en: 'The name “{{written}}” is written “{{right}}” (NĐ 30 writes “ngày Quốc khánh 2-9”, “ngày Phụ nữ Việt Nam 20-10”).' },
      firstLetter: { vi: 'Tên ngày “{{written}}” viết hoa chữ cái đầu: “{{right}}”.', en: 'The name “{{written}}” starts with a capital: “{{right}}”.' },
      inconsistent: { vi: 'Tên ngày “{{written}}” viết khác với “{{other}}” ở nơi khác trong văn bản.', en: 'The name “{{written}}” is spelled differently from “{{other}}” elsewhere in the document.' },
      festival: { vi: 'Giữa câu viết “tết {{name}}” (chữ “tết” viết thường), không viết “{{written}}”.', en: 'Mid-sentence write “tết {{name}}” (lower-case “tết”), not “{{written}}”.' },
      weekday: { vi: 'Tên thứ trong tuần viết hoa: “thứ {{right}}”.', en: 'A weekday name takes a capital: “thứ {{right}}”.' },
      loneTet: { vi: '“Tết” đứng một mình (chỉ tết Nguyên đán) viết hoa: “Tết”.', en: '“Tết” standing alone (for tết Nguyên đán) takes a capital: “Tết”.' },
    },
    examples: {
      wrong: 'mo_dau: Nhân dịp ngày quốc khánh 2-9 và Tết Nguyên đán, các đơn vị vui xuân đón tết …',
      right: 'mo_dau: Nhân dịp ngày Quốc khánh 2-9 và tết Nguyên đán, các đơn vị vui xuân đón Tết …',
    },
  },
  check({ plan, report }) {
    const seen = new Map<string, { written: string; normal: string }[]>();
    const found: { path: (string | number)[]; from: number; to: number; name: string; written: string; normal: string }[] = [];
    for (const t of proseTexts(plan)) {
      const text = t.text;
      for (const m of matchesOf(WEEKDAY, text)) {
        const day = m[1]!;
        const from = m.index + m[0].length - day.length;
        report({ messageId: 'weekday', data: { right: day[0]!.toLocaleUpperCase('vi') + day.slice(1) }, path: t.path, span: [from, from + day.length] });
      }
      if (!/ngày|tết/iu.test(text)) continue;
      for (const m of matchAllIgnoringCase(text, NAMED_DAY)) {
        const written = m[1]!;
        const from = m.index + m[0].length - written.length;
        const to = from + written.length;
        const entry = NAMES.find((n) => toneNormal(n.name).toLocaleLowerCase('vi') === toneNormal(written).toLocaleLowerCase('vi'))!;
        const normal = toneNormal(written);
        if (entry.exact && normal !== toneNormal(entry.name)) {
          report({ messageId: 'name', data: { written, right: entry.name }, path: t.path, span: [from, to] });
          continue;
        }
        if (!entry.exact && !/^\p{Lu}/u.test(written)) {
          report({ messageId: 'firstLetter', data: { written, right: written[0]!.toLocaleUpperCase('vi') + written.slice(1) }, path: t.path, span: [from, to] });
          continue;
        }
        found.push({ path: t.path, from, to, name: entry.name, written, normal });
        seen.set(entry.name, [...(seen.get(entry.name) ?? []), { written, normal }]);
      }
      for (const m of matchAllIgnoringCase(text, FESTIVAL)) {
        const [written, tet, name] = [m[0], m[1]!, m[2]!];
        const right = FESTIVALS.find((f) => f.toLocaleLowerCase('vi') === toneNormal(name).toLocaleLowerCase('vi'))!;
        const wrongTet = tet === 'Tết' && !atSentenceStart(text, m.index);
        if (wrongTet || toneNormal(name) !== toneNormal(right)) report({ messageId: 'festival', data: { name: right, written }, path: t.path, span: [m.index, m.index + written.length] });
      }
      for (const m of matchesOf(LONE_TET, text)) report({ messageId: 'loneTet', path: t.path, span: [m.index, m.index + 3], severity: 'info' });
    }
    // One spelling per name: the forms other than the most used one.
    for (const f of found) {
      const forms = seen.get(f.name)!;
      const counts = new Map<string, number>();
      for (const x of forms) counts.set(x.normal, (counts.get(x.normal) ?? 0) + 1);
      if (counts.size < 2) continue;
      const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      if (f.normal !== usual) report({ messageId: 'inconsistent', data: { written: f.written, other: forms.find((x) => x.normal === usual)!.written }, path: f.path, span: [f.from, f.to] });
    }
  },
});

// Why: a specific document named by its type and its name capitalises the type and the first
// syllable of the name: "Bộ luật Dân sự", "Luật Tổ chức Quốc hội", "Luật Tiếp công dân" (NĐ 30,
// Phụ lục II, mục V.7; TT 01/2011/TT-BNV, Phụ lục VI, the same). Drafters write "Luật tiếp công
// dân". Only a law cited where a name must follow is judged ("Căn cứ Luật …", "của Luật …",
// "theo Luật …"): "Luật này", "Luật sư", "Luật số 42/…" are no names.
import { hd36, nd30, tt01 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** Words that follow "Luật" without being the first word of a law's name. */
const NOT_A_NAME = new Set(['này', 'sư', 'pháp', 'lệ', 'số', 'đã', 'được', 'có', 'quy', 'về', 'và', 'các', 'cũng', 'thì', 'mà', 'hiện', 'năm', 'ngày', 'mới', 'cũ', 'nêu', 'trên', 'đó', 'nói', 'sửa', 'gia', 'chơi']);
// Case-sensitive on purpose: under the i flag \p{Ll} would match capitals too.
const CITED_LAW = /(?<![\p{L}])(?:[Cc]ăn cứ|[Cc]ủa|[Tt]heo|[Tt]ại|[Tt]hi hành|[Tt]hực hiện|[Hh]ướng dẫn|và)[^\S\n]+(Bộ[^\S\n]+luật|Luật)[^\S\n]+(\p{Ll}[\p{L}\p{M}]*)/gu;

export const lawNameCapital = defineRule({
  meta: {
    id: 'law-name-capital',
    title: { vi: 'Tên luật được dẫn viết hoa chữ đầu', en: 'A cited law’s name starts with a capital' },
    description: {
      vi: 'Khi nói đến một luật, bộ luật cụ thể, viết hoa chữ cái đầu của tên loại và của âm tiết thứ nhất của tên gọi: “Luật Tiếp công dân”, “Bộ luật Dân sự” (không viết “Luật tiếp công dân”). Chỉ xét luật được dẫn sau “Căn cứ”, “của”, “theo”, “tại”…',
      en: 'A specific law or code capitalises its type and the first syllable of its name: “Luật Tiếp công dân”, “Bộ luật Dân sự” (not “Luật tiếp công dân”). Only a law cited after “Căn cứ”, “của”, “theo”, “tại”… is judged.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    // Party documents follow the State appendix in practice: not before it existed either.
    appliesFrom: { state: 'TT 01/2011/TT-BNV', party: 'TT 01/2011/TT-BNV' },
    basis: { state: nd30('Phụ lục II, mục V.7 (tên loại văn bản và tên gọi)'), 'TT 01/2011/TT-BNV': tt01('Phụ lục VI (viết hoa trong văn bản hành chính)'), party: hd36('viết hoa theo NĐ 30/2020/NĐ-CP, Phụ lục II, mục V.7; trước 05/3/2020: TT 01/2011/TT-BNV, Phụ lục VI') },
    fix: 'none',
    tags: ['viet-hoa', 'dan-chieu'],
    messages: {
      lowerName: { vi: 'Tên luật viết hoa chữ cái đầu của tên gọi: “{{right}}”, không viết “{{written}}”.', en: 'A law’s name starts with a capital: “{{right}}”, not “{{written}}”.' },
    },
    examples: { wrong: 'mo_dau: Căn cứ Luật tiếp công dân ngày 25 tháng 11 năm 2013 …', right: 'mo_dau: Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013 …' },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      if (!/luật/iu.test(t.text)) continue;
      for (const m of matchesOf(CITED_LAW, t.text)) {
        const [type, word] = [m[1]!, m[2]!];
        if (NOT_A_NAME.has(word)) continue;
        const from = m.index + m[0].length - word.length;
        const right = word[0]!.toLocaleUpperCase('vi') + word.slice(1);
        report({ messageId: 'lowerName', data: { written: `${type} ${word}`, right: `${type} ${right}` }, path: t.path, span: [from, from + word.length] });
      }
    }
  },
});

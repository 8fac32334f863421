// Why: NĐ 30/2020/NĐ-CP made “Nhân dân” and “Nhà nước” special nouns written with a capital
// (Phụ lục II, mục V.1, “Danh từ thuộc trường hợp đặc biệt”). TT 01/2011/TT-BNV, in force before
// 05/3/2020, had no such clause (legal review of the corpus, shared/corpus/KEY.md), so a 2019
// document writing “của nhân dân” is right by the rules of its date: the rule applies from
// NĐ 30 (`appliesFrom`, src/profile/in-force.ts). Party practice follows the decree's appendix.
// The words are also parts of names and common phrases (“Ủy ban nhân dân”, “công an nhân dân”,
// “quản lý nhà nước”, “cơ quan nhà nước”), where lower case is right: only the contexts where
// they can only mean the people or the State are checked. The wording is content: a suggestion.
import { hd36, nd30 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** “nhân dân” the people: after a word that takes the people as its object. */
const THE_PEOPLE = /(?<=(?:của|cho|với|tầng lớp|toàn thể|vận động|phục vụ|đến với|giúp đỡ|gần gũi|lắng nghe|Đảng, Nhà nước và|Đảng, nhà nước và) )nhân dân(?![\p{L}])/gu;
/** “nhà nước” the State: beside the Party, or “Nhà nước ta”. */
const THE_STATE = /(?:(?<=Đảng và |Đảng, )nhà nước(?![\p{L}])|(?<![\p{L}])nhà nước(?= ta(?![\p{L}])))/gu;

export const nhanDanNhaNuoc = defineRule({
  meta: {
    id: 'nhan-dan-nha-nuoc',
    title: { vi: 'Viết hoa “Nhân dân”, “Nhà nước”', en: 'Capitalise “Nhân dân” and “Nhà nước”' },
    description: {
      vi: '“Nhân dân” (chỉ nhân dân nói chung) và “Nhà nước” (chỉ Nhà nước ta) là danh từ đặc biệt, viết hoa: “phục vụ Nhân dân”, “Đảng và Nhà nước”. Chỉ xét những chỗ không thể hiểu khác (“Ủy ban nhân dân”, “quản lý nhà nước” vẫn viết thường). Quy định có từ NĐ 30/2020/NĐ-CP: văn bản ban hành trước 05/3/2020 không bị kiểm tra.',
      en: '“Nhân dân” (the people) and “Nhà nước” (the State) are special nouns with a capital: “phục vụ Nhân dân”, “Đảng và Nhà nước”. Only contexts that cannot mean anything else are checked (“Ủy ban nhân dân”, “quản lý nhà nước” stay lower case). The clause came with NĐ 30/2020/NĐ-CP: documents issued before 05/3/2020 are not checked.',
    },
    systems: ['state', 'party'],
    appliesFrom: { state: 'NĐ 30/2020/NĐ-CP', party: 'NĐ 30/2020/NĐ-CP' },
    severity: 'warning',
    basis: { state: nd30('Phụ lục II, mục V.1 (danh từ đặc biệt: Nhân dân, Nhà nước)'), party: hd36('thực tế theo NĐ 30/2020/NĐ-CP, Phụ lục II, mục V.1') },
    fix: 'suggestion',
    tags: ['viet-hoa'],
    messages: {
      people: { vi: '“Nhân dân” (chỉ nhân dân nói chung) viết hoa: “Nhân dân”, không viết “{{written}}”.', en: '“Nhân dân” (the people) takes a capital: “Nhân dân”, not “{{written}}”.' },
      state: { vi: '“Nhà nước” (chỉ Nhà nước ta) viết hoa: “Nhà nước”, không viết “{{written}}”.', en: '“Nhà nước” (the State) takes a capital: “Nhà nước”, not “{{written}}”.' },
      useCapital: { vi: 'Sửa thành “{{expected}}”', en: 'Change to “{{expected}}”' },
    },
    examples: {
      wrong: 'ngay: 2024-10-05\nmo_dau: Giải quyết nguyện vọng chính đáng của nhân dân theo chủ trương của Đảng và nhà nước.',
      right: 'ngay: 2024-10-05\nmo_dau: Giải quyết nguyện vọng chính đáng của Nhân dân theo chủ trương của Đảng và Nhà nước.',
    },
  },
  check({ plan, report }) {
    for (const t of proseTexts(plan)) {
      // Quick exact pre-checks before the look-behind scans: few texts say either at all.
      const found: [RegExpMatchArray, 'people' | 'state', string][] = [];
      if (t.text.includes('nhân dân')) for (const m of matchesOf(THE_PEOPLE, t.text)) found.push([m, 'people', 'Nhân dân']);
      if (t.text.includes('nhà nước')) for (const m of matchesOf(THE_STATE, t.text)) found.push([m, 'state', 'Nhà nước']);
      for (const [m, messageId, expected] of found.sort((a, b) => a[0].index! - b[0].index!)) {
        const from = m.index!;
        const to = from + m[0].length;
        report({
          messageId,
          data: { written: m[0] },
          path: t.path,
          span: [from, to],
          suggestions: [{ messageId: 'useCapital', data: { expected }, fix: [{ path: t.path, from, to, text: expected }] }],
        });
      }
    }
  },
});

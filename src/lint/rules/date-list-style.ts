// Why: the dates of one list are written one way. A căn cứ list that cites "ngày 05 tháng 3 năm
// 2020" beside "ngày 12/3/2020", or a schedule "Ngày 02; 9; 16" beside "Ngày 04;11;18; 25", reads
// as careless; the decree requires the zero only in the document's own date line (days below 10,
// months 1–2), so a list is asked to be consistent, not to follow one form (a warning).
import { hd36, nd30 } from '../helpers/basis.js';
import { proseTexts, type PlanText } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

const WORDED = /ngày[^\S\n]+\d{1,2}[^\S\n]+tháng[^\S\n]+\d{1,2}[^\S\n]+năm[^\S\n]+\d{4}/giu;
const NUMERIC = /(?<![\d/.-])ngày[^\S\n]+\d{1,2}\/\d{1,2}\/\d{4}(?![\d/])/giu;
/** "Ngày 02; 9; 16; 23" or "ngày 04, 11, 18": three or more day numbers in a row. */
const DAY_LIST = /(?<![\p{L}])ngày[^\S\n]+(\d{1,2}(?:[^\S\n]*[;,][^\S\n]*\d{1,2}){2,})(?![\d/.-])/giu;

export const dateListStyle = defineRule({
  meta: {
    id: 'date-list-style',
    title: { vi: 'Ngày tháng trong một danh sách viết một kiểu', en: 'One date style within a list' },
    description: {
      vi: 'Trong một danh sách (các căn cứ, một câu dẫn nhiều văn bản, một dòng liệt kê ngày), ngày viết một kiểu: không lẫn “ngày 05 tháng 3 năm 2020” với “ngày 12/3/2020”; dãy ngày “02; 09; 16” thống nhất số 0 và khoảng trắng sau dấu phân cách.',
      en: 'Within one list (the căn cứ, one sentence citing several documents, one line listing days) dates take one style: no “ngày 05 tháng 3 năm 2020” beside “ngày 12/3/2020”; a run of days “02; 09; 16” is consistent in its zeros and in the space after each separator.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('nhất quán trong văn bản; số 0 chỉ bắt buộc ở dòng ngày tháng của văn bản (Phụ lục I, mục II.4)'), party: hd36('nhất quán trong văn bản') },
    fix: 'none',
    tags: ['ngay-thang'],
    messages: {
      mixedStyle: { vi: '“{{written}}” viết khác kiểu với ngày “{{other}}” trong cùng danh sách.', en: '“{{written}}” is written in another style than “{{other}}” in the same list.' },
      dayZero: { vi: 'Dãy ngày lúc có lúc không số 0: viết “{{padded}}” như các ngày khác.', en: 'The run of days mixes zero-padded and plain numbers: write “{{padded}}” like the others.' },
      daySpace: { vi: 'Dãy ngày lúc có lúc không khoảng trắng sau “{{separator}}”: viết “{{separator}} ” trước “{{day}}”.', en: 'The run of days has a space after “{{separator}}” only sometimes: write “{{separator}} ” before “{{day}}”.' },
    },
    examples: {
      wrong: 'can_cu:\n  - Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 …;\n  - Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 …;',
      right: 'can_cu:\n  - Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 …;\n  - Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 …;',
    },
  },
  check({ plan, report }) {
    const texts = proseTexts(plan);
    // Lists: the căn cứ together, and each other text alone (a sentence that cites several
    // documents). Two body paragraphs are not one list: an attachment note may cite "ngày
    // 22/3/2011" under a paragraph that wrote "ngày 22 tháng 3 năm 2011".
    const groups = new Map<string, PlanText[]>();
    texts.forEach((t, i) => {
      const key = t.role === 'basis' ? 'can_cu' : String(i);
      groups.set(key, [...(groups.get(key) ?? []), t]);
    });
    for (const group of groups.values()) {
      const found = group.flatMap((t) => [
        ...[...matchesOf(WORDED, t.text)].map((m) => ({ t, m, style: 'worded' as const })),
        ...[...matchesOf(NUMERIC, t.text)].map((m) => ({ t, m, style: 'numeric' as const })),
      ]);
      const worded = found.filter((f) => f.style === 'worded');
      const numeric = found.filter((f) => f.style === 'numeric');
      if (!worded.length || !numeric.length) continue;
      // The fewer are the odd ones; on a tie, the style written second.
      const firstStyle = [...found].sort((a, b) => group.indexOf(a.t) - group.indexOf(b.t) || a.m.index - b.m.index)[0]!.style;
      const odd = worded.length < numeric.length ? worded : numeric.length < worded.length ? numeric : firstStyle === 'worded' ? numeric : worded;
      const model = (odd === worded ? numeric : worded)[0]!;
      for (const f of odd) report({ messageId: 'mixedStyle', data: { written: f.m[0], other: model.m[0] }, path: f.t.path, span: [f.m.index, f.m.index + f.m[0].length] });
    }
    for (const t of texts) {
      if (!/ngày/iu.test(t.text)) continue;
      for (const m of matchesOf(DAY_LIST, t.text)) {
        const listFrom = m.index + m[0].length - m[1]!.length;
        const parts = [...matchesOf(/(\d{1,2})|([;,])([^\S\n]*)/gu, m[1]!)];
        const days = parts.filter((p) => p[1]).map((p) => ({ day: p[1]!, at: listFrom + p.index }));
        const seps = parts.filter((p) => p[2]).map((p) => ({ sep: p[2]!, spaced: p[3] !== '', at: listFrom + p.index }));
        const padded = days.some((d) => d.day.length === 2 && d.day.startsWith('0'));
        if (padded) for (const d of days) if (d.day.length === 1) report({ messageId: 'dayZero', data: { padded: `0${d.day}` }, path: t.path, span: [d.at, d.at + 1] });
        if (seps.some((s) => s.spaced)) {
          for (const s of seps) {
            if (s.spaced) continue;
            const next = days.find((d) => d.at > s.at)!;
            report({ messageId: 'daySpace', data: { separator: s.sep, day: next.day }, path: t.path, span: [s.at, s.at + 1] });
          }
        }
      }
    }
  },
});

// Why: a legal normative number carries its year ("08/2022/QĐ-UBND"); a cited date in another
// year means one of them was mistyped (the-thuc.md §1.4 and §9 rule 37).
import { planCitations, symbolYear } from '../helpers/citations.js';
import { displayDate } from '../../shared/dates.js';
import { defineRule } from '../rule.js';

/** The rule is about the cited (State) number, whichever system cites it. */
const LEGAL_NUMBER = { source: 'Luật Ban hành văn bản quy phạm pháp luật', where: 'số, ký hiệu văn bản QPPL có năm ban hành' };

export const refSymbolYearMismatch = defineRule({
  meta: {
    id: 'ref-symbol-year-mismatch',
    title: { vi: 'Năm trong số văn bản được dẫn khớp với ngày của nó', en: 'Year in a cited number matches its date' },
    description: {
      vi: 'Số của văn bản quy phạm pháp luật có năm ban hành (08/2022/QĐ-UBND); ngày được dẫn kèm phải cùng năm.',
      en: 'A legal normative number carries its year (08/2022/QĐ-UBND); the date cited with it is in the same year.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: LEGAL_NUMBER, party: LEGAL_NUMBER },
    fix: 'none',
    tags: ['ngay-thang', 'dan-chieu'],
    messages: {
      yearMismatch: {
        vi: 'Số {{symbol}} mang năm {{symbolYear}} nhưng ngày dẫn là {{date}}: kiểm tra lại số hoặc ngày.',
        en: 'Number {{symbol}} carries the year {{symbolYear}} but the cited date is {{date}}: check the number or the date.',
      },
    },
    examples: { wrong: '# Quyết định số 08/2022/QĐ-UBND ngày 19/4/2023', right: '# Quyết định số 08/2022/QĐ-UBND ngày 19/4/2022' },
  },
  check({ plan, lang, report }) {
    for (const c of planCitations(plan)) {
      const year = symbolYear(c.symbol);
      if (!c.date || year === undefined || year === c.date.year) continue;
      report({ messageId: 'yearMismatch', data: { symbol: c.symbol, symbolYear: year, date: displayDate(c.date, lang) }, path: c.date.path, ...(c.date.span ? { span: c.date.span } : {}) });
    }
  },
});

// Why: a type word that names one specific document ("Công văn số 365-CV/ĐUK") is a proper
// name and takes a capital (NĐ 30, Phụ lục II; the-thuc.md §9 rule 33). Seed 003 writes
// "công văn số 365-CV/ĐUK".
import { nd30, hd36, tt01 } from '../helpers/basis.js';
import { findCitations } from '../helpers/citations.js';
import { proseTexts } from '../helpers/plan-text.js';
import { capitalise, startsUpper } from '../helpers/vietnamese.js';
import { defineRule } from '../rule.js';

export const citationTenLoaiCapital = defineRule({
  meta: {
    id: 'citation-ten-loai-capital',
    title: { vi: 'Viết hoa tên loại văn bản được dẫn', en: 'Capitalise the type of a cited document' },
    description: {
      vi: 'Tên loại đứng trước “số <ký hiệu>” viết hoa chữ cái đầu: “Công văn số 365-CV/ĐUK”.',
      en: 'A type word before “số <symbol>” starts with a capital: “Công văn số 365-CV/ĐUK”.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    // Party documents follow the State appendix in practice: not before it existed either.
    appliesFrom: { state: 'TT 01/2011/TT-BNV', party: 'TT 01/2011/TT-BNV' },
    basis: { state: nd30('Phụ lục II (viết hoa tên loại văn bản cụ thể)'), 'TT 01/2011/TT-BNV': tt01('Phụ lục VI (viết hoa trong văn bản hành chính)'), party: hd36('thực tế theo NĐ 30, Phụ lục II; trước 05/3/2020: TT 01/2011/TT-BNV, Phụ lục VI') },
    fix: 'safe',
    tags: ['dan-chieu', 'viet-hoa'],
    messages: { lowercase: { vi: 'Viết hoa tên loại văn bản: “{{expected}}”.', en: 'Capitalise the document type: “{{expected}}”.' } },
    examples: { wrong: 'mo_dau: Thực hiện công văn số 365-CV/ĐUK, …', right: 'mo_dau: Thực hiện Công văn số 365-CV/ĐUK, …' },
  },
  check({ plan, report }) {
    for (const basis of plan.legalBasis) {
      if (basis.kind !== 'citation' || startsUpper(basis.docType.text)) continue;
      const expected = capitalise(basis.docType.text);
      report({ messageId: 'lowercase', data: { expected }, path: basis.docType.path, fix: [{ path: basis.docType.path, from: 0, to: 1, text: expected.charAt(0) }] });
    }
    for (const t of proseTexts(plan)) {
      if (t.path[0] === 'can_cu' && typeof t.path[2] === 'string') continue;
      for (const c of findCitations(t.text, t.path)) {
        if (startsUpper(c.type)) continue;
        const expected = `${capitalise(c.type)} số ${c.symbol}`;
        report({ messageId: 'lowercase', data: { expected }, path: t.path, span: [c.from, c.to], fix: [{ path: t.path, from: c.from, to: c.from + 1, text: c.type.charAt(0).toLocaleUpperCase('vi') }] });
      }
    }
  },
});

// Why: a draft leaves the number and the day blank ("Số: /KH-SKHCN", "ngày   tháng 10 năm
// 2023", seed 003) and marks gaps with "..." or "[CẦN BỔ SUNG]"; that is normal while
// `du_thao: true`, and a mistake in a plan that is about to be signed.
import { nd30, hd36 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { isBracketPlaceholder } from '../placeholders.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** "[CẦN BỔ SUNG]", "[...]", "[…]", "ngày ... tháng", "TODO", "XXX". */
const PLACEHOLDER = /\[[^\]\n]{0,40}\]|(?<=^|\s)(?:\.{2,}|…+)(?=\s|$|[,;])|\bTODO\b|\bX{3,}\b/gu;
const MAY_HOLD_PLACEHOLDER = ['[', '..', '…', 'TODO', 'XXX'];

export const draftPlaceholders = defineRule({
  meta: {
    id: 'draft-placeholders',
    title: { vi: 'Chỗ để trống của dự thảo', en: 'Draft placeholders' },
    description: {
      vi: 'Số để trống và ngày chưa đủ là bình thường trong dự thảo (gợi ý); “...” hay “[CẦN BỔ SUNG]” trong dự thảo là cảnh báo. Trong văn bản chính thức, tất cả là lỗi.',
      en: 'A blank number and an incomplete date are normal in a draft (info); “...” or “[CẦN BỔ SUNG]” in a draft are warnings. In a final document all of them are errors.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Điều 8 k.2 (thành phần bắt buộc); Phụ lục I, mục II.3–4'), party: hd36('mục thành phần thể thức bắt buộc') },
    fix: 'none',
    seesPlaceholders: true,
    tags: ['du-thao'],
    messages: {
      noNumber: { vi: 'Chưa có số văn bản{{draftNote}}.', en: 'The document has no number yet{{draftNote}}.' },
      noDay: { vi: 'Ngày ban hành chưa đủ ngày{{draftNote}}.', en: 'The issue date has no day yet{{draftNote}}.' },
      placeholder: { vi: 'Còn chỗ để trống “{{text}}”{{draftNote}}.', en: 'A placeholder “{{text}}” is left{{draftNote}}.' },
    },
    examples: { wrong: 'du_thao: false\nso: ""\nngay: 2023-10', right: 'du_thao: false\nso: "15"\nngay: 2023-10-12' },
  },
  check({ plan, sourceMap, lang, report }) {
    // In a draft a blank number and day are expected (the văn thư fills them in when the plan
    // is signed): a reminder. Gaps left in the text still need work: a warning.
    const blankSeverity = plan.draft ? 'info' : 'error';
    const severity = plan.draft ? 'warning' : 'error';
    // A document read back marks a draft with a “DỰ THẢO” line, not the YAML key.
    const draftNote = plan.draft
      ? ''
      : isReadBack(sourceMap)
        ? lang === 'vi' ? ': cần điền trước khi ban hành (hoặc ghi “DỰ THẢO” ở đầu văn bản nếu là bản dự thảo)' : ': fill it in before issuing (or mark the document “DỰ THẢO” if it is a draft)'
        : lang === 'vi' ? ': cần điền trước khi ban hành (hoặc ghi du_thao: true)' : ': fill it in before issuing (or set du_thao: true)';
    if (!plan.number) report({ messageId: 'noNumber', data: { draftNote }, path: ['so'], severity: blankSeverity, onKey: sourceMap.has(['so']) });
    if (!plan.issueDate || plan.issueDate.day === undefined) report({ messageId: 'noDay', data: { draftNote }, path: ['ngay'], severity: blankSeverity });
    for (const t of planTexts(plan)) {
      // Each branch of PLACEHOLDER needs one of these strings: most texts have none and skip its look-behind scan.
      if (!MAY_HOLD_PLACEHOLDER.some((s) => t.text.includes(s))) continue;
      for (const m of matchesOf(PLACEHOLDER, t.text)) {
        // Brackets hold placeholders only when they say so; "(…)" and "[1]" are text.
        if (m[0].startsWith('[') && !isBracketPlaceholder(m[0])) continue;
        report({ messageId: 'placeholder', data: { text: m[0], draftNote }, path: t.path, span: [m.index, m.index + m[0].length], severity });
      }
    }
  },
});

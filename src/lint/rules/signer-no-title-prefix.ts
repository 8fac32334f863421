// Why: NĐ 30 (Phụ lục I, ô 7b) prints the signer's name without học hàm, học vị or honorifics
// ("TS. Nguyễn Văn A" → "Nguyễn Văn A"); Party practice is the same (HD 05 notes). Removing
// part of a name is content, so the fix is a suggestion.
import { hd36, nd30 } from '../helpers/basis.js';
import { NAME_PREFIX } from '../helpers/signer.js';
import { defineRule } from '../rule.js';

export const signerNoTitlePrefix = defineRule({
  meta: {
    id: 'signer-no-title-prefix',
    title: { vi: 'Không ghi học hàm, học vị trước tên người ký', en: "No academic title before the signer's name" },
    description: {
      vi: 'Họ tên người ký không kèm học hàm, học vị, danh hiệu (GS., PGS., TS., ThS., Đồng chí…).',
      en: "The signer's name carries no academic title or honorific (GS., PGS., TS., ThS., Đồng chí…).",
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.7 (ô 7b)'), party: hd36('mục họ tên người ký; thực tế theo NĐ 30') },
    fix: 'suggestion',
    tags: ['nguoi-ky'],
    messages: {
      prefix: { vi: 'Bỏ “{{prefix}}” trước họ tên người ký.', en: 'Drop “{{prefix}}” before the signer’s name.' },
      drop: { vi: 'Bỏ “{{prefix}}”', en: 'Drop “{{prefix}}”' },
    },
    examples: { wrong: 'nguoi_ky:\n  ho_ten: TS. Nguyễn Văn An', right: 'nguoi_ky:\n  ho_ten: Nguyễn Văn An' },
  },
  check({ plan, report }) {
    const name = plan.signer.name;
    const m = NAME_PREFIX.exec(name.text);
    if (!m) return;
    const prefix = m[0].trim();
    const end = m[0].length;
    report({
      messageId: 'prefix',
      data: { prefix },
      path: name.path,
      span: [0, end],
      suggestions: [{ messageId: 'drop', data: { prefix }, fix: [{ path: name.path, from: 0, to: end + 1, text: name.text.charAt(end) }] }],
    });
  },
});

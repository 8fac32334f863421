// Why: the title line is typed in capitals, where typos are hard to see: seed 001 is signed
// "KHO BÍ THƯ" for "PHÓ BÍ THƯ". A title one or two letters away from a known title is almost
// certainly that title; the clerk confirms (a suggestion, since a title is content).
import { hd36, nd30 } from '../helpers/basis.js';
import { closestTitle } from '../helpers/signer.js';
import { MASK } from '../placeholders.js';
import { defineRule } from '../rule.js';

export const chucVuSpelling = defineRule({
  meta: {
    id: 'chuc-vu-spelling',
    title: { vi: 'Chức vụ người ký viết đúng chính tả', en: 'Signer title is spelled right' },
    description: {
      vi: 'Chức vụ gần giống một chức vụ thường gặp (sai một, hai chữ cái) có thể là lỗi gõ: “KHO BÍ THƯ” → “PHÓ BÍ THƯ”.',
      en: 'A title one or two letters away from a known title is probably a typo: “KHO BÍ THƯ” → “PHÓ BÍ THƯ”.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.7 (chức vụ người ký)'), party: hd36('mục quyền hạn, chức vụ của người ký') },
    fix: 'suggestion',
    tags: ['nguoi-ky'],
    messages: {
      typo: { vi: 'Chức vụ “{{written}}” có thể gõ sai; có phải “{{title}}”?', en: 'Title “{{written}}” may be mistyped; did you mean “{{title}}”?' },
      useTitle: { vi: 'Sửa thành “{{title}}”', en: 'Change to “{{title}}”' },
    },
    examples: { wrong: 'nguoi_ky:\n  chuc_vu: KHO BÍ THƯ', right: 'nguoi_ky:\n  chuc_vu: PHÓ BÍ THƯ' },
  },
  check({ plan, report }) {
    const title = plan.signer.title;
    let offset = 0;
    for (const line of title.text.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const found = /\p{Ll}/u.test(line) ? undefined : closestTitle(line);
      // "PHÓ TRƯỞNG [CẦN BỔ SUNG: …]": the placeholder may be the rest of a longer title (PHÓ
      // TRƯỞNG BAN), so the words before it are not a misspelt THỨ TRƯỞNG.
      if (found && !line.slice(lead + found.length).trimStart().startsWith(MASK)) {
        const from = offset + lead;
        const to = from + found.length;
        const written = title.text.slice(from, to);
        report({
          messageId: 'typo',
          data: { written, title: found.title },
          path: title.path,
          span: [from, to],
          suggestions: [{ messageId: 'useTitle', data: { title: found.title }, fix: [{ path: title.path, from, to, text: found.title }] }],
        });
      }
      offset += line.length + 1;
    }
  },
});

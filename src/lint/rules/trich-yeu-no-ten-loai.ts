// Why: dvk prints the tên loại ("KẾ HOẠCH") on its own line above the trích yếu; a trích yếu
// that starts with it again reads "KẾ HOẠCH / Kế hoạch tổ chức …". Rewording is content, so
// the fix is a suggestion.
import { hd36, nd30 } from '../helpers/basis.js';
import { DOC_TYPE_NAMES } from '../helpers/number-symbol.js';
import { capitalise } from '../helpers/vietnamese.js';
import { defineRule } from '../rule.js';

export const trichYeuNoTenLoai = defineRule({
  meta: {
    id: 'trich-yeu-no-ten-loai',
    title: { vi: 'Trích yếu không lặp tên loại', en: 'The subject does not repeat the type' },
    description: {
      vi: 'Trích yếu không bắt đầu bằng tên loại văn bản (dvk đã in tên loại ở dòng trên).',
      en: 'The subject does not start with the document type (dvk prints the type on the line above).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.5 (ô 5a)'), party: hd36('mục tên loại và trích yếu (thành phần 5a)') },
    fix: 'suggestion',
    tags: ['trich-yeu', 'loai-van-ban'],
    messages: {
      repeated: { vi: 'Trích yếu bắt đầu bằng “{{typeName}}”, lặp lại tên loại in ở dòng trên.', en: 'The subject starts with “{{typeName}}”, repeating the type printed above it.' },
      drop: { vi: 'Bỏ “{{typeName}}” ở đầu trích yếu', en: 'Drop “{{typeName}}” at the start' },
    },
    examples: { wrong: 'loai: ke_hoach\ntrich_yeu: Kế hoạch tổ chức Tháng cao điểm dân vận', right: 'loai: ke_hoach\ntrich_yeu: Tổ chức Tháng cao điểm dân vận' },
  },
  check({ plan, report }) {
    const typeName = DOC_TYPE_NAMES[plan.docType];
    const subject = plan.subject;
    const m = new RegExp(`^\\s*${typeName}\\s+`, 'iu').exec(subject.text);
    if (!m) return;
    const rest = subject.text.slice(m[0].length);
    report({
      messageId: 'repeated',
      data: { typeName },
      path: subject.path,
      span: [0, m[0].length],
      suggestions: rest ? [{ messageId: 'drop', data: { typeName }, fix: [{ path: subject.path, from: 0, to: m[0].length + 1, text: capitalise(rest.charAt(0)) }] }] : [],
    });
  },
});

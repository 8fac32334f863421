// Messages of the lint pipeline itself (directives, run-level checks, the CLI's lint command).
import type { Localized } from '../i18n/index.js';

export const lintMessages = {
  directiveReason: {
    vi: 'Chỉ thị “{{directive}}” thiếu lý do nên không có hiệu lực; ghi lý do sau “--”, ví dụ: # {{directive}} {{rules}} -- văn bản gốc ghi như vậy.',
    en: 'Directive “{{directive}}” has no reason, so it has no effect; give one after “--”, e.g. # {{directive}} {{rules}} -- the original says so.',
  },
  directiveUnknownRule: {
    vi: 'Chỉ thị nhắc tới quy tắc không có: “{{rule}}”.{{hint}}',
    en: 'Directive names an unknown rule: “{{rule}}”.{{hint}}',
  },
  didYouMean: { vi: ' Có phải ý bạn là “{{suggestion}}”?', en: ' Did you mean “{{suggestion}}”?' },
  unusedDirective: {
    vi: 'Chỉ thị “{{directive}}” không tắt được vấn đề nào{{rules}}; hãy xóa nó.',
    en: 'Directive “{{directive}}” suppressed nothing{{rules}}; remove it.',
  },
  tooManyFindings: {
    vi: 'Còn {{count}} vấn đề nữa ({{errors}} lỗi, {{warnings}} cảnh báo, {{infos}} gợi ý) không hiện ra: dvk hiện tối đa {{limit}} vấn đề mỗi tệp (lỗi trước, rồi cảnh báo, gợi ý). Sửa các vấn đề đã hiện rồi chạy lại.',
    en: '{{count}} more problem(s) ({{errors}} error(s), {{warnings}} warning(s), {{infos}} info) are not shown: dvk shows at most {{limit}} problems per file (errors first, then warnings, info). Fix the ones shown and run again.',
  },
  unusedForRules: { vi: ' của {{rules}}', en: ' for {{rules}}' },
} satisfies Record<string, Localized>;

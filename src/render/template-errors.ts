// Handlebars (and JavaScript under it) explain a broken template in English: "Parse error on
// line 2", "Cannot read properties of undefined (reading 'call')" for {{helperMissing}} or a
// bare {{lookup}}. A Vietnamese message says what is wrong in Vietnamese; the English text is
// kept for --lang en, where it is the most precise.
import type { Lang } from '../i18n/index.js';

const vi: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Parse error on line (\d+)/, (m) => `sai cú pháp Handlebars ở dòng ${m[1]} của mẫu (kiểm tra các cặp {{ }} và {{#…}}…{{/…}})`],
  [/(?:#\w+ requires exactly one argument|Must pass iterator to #each)/, () => 'một khối {{#if}}, {{#unless}}, {{#with}} hay {{#each}} thiếu giá trị đi kèm'],
  [/The partial (.+) could not be found/, (m) => `mẫu gọi mẫu con (partial) ${m[1]}, dvk không dùng mẫu con`],
  [/Missing decorator/, () => 'mẫu dùng decorator ({{*…}}), dvk không hỗ trợ'],
  [/(?:Missing helper|not defined in|unknown helper|knownHelpersOnly)/i, () => 'mẫu gọi một hàm không có; chỉ dùng được thuong và hoa'],
  [/(?:Cannot read propert|is not a function|undefined|null)/i, () => 'mẫu gọi một hàm hoặc giá trị không có (như lookup, helperMissing); chỉ dùng được thuong và hoa'],
];

export function describeTemplateError(detail: string, lang: Lang): string {
  if (lang !== 'vi') return detail;
  for (const [pattern, say] of vi) {
    const m = pattern.exec(detail);
    if (m) return say(m);
  }
  // Our own Vietnamese details (a template file that is not a key: value table) pass through.
  return /[ăâđêôơưàảãáạ]/i.test(detail) ? detail : 'mẫu không dùng được (sai cú pháp Handlebars)';
}

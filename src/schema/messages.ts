// Vietnamese and English text per Ajv keyword. Ajv's own messages are English-only and
// ajv-i18n has no Vietnamese, so dvk maps keyword + params itself (shared tech notes §4).
import type { Localized } from '../i18n/index.js';

export const schemaMessages = {
  required: {
    vi: 'Thiếu phần bắt buộc “{{title}}” (`{{key}}`) trong `{{parent}}`.',
    en: 'The required part “{{title}}” (`{{key}}`) is missing from `{{parent}}`.',
  },
  requiredRoot: {
    vi: 'Thiếu phần bắt buộc “{{title}}” (`{{key}}`).',
    en: 'The required part “{{title}}” (`{{key}}`) is missing.',
  },
  unknownKey: {
    vi: 'Khóa `{{key}}` không có trong định dạng kế hoạch.',
    en: 'Key `{{key}}` is not part of the plan format.',
  },
  unknownConfigKey: {
    vi: 'Khóa `{{key}}` không có trong định dạng tệp cấu hình.',
    en: 'Key `{{key}}` is not part of the config format.',
  },
  topLevelKey: {
    vi: 'Khóa `{{key}}` ({{title}}) ghi ở cấp ngoài cùng của tệp, không ghi trong `{{parent}}`.',
    en: 'Key `{{key}}` ({{title}}) goes at the top level of the file, not inside `{{parent}}`.',
  },
  didYouMean: {
    vi: ' Có phải ý bạn là `{{suggestion}}` ({{title}})?',
    en: ' Did you mean `{{suggestion}}` ({{title}})?',
  },
  allowedKeys: {
    vi: ' Các khóa được dùng ở đây: {{keys}}.',
    en: ' Keys allowed here: {{keys}}.',
  },
  type: {
    vi: '“{{title}}” phải là {{expected}}, nhưng đang là {{actual}}.',
    en: '“{{title}}” must be {{expected}}, but it is {{actual}}.',
  },
  enum: {
    vi: '“{{title}}” không nhận giá trị "{{value}}"; chọn một trong: {{allowed}}.',
    en: '“{{title}}” does not accept "{{value}}"; use one of: {{allowed}}.',
  },
  enumDidYouMean: {
    vi: ' Có phải ý bạn là `{{suggestion}}`?',
    en: ' Did you mean `{{suggestion}}`?',
  },
  const: {
    vi: '“{{title}}” phải là {{expected}} (đang ghi "{{value}}").',
    en: '“{{title}}” must be {{expected}} (it is "{{value}}").',
  },
  version: {
    vi: 'Tệp ghi `dvk: {{value}}` nhưng phiên bản dvk này chỉ đọc định dạng 1. Ghi `dvk: 1`, hoặc cập nhật dvk.',
    en: 'The file says `dvk: {{value}}` but this dvk reads format 1 only. Write `dvk: 1`, or update dvk.',
  },
  dateShape: {
    vi: '“{{title}}” ghi "{{value}}" chưa đúng dạng năm-tháng-ngày. Viết ví dụ 2026-02-05 (dvk sẽ in “ngày 05 tháng 02 năm 2026”).',
    en: '“{{title}}” is "{{value}}", which is not year-month-day. Write for example 2026-02-05.',
  },
  dateImpossible: {
    vi: '“{{title}}” ghi "{{value}}" là ngày không có trên lịch (tháng {{month}} năm {{year}} có {{days}} ngày).',
    en: '“{{title}}” is "{{value}}", a date that does not exist (month {{month}} of {{year}} has {{days}} days).',
  },
  pattern: {
    vi: '“{{title}}” ghi "{{value}}" chưa đúng dạng.',
    en: '“{{title}}” is "{{value}}", which is not in the expected form.',
  },
  empty: {
    vi: '“{{title}}” đang để trống; hãy điền nội dung hoặc xóa dòng này.',
    en: '“{{title}}” is empty; fill it in or remove the line.',
  },
  emptyList: {
    vi: 'Danh sách “{{title}}” chưa có dòng nào; thêm ít nhất {{min}} dòng bắt đầu bằng “- ”.',
    en: 'The list “{{title}}” has no items; add at least {{min}} line(s) starting with “- ”.',
  },
  anyOf: {
    vi: '“{{title}}” không đúng dạng: cần {{expected}}.',
    en: '“{{title}}” has the wrong shape: it must be {{expected}}.',
  },
  generic: {
    vi: '“{{title}}” không hợp lệ ({{detail}}).',
    en: '“{{title}}” is not valid ({{detail}}).',
  },
  hint: {
    vi: ' Gợi ý: {{hint}}',
    en: ' Hint: {{hint}}',
  },
} satisfies Record<string, Localized>;

export const typeNames: Record<string, Localized> = {
  string: { vi: 'một dòng chữ', en: 'text' },
  array: { vi: 'một danh sách (các dòng bắt đầu bằng “- ”)', en: 'a list (lines starting with “- ”)' },
  object: { vi: 'một nhóm các dòng `khóa: giá trị`', en: 'a group of `key: value` lines' },
  integer: { vi: 'một số nguyên', en: 'a whole number' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  null: { vi: 'để trống', en: 'empty' },
};

// The names and words of the review step that `dvk lint` needs before loading it (the action
// loads src/review lazily, only when --annotate or --fix meets a .docx).
import { basename, dirname, extname, join } from 'node:path';
import type { Localized } from '../i18n/index.js';

export const reviewText = {
  wrote: {
    vi: 'Đã ghi bản sao xem lại {{out}}: {{comments}} nhận xét, {{revisions}} phần sửa được theo dõi (tệp gốc {{file}} không bị thay đổi).',
    en: 'Wrote the reviewed copy {{out}}: {{comments}} comment(s), {{revisions}} tracked change(s) (the original {{file}} is unchanged).',
  },
  approximate: {
    vi: 'Lưu ý: {{count}} đoạn của {{file}} được đọc khác với XML của tệp; nhận xét ở các đoạn đó được gắn vào cả đoạn và ghi rõ vị trí.',
    en: 'Note: {{count}} paragraph(s) of {{file}} read differently from the file\'s XML; comments there cover the whole paragraph and give the place.',
  },
  notDocx: {
    vi: '{{file}}: --annotate chỉ ghi nhận xét vào tệp .docx; tệp này không được chép.',
    en: '{{file}}: --annotate writes comments into .docx files only; this file is not copied.',
  },
  unusable: {
    vi: '{{file}}: không đọc được tệp nên không ghi bản sao xem lại.',
    en: '{{file}}: the file could not be read, so no reviewed copy is written.',
  },
  oneOutput: {
    vi: 'Chỉ đặt tên bản sao (--annotate {{out}}) khi kiểm tra một tệp .docx; với nhiều tệp, mỗi bản sao có tên <tên>.dvk.docx.',
    en: 'Name the copy (--annotate {{out}}) only when linting one .docx file; with several, each copy is named <name>.dvk.docx.',
  },
  noFixes: {
    vi: '{{file}}: không có phần sửa an toàn nào để ghi; không ghi bản sao.',
    en: '{{file}}: there is no safe fix to write; no copy is written.',
  },
  changed: {
    vi: '{{file}}: tệp đã thay đổi trong lúc kiểm tra; hãy chạy lại dvk lint.',
    en: '{{file}}: the file changed while it was being linted; run dvk lint again.',
  },
  failed: {
    vi: '{{file}}: không ghi được bản sao xem lại ({{reason}}). Tệp gốc không bị thay đổi.',
    en: '{{file}}: could not write the reviewed copy ({{reason}}). The original is unchanged.',
  },
} satisfies Record<string, Localized>;

/** `report.docx` → `report.dvk.docx`, beside it. */
export function defaultReviewName(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.dvk${ext || '.docx'}`);
}

export const isDocx = (file: string): boolean => extname(file).toLowerCase() === '.docx';

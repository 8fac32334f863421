// Lints an invented .txt document with one rule, as `dvk lint` would read it: for the rules
// that judge text a plan does not hold (the Quốc hiệu and Tiêu ngữ lines of a document).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintLoaded, type LintFinding } from '../../../src/lint/index.js';
import type { Rule } from '../../../src/lint/rule.js';
import { readExistingDocument } from '../../../src/reader/index.js';

/** A complete small State kế hoạch; `header` replaces its first four lines. */
export function stateDocument(header: string[] = ['ỦY BAN NHÂN DÂN TỈNH HÀ NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], body: string[] = []): string {
  return [
    ...header,
    'Số: 15/KH-SKHCN', 'Hà Nam, ngày 05 tháng 10 năm 2024', 'KẾ HOẠCH', 'Tổ chức Tháng cao điểm dân vận năm 2024',
    'I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao nhận thức về công tác dân vận.', 'II. NỘI DUNG', 'Tổ chức tuyên truyền trên trang thông tin điện tử của Sở.', ...body,
    'III. TỔ CHỨC THỰC HIỆN', 'Văn phòng Sở theo dõi, đôn đốc thực hiện./.',
    'Nơi nhận:', '- Ban Dân vận Tỉnh ủy;', '- Lưu: VT, VP.', 'GIÁM ĐỐC', 'Nguyễn Văn An', '',
  ].join('\n');
}

export interface Found {
  messageId: string | undefined;
  line: number;
  column: number;
  endColumn: number;
  severity: string;
  message: string;
}

export async function lintDocument(text: string, rule: Rule, lang: 'vi' | 'en' = 'vi'): Promise<Found[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'dvk-doc-')), 'van-ban.txt');
  writeFileSync(file, text);
  const loaded = await readExistingDocument(file, lang);
  const findings: LintFinding[] = lintLoaded(loaded, { file, lang, rules: [rule] }).findings;
  return findings
    .filter((f) => f.ruleId === rule.meta.id)
    .map((f) => ({ messageId: f.messageId, line: f.range.start.line, column: f.range.start.column, endColumn: f.range.end.column, severity: f.severity, message: f.message }));
}

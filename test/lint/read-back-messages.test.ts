// Issue 11, item 4: a finding on a .txt/.docx speaks of what the drafter sees (the authority line,
// the Lưu line, the nơi nhận), never of YAML keys (`quyen_han`, `noi_nhan.luu`, du_thao) and never
// says that dvk prints a mark it did not print. Each document below is invented to draw the rules
// that have a second message for documents; the same mistakes in YAML keep the plan's message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/catalog.js';
import { lintLoaded, type LintFinding } from '../../src/lint/index.js';
import { readExistingDocument } from '../../src/reader/index.js';

async function lintTxt(lines: string[]): Promise<LintFinding[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'dvk-msg-')), 'van-ban.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return lintLoaded(await readExistingDocument(file, 'vi'), { file, lang: 'vi', rules }).findings;
}

/** What a message about a document must not contain: a YAML key, a template key, dvk printing. */
const PLAN_SPEAK = /`|\b(?:quyen_han|tap_the|chuc_vu|noi_nhan|du_thao|ky_hieu|co_quan|trich_yeu|kinh_gui|the_thuc)\b|\{\w+\}|dvk (?:tự|in)\b/u;

const STATE = [
  'ỦY BAN NHÂN DÂN HUYỆN NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '\tĐộc lập - Tự do - Hạnh phúc',
  'Số:     /KH-UBND', 'Nam Sơn, ngày 12 tháng 8 năm 2024',
  '', 'KẾ HOẠCH', 'Tổ chức trồng cây đầu xuân', '',
  'Kính gửi: Ủy ban nhân dân các xã.',
  'I. MỤC ĐÍCH, YÊU CẦU', 'Phát động phong trào trồng cây.', 'II. NỘI DUNG', 'Mỗi xã trồng 500 cây.', 'III. TỔ CHỨC THỰC HIỆN', 'Các xã báo cáo kết quả./.',
  '', 'Nơi nhận:\tPHÓ CHỦ TỊCH', '- Thường trực Huyện ủy (b/c);', '- Các xã.;', '- Lưu : VT, VP.\tTrần Văn B',
];

const PARTY = [
  'HUYỆN ỦY NAM SƠN\tĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 21-KH/HU\tNam Sơn, ngày 12 tháng 8 năm 2024',
  '', 'KẾ HOẠCH', 'tổ chức trồng cây đầu xuân', '',
  'I. MỤC ĐÍCH, YÊU CẦU', 'Phát động phong trào trồng cây.', 'II. NỘI DUNG', 'Mỗi chi bộ trồng 50 cây.', 'III. TỔ CHỨC THỰC HIỆN', 'Các chi bộ báo cáo kết quả.',
  '', 'Nơi nhận:\tK/T BÍ THƯ', '- Các chi bộ,', '- Lưu: Văn phòng Huyện ủy.\tPHÓ BÍ THƯ', '', '\tTrần Văn C',
];

describe('messages on a document read back', () => {
  it('a State kế hoạch: the deputy, the purpose, the Lưu line, the blank number and the Kính gửi in the drafter’s words', async () => {
    const findings = await lintTxt(STATE);
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => f.message);
    expect(byRule('deputy-signs-kt')).toEqual(['Chức vụ “PHÓ CHỦ TỊCH” là cấp phó nhưng không có dòng quyền hạn ký phía trên: thêm dòng “KT. CHỦ TỊCH” trên dòng chức vụ.']);
    expect(byRule('noi-nhan-purpose')).toEqual(['Mục đích gửi viết đủ: “Thường trực Huyện ủy (để báo cáo)”, không viết “(b/c)”.']);
    expect(byRule('noi-nhan-luu-form')).toEqual(['Dòng Lưu viết “Lưu : …”; thể thức viết “Lưu: …”.']);
    expect(byRule('noi-nhan-punctuation')).toContain('Dòng nơi nhận kết thúc bằng “.”: mỗi dòng kết thúc bằng “;”, dòng cuối bằng “.”.');
    expect(byRule('draft-placeholders')).toEqual(['Chưa có số văn bản: cần điền trước khi ban hành (hoặc ghi “DỰ THẢO” ở đầu văn bản nếu là bản dự thảo).']);
    expect(byRule('kinh-gui-scope')).toEqual(['Kế hoạch không có “Kính gửi”: ghi các nơi này ở phần “Nơi nhận”.']);
    expect(findings.filter((f) => PLAN_SPEAK.test(f.message)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('a Party kế hoạch signed “K/T BÍ THƯ”: the authority line, not the keys', async () => {
    const findings = await lintTxt(PARTY);
    expect(findings.filter((f) => f.ruleId === 'party-no-kt-cap-uy').map((f) => f.message)).toEqual(['Cấp ủy không ký “K/T BÍ THƯ”: dòng quyền hạn viết “T/M BAN THƯỜNG VỤ”, dòng chức vụ “PHÓ BÍ THƯ”.']);
    expect(findings.filter((f) => PLAN_SPEAK.test(f.message)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

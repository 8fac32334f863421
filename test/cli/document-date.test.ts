// The rules of the document's date, as a drafter meets them (issue 11, item 3): `dvk lint` on a
// .txt and a .docx, through the built binary. A document is judged by the texts in force on its
// date (src/profile/in-force.ts): a 2015 State document by TT 01/2011/TT-BNV, a 2016 Party one by
// the guide before HD 36-HD/VPTW.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDvk, tempDir } from '../helpers/cli.js';
import { editDocx, renderExample } from '../reader/docx-fixtures.js';

interface JsonFinding { ruleId: string; severity: string; message: string; line: number; basis?: { source: string; where: string } }
const lintJson = (file: string, lang = 'vi'): JsonFinding[] => {
  const r = runDvk(['lint', file, '-f', 'json', '--lang', lang]);
  expect([0, 1]).toContain(r.code);
  return (JSON.parse(r.stdout) as { files: { findings: JsonFinding[] }[] }).files[0]!.findings;
};

/** An invented kế hoạch of a commune; the date line and the dates in the body follow `year`. */
const plan = (year: number, dateLine = `Hòa Bình, ngày 10 tháng 8 năm ${year}`): string => `ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
${dateLine}
KẾ HOẠCH
Tổ chức các hoạt động chào mừng ngày quốc khánh 2-9
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Ủy ban nhân dân xã xây dựng kế hoạch tổ chức các hoạt động chào mừng như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phục vụ nhu cầu vui chơi, đáp ứng nguyện vọng của nhân dân và chủ trương của Đảng và nhà nước.
2. Yêu cầu
Tổ chức trang trọng, an toàn, tiết kiệm.
II. NỘI DUNG
1. Tổ chức mít tinh chào mừng tại hội trường xã.
2. Tổ chức các hoạt động văn hóa, thể thao.
III. THỜI GIAN THỰC HIỆN
Từ ngày 25/8/${year} đến ngày 02/9/${year}.
IV. TỔ CHỨC THỰC HIỆN
Văn phòng Ủy ban nhân dân xã chủ trì, phối hợp với các đoàn thể thực hiện kế hoạch này./.
Nơi nhận:
- Thường trực Đảng ủy xã;
- Các đoàn thể xã;
- Lưu: VT, VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
`;

let dir: string;
beforeAll(() => {
  dir = tempDir('dvk-dates-');
});
const save = (name: string, content: string | Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('dvk lint judges a .txt by the rules of its date', () => {
  it('2015: lower-case “nhân dân”, “nhà nước” draw nothing (NĐ 30 added them); the named day is judged by TT 01, cited so', () => {
    const found = lintJson(save('kh-2015.txt', plan(2015)));
    expect(found.filter((f) => f.ruleId === 'nhan-dan-nha-nuoc')).toEqual([]);
    const named = found.filter((f) => f.ruleId === 'named-days');
    expect(named.map((f) => [f.line, f.basis])).toEqual([[8, { source: 'TT 01/2011/TT-BNV', where: 'Phụ lục VI (viết hoa trong văn bản hành chính)' }]]);
    // Nothing on it cites a decree that did not exist yet, except as the clause dvk checked by.
    expect(found.filter((f) => f.basis?.source === 'NĐ 30/2020/NĐ-CP')).toEqual([]);
  });

  it('2021: the same text draws the decree’s special nouns, cited by NĐ 30', () => {
    const found = lintJson(save('kh-2021.txt', plan(2021)));
    const nouns = found.filter((f) => f.ruleId === 'nhan-dan-nha-nuoc');
    expect(nouns.map((f) => [f.line, f.severity, f.basis?.source])).toEqual([
      [13, 'warning', 'NĐ 30/2020/NĐ-CP'],
      [13, 'warning', 'NĐ 30/2020/NĐ-CP'],
    ]);
    expect(nouns.map((f) => f.message)).toEqual([
      '“Nhân dân” (chỉ nhân dân nói chung) viết hoa: “Nhân dân”, không viết “nhân dân”.',
      '“Nhà nước” (chỉ Nhà nước ta) viết hoa: “Nhà nước”, không viết “nhà nước”.',
    ]);
    expect(lintJson(join(dir, 'kh-2021.txt'), 'en').filter((f) => f.ruleId === 'nhan-dan-nha-nuoc')[0]!.message).toBe('“Nhân dân” (the people) takes a capital: “Nhân dân”, not “nhân dân”.');
  });

  it('2009: no capitalisation appendix for administrative texts yet: the capitalisation rules say nothing', () => {
    const found = lintJson(save('kh-2009.txt', plan(2009)));
    expect(found.filter((f) => ['named-days', 'nhan-dan-nha-nuoc', 'law-name-capital', 'capital-mid-sentence', 'canonical-organ-case'].includes(f.ruleId))).toEqual([]);
  });

  it('a document whose date line has no date is judged by today’s rules, and says nothing extra about it', () => {
    const found = lintJson(save('kh-no-date.txt', plan(2015, 'Hòa Bình, ngày    tháng    năm')));
    expect(found.filter((f) => f.ruleId === 'nhan-dan-nha-nuoc')).toHaveLength(2);
    expect(found.every((f) => !f.basis || !/TT 01|HD 11|trước/.test(`${f.basis.source} ${f.basis.where}`))).toBe(true);
  });

  it('the rule page and `dvk explain` say from when the rule applies', () => {
    const r = runDvk(['explain', 'nhan-dan-nha-nuoc']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Áp dụng từ: Nhà nước: văn bản ngày 5/3/2020 trở đi (NĐ 30/2020/NĐ-CP)');
  });
});

describe('a 2016 Party .docx is not judged by HD 36’s kỹ thuật trình bày', () => {
  it('margins outside HD 36’s ranges: reported on a 2024 document, not on a 2016 one', async () => {
    const rendered = renderExample('dang-ke-hoach-dan-van-kheo-dhtn.yaml');
    const narrow = (xml: string) => xml.replace(/(<w:pgMar [^>]*w:left=")\d+"/, '$11134"');
    const in2024 = await editDocx(rendered, { 'word/document.xml': narrow });
    const in2016 = await editDocx(rendered, { 'word/document.xml': (xml) => narrow(xml).replace('ngày 27 tháng 5 năm 2024', 'ngày 20 tháng 10 năm 2016') });
    const margins2024 = lintJson(save('party-2024.docx', in2024)).filter((f) => f.ruleId === 'docx-margins');
    expect(margins2024.map((f) => f.basis?.source)).toEqual(['HD 36-HD/VPTW']);
    const found2016 = lintJson(save('party-2016.docx', in2016));
    expect(found2016.filter((f) => f.ruleId === 'docx-margins')).toEqual([]);
    // What it is judged by, it cites as the guide then in force.
    expect(found2016.filter((f) => f.basis?.source === 'HD 36-HD/VPTW')).toEqual([]);
  }, 60_000);
});

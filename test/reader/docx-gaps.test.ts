// .docx the reader used to miss: text boxes, header/footer parts, several sections, and the
// length of the rule lines under the header. Files built with the docx package, with XML added
// by hand where the package has no API (a text box), or a dvk render output edited.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Footer, Header, PageNumber, PageOrientation, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExistingDocument } from '../../src/reader/index.js';
import { LAYOUT_CHECK_IDS } from '../../src/reader/layout/checks.js';
import { runDvk, tempDir } from '../helpers/cli.js';
import { editDocx, inParagraph, renderExample } from './docx-fixtures.js';
import { docxFixtures } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('dvk-docx-gaps-');
});
const save = (name: string, bytes: Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const lint = async (file: string, lang: 'vi' | 'en' = 'vi') => {
  const loaded = await readExistingDocument(file, lang);
  const layout = loaded.report.findings.filter((f) => LAYOUT_CHECK_IDS.includes(f.ruleId));
  return { ...loaded, data: loaded.data as Record<string, any>, layout };
};

const mm = (v: number) => Math.round((v * 1440) / 25.4);
const run = (text: string, o: { bold?: boolean; italic?: boolean; size?: number } = {}) => new TextRun({ text, bold: o.bold ?? false, italics: o.italic ?? false, font: 'Times New Roman', size: (o.size ?? 14) * 2 });
const p = (text: string, o: { bold?: boolean; italic?: boolean; center?: boolean; size?: number } = {}) =>
  new Paragraph({ alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, children: text ? [run(text, o)] : [] });
const HEADER = [
  p('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', { center: true, size: 13 }),
  p('SỞ KHOA HỌC VÀ CÔNG NGHỆ', { center: true, bold: true, size: 13 }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true, size: 13 }),
  p('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true }),
];
const REST = [
  p('Số: 15/KH-SKHCN', { center: true, size: 13 }),
  p('Hà Nam, ngày 05 tháng 10 năm 2023', { center: true, italic: true }),
  p('KẾ HOẠCH', { center: true, bold: true }),
  p('Tổ chức Tháng cao điểm dân vận', { center: true, bold: true }),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p('Nâng cao nhận thức của cán bộ.'),
  p('II. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p('Các phòng thực hiện kế hoạch này./.'),
  p('Nơi nhận:', { bold: true, italic: true, size: 12 }),
  p('- UBND tỉnh;', { size: 11 }),
  p('- Lưu: VT, VP.', { size: 11 }),
  p('GIÁM ĐỐC', { center: true, bold: true }),
  p('Nguyễn Văn A', { center: true, bold: true }),
];
const page = { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } };

describe('text boxes (w:txbxContent)', () => {
  // A header drawn in a text box anchored in the first, empty paragraph, the way Word saves it:
  // the box in mc:Choice (DrawingML) and the same box again in mc:Fallback (VML).
  const box = (paras: string) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2520000" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2520000" cy="720000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>${paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box 1" type="#_x0000_t202" style="width:198.45pt;height:56.7pt"><v:textbox><w:txbxContent>${paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  const para = (text: string, bold = false) =>
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>${bold ? '<w:b/>' : ''}<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

  it('a header drawn in a text box is read (once, not again from the VML fallback), right after its anchor paragraph', async () => {
    const doc = new Document({ sections: [{ properties: { page }, children: [p('ANCHOR_HERE'), ...HEADER.slice(2), ...REST] }] });
    const bytes = await editDocx(await Packer.toBuffer(doc), {
      'word/document.xml': (x) => inParagraph(x, 'ANCHOR_HERE', () => `<w:p>${box(para('ỦY BAN NHÂN DÂN TỈNH HÀ NAM') + para('SỞ KHOA HỌC VÀ CÔNG NGHỆ', true))}</w:p>`),
    });
    const { data, report, sourceMap } = await lint(save('textbox.docx', bytes));
    expect(data.co_quan).toMatchObject({ cap_tren: 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', ten: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' });
    expect(report.findings.filter((f) => f.ruleId === 'reader/not-found' && /cơ quan|Quốc hiệu/.test(f.message))).toEqual([]);
    // Paragraph 1 is the (empty) anchor; the box's paragraphs are 2 and 3.
    expect(sourceMap!.locate(['co_quan', 'ten']).start).toMatchObject({ line: 3, column: 1 });
    expect(report.source!.match(/SỞ KHOA HỌC VÀ CÔNG NGHỆ/g)).toHaveLength(1);
    // A text box is not a drawn rule line: the organ still needs its rule.
    expect(report.findings.some((f) => f.ruleId === 'docx-rule-lines' && f.message.includes('tên cơ quan ban hành'))).toBe(true);
  });
});

describe('a text box made by LibreOffice (soffice --convert-to docx textbox-libreoffice.fodt)', () => {
  it('the organ in the box is found once; the task details are structured', async () => {
    const { data, report, sourceMap } = await lint(join(docxFixtures, 'textbox-libreoffice.docx'));
    expect(data.co_quan).toMatchObject({ cap_tren: 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', ten: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' });
    expect(report.source!.match(/ỦY BAN NHÂN DÂN TỈNH HÀ NAM/g)).toHaveLength(1);
    expect(sourceMap!.locate(['co_quan', 'cap_tren']).start.line).toBe(2);
    expect(data.noi_dung.noi_dung[0]).toMatchObject({ tieu_de: 'Tuyên truyền về công tác dân vận', chu_tri: 'Văn phòng Sở', thoi_gian: 'Tháng 10/2023' });
    expect(report.findings.filter((f) => f.ruleId === 'reader/not-found').map((f) => f.message)).toEqual([]);
  });
});

describe('header and footer parts', () => {
  it('their text is never taken for body text; a page number in the first-page header is a layout finding', async () => {
    const doc = new Document({
      sections: [
        {
          properties: { page, titlePage: true },
          headers: {
            first: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
            default: new Header({ children: [p('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ NAM'), new Paragraph({ children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
          },
          footers: { default: new Footer({ children: [p('Kế hoạch số 15/KH-SKHCN — Trang'), p('I. GHI CHÚ CHÂN TRANG')] }) },
          children: [...HEADER, ...REST],
        },
      ],
    });
    const file = save('header-footer.docx', await Packer.toBuffer(doc));
    const { data, report, layout } = await lint(file);
    expect(report.source).not.toContain('Trang');
    expect(report.source).not.toContain('GHI CHÚ');
    expect(data.co_quan).toMatchObject({ cap_tren: 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', ten: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' });
    expect(data.muc_dich_yeu_cau.tieu_de).toBe('MỤC ĐÍCH, YÊU CẦU');
    const pageNumber = layout.filter((f) => f.ruleId === 'docx-page-number');
    expect(pageNumber.map((f) => f.message)).toEqual(['Trang 1 có số trang. Bật “Trang đầu khác” (Different First Page) ở đầu trang để trang 1 không có số.']);
    expect(pageNumber[0]!.range.start).toMatchObject({ line: 1, column: 1 });
  });

  it('an empty first-page header and the number in the default header: no finding', async () => {
    const doc = new Document({
      sections: [
        {
          properties: { page, titlePage: true },
          headers: { first: new Header({ children: [new Paragraph({ children: [] })] }), default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
          children: [...HEADER, ...REST],
        },
      ],
    });
    const { layout } = await lint(save('header-ok.docx', await Packer.toBuffer(doc)));
    expect(layout.filter((f) => f.ruleId === 'docx-page-number')).toEqual([]);
  });
});

describe('several sections (w:sectPr inside a paragraph)', () => {
  it('each section’s page size and margins are checked, reported at the section’s first paragraph', async () => {
    const doc = new Document({
      sections: [
        { properties: { page }, children: [...HEADER, ...REST.slice(0, 6)] },
        // An appendix set landscape, with a 20 mm left margin.
        { properties: { page: { size: { width: mm(297), height: mm(210), orientation: PageOrientation.LANDSCAPE }, margin: { top: mm(20), bottom: mm(20), left: mm(20), right: mm(15) } } }, children: [p('Bảng phân công nhiệm vụ.')] },
        { properties: { page }, children: REST.slice(6) },
      ],
    });
    const { layout, data } = await lint(save('sections.docx', await Packer.toBuffer(doc)));
    expect(data.nguoi_ky).toMatchObject({ ho_ten: 'Nguyễn Văn A' });
    const page1 = layout.filter((f) => f.ruleId === 'docx-page-size' || f.ruleId === 'docx-margins');
    expect(page1.map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([
      ['docx-page-size', 11, 'Trang in ngang; văn bản in dọc (khổ A4 dọc) (ở phần 2 của văn bản, tức section trong Word).'],
      ['docx-margins', 11, 'Lề trái 20 mm, ngoài khoảng 30–35 mm của NĐ 30/2020/NĐ-CP (ở phần 2 của văn bản, tức section trong Word).'],
    ]);
    const en = (await lint(join(dir, 'sections.docx'), 'en')).layout.find((f) => f.ruleId === 'docx-margins');
    expect(en?.message).toBe('The left margin is 20 mm, outside 30–35 mm (NĐ 30/2020/NĐ-CP) (in section 2 of the document).');
  });

  it('one section: the messages are as before, at the start of the document', async () => {
    const doc = new Document({ sections: [{ properties: { page: { ...page, margin: { ...page.margin, left: mm(20) } } }, children: [...HEADER, ...REST] }] });
    const { layout } = await lint(save('one-section.docx', await Packer.toBuffer(doc)));
    const margins = layout.filter((f) => f.ruleId === 'docx-margins');
    expect(margins.map((f) => [f.range.start.line, f.message])).toEqual([[1, 'Lề trái 20 mm, ngoài khoảng 30–35 mm của NĐ 30/2020/NĐ-CP.']]);
  });
});

describe('rule lines under the header: measured against the profile', () => {
  let state: Buffer;
  let party: Buffer;
  beforeAll(() => {
    state = renderExample('nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml');
    party = renderExample('dang-ke-hoach-dan-van-kheo-dhtn.yaml');
  }, 60_000);
  const paragraphs = (x: string) => x.match(/<w:p[ >][\s\S]*?<\/w:p>/g)!;
  /** Rewrites the indents of the empty rule paragraph right after the one containing `text`. */
  const ruleAfter = (text: string, indent: string) => (x: string) => {
    const ps = paragraphs(x);
    const i = ps.findIndex((q) => q.replace(/<[^>]+>/g, '').includes(text));
    return x.replace(ps[i + 1]!, ps[i + 1]!.replace(/<w:ind [^>]*\/>/, indent));
  };

  it('dvk render’s lines pass (organ line 40 % of the name, motto line as long as the motto)', async () => {
    expect((await lint(save('rl-state.docx', state))).layout.filter((f) => f.ruleId === 'docx-rule-lines')).toEqual([]);
    expect((await lint(save('rl-party.docx', party))).layout.filter((f) => f.ruleId === 'docx-rule-lines')).toEqual([]);
  });

  it('an organ line across the whole cell, a motto line half as long: warnings with the measures', async () => {
    const bytes = await editDocx(state, {
      'word/document.xml': (x) => ruleAfter('Độc lập - Tự do', '<w:ind w:left="1880" w:right="1880"/>')(ruleAfter('VÀ CÔNG NGHỆ', '<w:ind w:left="0" w:right="0"/>')(x)),
    });
    const found = (await lint(save('rl-long.docx', bytes))).layout.filter((f) => f.ruleId === 'docx-rule-lines');
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(found[0]!.message).toMatch(/^Đường kẻ dưới Tiêu ngữ dài 31,6 mm; NĐ 30\/2020\/NĐ-CP quy định dài bằng dòng “Độc lập - Tự do - Hạnh phúc” \(khoảng 60,\d mm\)\.$/);
    expect(found[1]!.message).toMatch(/^Đường kẻ dưới tên cơ quan ban hành dài 61 mm, bằng 169% tên cơ quan \(36,\d mm\); NĐ 30\/2020\/NĐ-CP: từ 1\/3 đến 1\/2 độ dài tên \(thể thức dùng 40%\)\.$/);
  });

  it('a drawn line (DrawingML shape) is measured by its width', async () => {
    // The Party header line replaced by a 30 mm drawn line.
    const shape = `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${30 * 36000}" cy="0"/><wp:docPr id="9" name="Line 9"/></wp:inline></w:drawing></w:r>`;
    const bytes = await editDocx(party, {
      'word/document.xml': (x) => {
        const ps = paragraphs(x);
        const i = ps.findIndex((q) => q.replace(/<[^>]+>/g, '').includes('ĐẢNG CỘNG SẢN VIỆT NAM'));
        return x.replace(ps[i + 1]!, ps[i + 1]!.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/, '').replace('</w:p>', `${shape}</w:p>`));
      },
    });
    const found = (await lint(save('rl-shape.docx', bytes))).layout.filter((f) => f.ruleId === 'docx-rule-lines');
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^Đường kẻ dưới tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” dài 30 mm; HD 36-HD\/VPTW quy định dài bằng dòng “ĐẢNG CỘNG SẢN VIỆT NAM” \(khoảng 7\d,\d mm\)\.$/)]);
  });

  it('an underlined organ name is a line as long as the name: too long for 1/3–1/2', async () => {
    const bytes = await editDocx(state, { 'word/document.xml': (x) => inParagraph(x, 'VÀ CÔNG NGHỆ', (q) => q.replace('</w:rPr>', '<w:u w:val="single"/></w:rPr>')) });
    const found = (await lint(save('rl-underline.docx', bytes))).layout.filter((f) => f.ruleId === 'docx-rule-lines');
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^Đường kẻ dưới tên cơ quan ban hành dài 36,\d mm, bằng 100% tên cơ quan/)]);
    expect(found[0]!.range.start.line).toBe(5); // “VÀ CÔNG NGHỆ”, the last line of the wrapped organ name
  });
});

describe('dvk lint on these files (the built binary): exit codes and no stack trace', () => {
  it('the several-sections file', () => {
    const r = runDvk(['lint', join(dir, 'sections.docx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/sections\.docx:11:1 +lỗi +Lề trái 20 mm/);
    expect(r.stdout + r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

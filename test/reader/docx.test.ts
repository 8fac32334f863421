// The .docx side of the reader: layout checks on files made wrong on purpose, render-then-verify
// for every example, documents made by other tools, and files that cannot be read.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { locateInValue } from '../../src/plan/source-map.js';
import { readExistingDocument } from '../../src/reader/index.js';
import { LAYOUT_CHECK_IDS } from '../../src/reader/layout/checks.js';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';
import { editDocx, inParagraph, renderExample } from './docx-fixtures.js';
import { docxText } from '../render/helpers.js';
import { docxFixtures, seedFile, stringsOf } from './helpers.js';

/** "ruleId: message" of every finding `dvk lint` gives on a file. */
const findingsOf = (target: string): string[] => {
  const out = JSON.parse(runDvk(['lint', target, '-f', 'json']).stdout) as { files: { findings: { ruleId: string; message: string }[] }[] };
  return out.files[0]!.findings.map((f) => `${f.ruleId}: ${f.message}`);
};
/** What `read` has beyond `plan`, counting repeats. */
const extra = (read: string[], plan: string[]): string[] => {
  const left = [...plan];
  return read.filter((f) => {
    const i = left.indexOf(f);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
};

const STATE = 'nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml';
const PARTY = 'dang-ke-hoach-dan-van-kheo-dhtn.yaml';

let dir: string;
const save = (name: string, bytes: Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const lint = async (file: string) => {
  const loaded = await readExistingDocument(file, 'vi');
  const layout = loaded.report.findings.filter((f) => LAYOUT_CHECK_IDS.includes(f.ruleId));
  return { ...loaded, layout, ids: [...new Set(layout.map((f) => f.ruleId))].sort() };
};

let state: Buffer;
let party: Buffer;
beforeAll(() => {
  dir = tempDir('dvk-docx-');
  state = renderExample(STATE);
  party = renderExample(PARTY);
}, 120_000);

describe('render-then-verify: a .docx that dvk render produced has no layout findings', () => {
  const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.yaml'));
  for (const example of examples) {
    it(example, async () => {
      const file = save(example.replace(/yaml$/, 'docx'), renderExample(example));
      const { layout, plan, report } = await lint(file);
      expect(layout.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`)).toEqual([]);
      expect(report.findings.filter((f) => f.ruleId === 'reader/not-found')).toEqual([]);
      expect(plan).toBeDefined();
      // Reading the .docx back invents no problem: every finding on it (rule and message, as
      // often) is one the plan has; "(để báo cáo)" printed from `de` is not a typed purpose.
      const fromPlan = findingsOf(join(repoRoot, 'examples', example));
      expect(extra(findingsOf(file), fromPlan)).toEqual([]);
      // The same for the text of the page, one paragraph a line, as a clerk copies it into a .txt.
      const txt = join(dir, example.replace(/yaml$/, 'txt'));
      writeFileSync(txt, `${docxText(await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string')).join('\n')}\n`);
      expect(extra(findingsOf(txt), fromPlan)).toEqual([]);
    }, 30_000);
  }
});

describe('layout checks catch a .docx made wrong on purpose', () => {
  it('the correct files pass', async () => {
    expect((await lint(save('state.docx', state))).ids).toEqual([]);
    expect((await lint(save('party.docx', party))).ids).toEqual([]);
  });

  it('wrong margins (left 20 mm instead of 30–35)', async () => {
    const bytes = await editDocx(state, { 'word/document.xml': (x) => x.replace(/w:left="1701"/, 'w:left="1134"') });
    const { layout } = await lint(save('margins.docx', bytes));
    expect(layout.map((f) => f.message)).toEqual(['Lề trái 20 mm, ngoài khoảng 30–35 mm của NĐ 30/2020/NĐ-CP.']);
  });

  it('Arial instead of Times New Roman, with the paragraph count', async () => {
    const bytes = await editDocx(state, { 'word/document.xml': (x) => x.replace(/w:(ascii|hAnsi)="Times New Roman"/g, 'w:$1="Arial"') });
    const { layout, ids } = await lint(save('arial.docx', bytes));
    expect(ids).toEqual(['docx-font']);
    expect(layout[0]!.message).toMatch(/dùng phông Arial, không phải Times New Roman \(\d+ đoạn như vậy\)/);
  });

  it('a bold date line (it must be italic, not bold), pointed at by paragraph', async () => {
    const bytes = await editDocx(state, { 'word/document.xml': (x) => inParagraph(x, 'Hà Nam, ngày', (p) => p.replace('<w:b w:val="false"/>', '<w:b/>')) });
    const { layout } = await lint(save('bold-date.docx', bytes));
    expect(layout).toHaveLength(1);
    expect(layout[0]!.ruleId).toBe('docx-component-style');
    expect(layout[0]!.message).toMatch(/^Dòng địa danh, ngày tháng không in đậm: “Hà Nam, ngày\s+tháng 10 năm 2023”\.$/);
    expect(layout[0]!.range.start).toMatchObject({ line: 11, column: 1 }); // after the organ names' wrapped lines
  });

  it('a page number on page 1 (no “different first page”)', async () => {
    const bytes = await editDocx(state, { 'word/document.xml': (x) => x.replace(/<w:titlePg\/>|<w:titlePg [^>]*\/>/, '') });
    const { ids } = await lint(save('page1.docx', bytes));
    expect(ids).toEqual(['docx-page-number']);
  });

  it('a theme font (minorHAnsi) in a run', async () => {
    const bytes = await editDocx(state, {
      'word/document.xml': (x) => inParagraph(x, 'KẾ HOẠCH', (p) => p.replace(/<w:rFonts [^>]*\/>/, '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:cstheme="minorBidi"/>')),
    });
    const { layout } = await lint(save('theme.docx', bytes));
    expect(layout.map((f) => f.ruleId)).toEqual(['docx-font']);
    expect(layout[0]!.message).toContain('phông theo chủ đề (minorHAnsi; chủ đề của tệp là Calibri)');
  });

  it('a colon after “Số” in a Party document', async () => {
    const bytes = await editDocx(party, { 'word/document.xml': (x) => x.replace('>Số 08-KH/BDVĐU<', '>Số: 08-KH/BDVĐU<') });
    const { report } = await lint(save('party-colon.docx', bytes));
    const colon = report.findings.find((f) => f.ruleId === 'so-ky-hieu-format');
    expect(colon?.message).toBe('Văn bản của Đảng ghi “Số” không có dấu hai chấm: “Số 08-KH/BDVĐU”.');
    expect(colon?.range.start).toMatchObject({ line: 5, column: 3 }); // “ĐẢNG ỦY / ĐẠI HỌC THÁI NGUYÊN” is two lines
  });

  it('a missing rule line under the Tiêu ngữ and body text at 12 pt', async () => {
    const bytes = await editDocx(state, {
      'word/document.xml': (x) => {
        // Take the border off the empty paragraph that draws the line under the Tiêu ngữ.
        const paragraphs = x.match(/<w:p[ >][\s\S]*?<\/w:p>/g)!;
        const motto = paragraphs.findIndex((p) => p.includes('Độc lập - Tự do'));
        const line = paragraphs[motto + 1]!;
        return inParagraph(x.replace(line, line.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/, '')), 'Thông qua các hoạt động', (p) => p.replace(/w:val="28"/g, 'w:val="24"'));
      },
    });
    const { ids } = await lint(save('rules.docx', bytes));
    expect(ids).toEqual(['docx-component-style', 'docx-rule-lines']);
  });
});

describe('dvk lint file.docx (the built binary)', () => {
  it('reports layout and rule findings at paragraph:column, exit 1; English with --lang en', async () => {
    const bytes = await editDocx(party, {
      'word/document.xml': (x) => inParagraph(x.replace('>Số 08-KH/BDVĐU<', '>Số: 08-KH/BDVĐU<'), 'Thái Nguyên, ngày', (p) => p.replace('<w:b w:val="false"/>', '<w:b/>')),
    });
    const file = save('cli.docx', bytes);
    const r = runDvk(['lint', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/cli\.docx:5:3 +lỗi +Văn bản của Đảng ghi “Số” không có dấu hai chấm/);
    expect(r.stdout).toMatch(/cli\.docx:8:1 +lỗi +Dòng địa danh, ngày tháng không in đậm/);
    const en = runDvk(['lint', file, '--lang', 'en']);
    expect(en.stdout).toContain('The place and date line must not be bold');
    expect(en.stdout).toContain('Party documents write “Số” without a colon');
  });
});

describe('round trip: seed .txt → dvk import → dvk render → read the .docx back', () => {
  // The body comes back word for word (the renderer prints part titles in capitals, and
  // normalises the number, the recipients' punctuation and the closing mark, which are left out).
  const body = (data: Record<string, unknown>) => {
    const { so, ky_hieu, du_thao, noi_nhan, nguoi_ky, co_quan, dia_danh, ngay, cau_ket, ...rest } = data;
    void [so, ky_hieu, du_thao, noi_nhan, nguoi_ky, co_quan, dia_danh, ngay, cau_ket];
    return stringsOf(rest).map((t) => t.toLocaleLowerCase('vi'));
  };
  for (const id of ['000', '001', '002', '003', '004']) {
    it(`seed ${id}`, async () => {
      const plan = join(dir, `rt-${id}.yaml`);
      const docx = join(dir, `rt-${id}.docx`);
      expect(runDvk(['import', seedFile(id), '-o', plan]).code).toBe(0);
      expect(runDvk(['render', plan, '-o', docx]).code).toBe(0);
      const before = (await readExistingDocument(seedFile(id), 'vi')).data as Record<string, unknown>;
      const after = (await readExistingDocument(docx, 'vi')).data as Record<string, unknown>;
      expect(body(after)).toEqual(body(before));
      expect((after as any).nguoi_ky.ho_ten).toBe((before as any).nguoi_ky.ho_ten);
    }, 30_000);
  }
});

describe('documents made by other tools', () => {
  it('LibreOffice from a seed .txt (soffice --convert-to docx): the parts are found, the layout is reported', async () => {
    const { plan, report, ids } = await lint(join(docxFixtures, 'seed-003-libreoffice.docx'));
    expect(plan).toBeDefined();
    const missing = report.findings.filter((f) => f.ruleId === 'reader/not-found').map((f) => f.message);
    expect(missing.some((m) => m.includes('tên cơ quan ban hành'))).toBe(true);
    // LibreOffice writes 10 pt Liberation Mono with 20 mm margins: everything the profile forbids.
    expect(ids).toEqual(['docx-component-style', 'docx-font', 'docx-margins', 'docx-page-number', 'docx-paragraph-spacing']);
    const data = (await readExistingDocument(join(docxFixtures, 'seed-003-libreoffice.docx'), 'vi')).data as Record<string, any>;
    expect(data).toMatchObject({ he_thong: 'nha_nuoc', ky_hieu: 'KH-SKHCN', dia_danh: 'Hà Nam', ngay: '2023-10', nguoi_ky: { chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Nguyễn Tất Nhiên' } });
  });

  it('LibreOffice from seed 001: same recognition as the .txt, positions are paragraph numbers', async () => {
    const { report, data } = await lint(join(docxFixtures, 'seed-001-libreoffice.docx'));
    expect((data as any).nguoi_ky.chuc_vu).toBe('KHO BÍ THƯ');
    expect(report.findings.find((f) => f.ruleId === 'reader/not-found')?.range.start.line).toBe(3);
  });

  it('a differently built .docx: header as plain paragraphs, no tables, runs split inside words', async () => {
    const p = (text: string | TextRun[], options: { bold?: boolean; italic?: boolean; center?: boolean; size?: number } = {}) =>
      new Paragraph({
        alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        children: typeof text === 'string' ? [new TextRun({ text, bold: options.bold, italics: options.italic, font: 'Times New Roman', size: (options.size ?? 14) * 2 })] : text,
      });
    const split = (parts: string[], bold = false) => parts.map((t) => new TextRun({ text: t, bold, font: 'Times New Roman', size: 28 }));
    const doc = new Document({
      sections: [
        {
          children: [
            p('ỦY BAN NHÂN DÂN HUYỆN A', { center: true, size: 13 }),
            p('PHÒNG VĂN HÓA VÀ THÔNG TIN', { center: true, bold: true, size: 13 }),
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true, size: 13 }),
            p('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true }),
            p(split(['Số: 0', '5/TB-', 'VHTT'])),
            p('Huyện A, ngày 03 tháng 3 năm 2025', { center: true, italic: true }),
            p('THÔNG BÁO', { center: true, bold: true }),
            p(split(['Kết quả Hội ', 'thi “Dân vận khéo”'], true), { center: true }),
            p([
              new TextRun({ text: 'Phòng Văn hóa và Thông tin thông báo ', font: 'Times New Roman', size: 28 }),
              new TextRun({ text: 'kết quả', bold: true, font: 'Times New Roman', size: 28 }),
              new TextRun({ text: ' như sau:', font: 'Times New Roman', size: 28 }),
            ]),
            p('1. Giải nhất: xã B.'),
            p('2. Giải nhì: xã C.'),
            p('Nơi nhận:', { bold: true, italic: true, size: 12 }),
            p('- UBND huyện;', { size: 11 }),
            p('- Lưu: VT.', { size: 11 }),
            p('TRƯỞNG PHÒNG', { center: true, bold: true }),
            p('Trần Văn B', { center: true, bold: true }),
          ],
        },
      ],
    });
    const file = save('other.docx', await Packer.toBuffer(doc));
    const { data, sourceMap } = await lint(file);
    expect(data).toMatchObject({
      he_thong: 'nha_nuoc',
      loai: 'thong_bao',
      co_quan: { cap_tren: 'ỦY BAN NHÂN DÂN HUYỆN A', ten: 'PHÒNG VĂN HÓA VÀ THÔNG TIN', viet_tat: 'VHTT' },
      so: '05',
      ky_hieu: 'TB-VHTT',
      dia_danh: 'Huyện A',
      ngay: '2025-03-03',
      trich_yeu: 'Kết quả Hội thi “Dân vận khéo”',
      noi_nhan: { gui: ['UBND huyện'], luu: 'VT' },
      nguoi_ky: { chuc_vu: 'TRƯỞNG PHÒNG', ho_ten: 'Trần Văn B' },
    });
    // "05" was typed over two runs; it still points at paragraph 5, columns 5–6.
    expect(sourceMap!.locate(['so'])).toMatchObject({ start: { line: 5, column: 5 }, end: { line: 5, column: 7 } });
    // A bold word inside a paragraph becomes **…**, and the word still maps to the file.
    expect((data as any).mo_dau).toEqual(['Phòng Văn hóa và Thông tin thông báo **kết quả** như sau:']);
    const range = locateInValue(sourceMap!, ['mo_dau', 0], 39, 46);
    expect(range.start).toMatchObject({ line: 9, column: 38 });
  });
});

describe('formatting resolved through styles.xml (docDefaults, style chain), as Word shows it', () => {
  it('a font set only in the document defaults, bold set only in a paragraph style based on another', async () => {
    const plain = (text: string, style?: string) => new Paragraph({ children: [new TextRun(text)], ...(style ? { style } : {}), alignment: AlignmentType.CENTER });
    const doc = new Document({
      styles: {
        default: { document: { run: { font: 'Arial', size: 28 } } },
        paragraphStyles: [
          { id: 'Base', name: 'Base', run: { italics: true } },
          { id: 'DateLine', name: 'Date line', basedOn: 'Base', run: { bold: true } },
        ],
      },
      sections: [
        {
          children: [
            plain('ỦY BAN NHÂN DÂN TỈNH HÀ NAM'),
            plain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            plain('Độc lập - Tự do - Hạnh phúc'),
            plain('Số: 15/KH-UBND'),
            plain('Hà Nam, ngày 05 tháng 10 năm 2023', 'DateLine'),
            plain('KẾ HOẠCH'),
            plain('Thử'),
          ],
        },
      ],
    });
    const { layout } = await lint(save('styles.docx', await Packer.toBuffer(doc)));
    const font = layout.find((f) => f.ruleId === 'docx-font');
    expect(font?.message).toMatch(/dùng phông Arial/);
    const date = layout.filter((f) => f.ruleId === 'docx-component-style' && f.range.start.line === 5).map((f) => f.message);
    // Italic comes from "Base", bold from "DateLine" based on it: only the bold is wrong.
    expect(date).toEqual(['Dòng địa danh, ngày tháng không in đậm: “Hà Nam, ngày 05 tháng 10 năm 2023”.']);
  });
});

describe('files that are not a readable .docx: one clear message, exit 2', () => {
  const cases: [string, () => Buffer, RegExp][] = [
    ['a text file renamed .docx', () => Buffer.from('KẾ HOẠCH\nnội dung\n'), /không phải tệp Word \.docx/],
    ['an encrypted .docx (OLE compound file with EncryptedPackage)', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]), /đặt mật khẩu/],
    ['a .doc (Word 97–2003)', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(512)]), /Word 97–2003 \(\.doc\)/],
    ['a corrupt zip', () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), /\.docx bị hỏng/],
  ];
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const file = save(`${name.replace(/\W+/g, '-')}.docx`, make());
      const r = runDvk(['lint', file]);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toMatch(message);
      expect(r.stdout + r.stderr).not.toMatch(/at .*\.js:\d+/);
      const imp = runDvk(['import', file, '-o', join(dir, 'never.yaml')]);
      expect(imp.code).toBe(2);
      expect(imp.stderr).toMatch(message);
    });
  }

  it('a .docx renamed .txt is named for what it is', async () => {
    const file = save('renamed.txt', state);
    const { report } = await lint(file);
    expect(report.unusable).toBe(true);
    expect(report.findings[0]!.message).toContain('thực ra là tệp Word .docx');
  });
});

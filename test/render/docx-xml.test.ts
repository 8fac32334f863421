// The rendered .docx, read back as XML: page, fonts, sizes and styles per component, alignment,
// borderless tables, header with the page field and a different first page, numbering, nơi nhận
// punctuation per system, XML-safe text, and byte-identical output for the same input.
import { describe, expect, it } from 'vitest';
import { find, renderFile, renderText, runStyle, type Rendered } from './helpers.js';

const STATE = 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml';
const PARTY = 'examples/dang-ke-hoach-dan-van-kheo-dhtn.yaml';

const sectPr = (r: Rendered) => r.document['w:document']['w:body']['w:sectPr'];
const attr = (node: any, name: string) => Number(node?.[name]);
const tnr = { 'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman', 'w:eastAsia': 'Times New Roman', 'w:cs': 'Times New Roman' };

describe.each([
  ['nd30', STATE],
  ['dang-hd36', PARTY],
])('%s: page and fonts', (_id, file) => {
  it('is A4 portrait with 20/20/30/15 mm margins and a different first page', async () => {
    const r = await renderFile(file);
    const s = sectPr(r);
    expect(attr(s['w:pgSz'], 'w:w')).toBe(11906);
    expect(attr(s['w:pgSz'], 'w:h')).toBe(16838);
    expect(attr(s['w:pgMar'], 'w:top')).toBe(1134);
    expect(attr(s['w:pgMar'], 'w:bottom')).toBe(1134);
    expect(attr(s['w:pgMar'], 'w:left')).toBe(1701);
    expect(attr(s['w:pgMar'], 'w:right')).toBe(850);
    expect(s['w:titlePg']).toBeDefined();
  });

  it('sets Times New Roman in all four rFonts slots of every run, and never a theme font', async () => {
    const r = await renderFile(file);
    const runs = r.paras.flatMap((p) => p.runs).filter((x) => x.text);
    expect(runs.length).toBeGreaterThan(30);
    for (const run of runs) expect(run.rPr['w:rFonts']).toMatchObject(tnr);
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/header1.xml', 'word/header2.xml']) {
      const xml = r.zip.file(part) ? await r.read(part) : '';
      expect(xml).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
    }
    expect(r.documentXml).not.toContain('<w:caps');
  });

  it('puts the page number centred in the header from page 2 and nothing on page 1', async () => {
    const r = await renderFile(file);
    const rels = await r.read('word/_rels/document.xml.rels');
    const s = sectPr(r);
    const refs = Array.isArray(s['w:headerReference']) ? s['w:headerReference'] : [s['w:headerReference']];
    const target = (type: string) => {
      const id = refs.find((h: any) => h['w:type'] === type)['r:id'];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    };
    const first = await r.read(`word/${target('first')}`);
    const other = await r.read(`word/${target('default')}`);
    expect(first).not.toMatch(/PAGE/);
    expect(other).toMatch(/PAGE/);
    expect(other).toContain('<w:jc w:val="center"/>');
  });

  it('draws the header and signature as borderless fixed tables measured in DXA', async () => {
    const r = await renderFile(file);
    const tables = r.document['w:document']['w:body']['w:tbl'] as any[];
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      const pr = t['w:tblPr'];
      expect(pr['w:tblW']['w:type']).toBe('dxa');
      expect(pr['w:tblLayout']['w:type']).toBe('fixed');
      for (const side of ['w:top', 'w:bottom', 'w:left', 'w:right', 'w:insideH', 'w:insideV']) expect(pr['w:tblBorders'][side]['w:val']).toBe('none');
      for (const row of t['w:tr']) expect(row['w:trPr']['w:cantSplit']).toBeDefined();
    }
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent and 6 pt before', async () => {
    const r = await renderFile(file);
    const body = r.paras.filter((p) => !p.inTable && p.text.length > 120 && !runStyle(p).bold); // not the trích yếu
    expect(body.length).toBeGreaterThan(5);
    for (const p of body) {
      expect(p.pPr['w:jc']['w:val']).toBe('both');
      expect(attr(p.pPr['w:ind'], 'w:firstLine')).toBe(720);
      expect(attr(p.pPr['w:spacing'], 'w:before')).toBe(120);
    }
  });
});

describe('nd30 components', () => {
  it('styles the header, title and signature per NĐ 30 Phụ lục I', async () => {
    const r = await renderFile(STATE);
    const style = (t: string | RegExp) => runStyle(find(r.paras, t));
    expect(style('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ size: 26, bold: true, italic: false });
    expect(style('Độc lập - Tự do - Hạnh phúc')).toMatchObject({ size: 28, bold: true, italic: false });
    // Organ names longer than the left column (65 mm) wrap into even lines (Phụ lục I, II.2.b).
    for (const line of ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM']) expect(style(line)).toMatchObject({ size: 26, bold: false });
    for (const line of ['SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ']) expect(style(line)).toMatchObject({ size: 26, bold: true });
    expect(style(/^Số: +\/KH-SKHCN$/)).toMatchObject({ size: 26, bold: false, italic: false });
    expect(style(/^Hà Nam, ngày +tháng 10 năm 2023$/)).toMatchObject({ size: 28, italic: true, bold: false });
    expect(style('KẾ HOẠCH')).toMatchObject({ size: 28, bold: true });
    expect(find(r.paras, 'KẾ HOẠCH').pPr['w:jc']['w:val']).toBe('center');
    expect(style(/^Tổ chức các hoạt động/)).toMatchObject({ size: 28, bold: true, italic: false });
    expect(style('GIÁM ĐỐC')).toMatchObject({ size: 28, bold: true });
    expect(style('Nguyễn Tất Nhiên')).toMatchObject({ size: 28, bold: true, italic: false });
    expect(style('Nơi nhận:')).toMatchObject({ size: 24, bold: true, italic: true, underline: false });
    expect(style(/^- Ban Dân vận Tỉnh ủy/)).toMatchObject({ size: 22, bold: false });
    expect(style(' DỰ THẢO ')).toMatchObject({ bold: true });
  });

  it('sets căn cứ lines italic and điểm titles "a) …" upright (Phụ lục I, II.6.a and the mẫu chữ table, mục V)', async () => {
    const r = await renderFile(STATE);
    expect(runStyle(find(r.paras, /^Thực hiện Công văn số 365-CV\/ĐUK/))).toMatchObject({ italic: true, bold: false });
    const profile = (await import('../../src/profile/index.js')).loadProfile('nd30');
    expect(profile.thanh_phan.tieu_de_tieu_muc?.nghieng ?? false).toBe(false);
    const diem = await renderText(minimal('noi_dung:\n  - tieu_de: Việc chung\n    noi_dung:\n      - tieu_de: Việc thứ nhất\n        noi_dung:\n          - tieu_de: Đối với các phòng\n            noi_dung: Nội dung.'));
    expect(runStyle(find(diem.paras, 'a) Đối với các phòng'))).toMatchObject({ italic: false });
  });

  it('draws the rules under the organ, the Tiêu ngữ and the trích yếu as bottom borders of empty paragraphs', async () => {
    const r = await renderFile(STATE);
    const rules = r.paras.filter((p) => p.pPr['w:pBdr']?.['w:bottom'] && p.text === '');
    expect(rules).toHaveLength(3);
    for (const rule of rules) expect(rule.pPr['w:pBdr']['w:bottom']['w:val']).toBe('single');
    // The Tiêu ngữ rule is as long as the Tiêu ngữ (60.5 mm at 14 pt bold ≈ 3428 twips).
    const widths = rules.map((p) => {
      const cellRule = p.pPr['w:ind'];
      return { left: attr(cellRule, 'w:left'), right: attr(cellRule, 'w:right') };
    });
    expect(widths.every((w) => w.left === w.right)).toBe(true);
  });

  it('numbers parts I., II. in bold capitals and ends the body with ./.', async () => {
    const r = await renderFile(STATE);
    const part = find(r.paras, 'I. MỤC ĐÍCH, YÊU CẦU');
    expect(runStyle(part)).toMatchObject({ bold: true });
    expect(find(r.paras, 'II. NỘI DUNG HOẠT ĐỘNG CHÍNH')).toBeDefined();
    expect(find(r.paras, 'III. TỔ CHỨC THỰC HIỆN')).toBeDefined();
    expect(find(r.paras, /^1\. Giao Văn phòng Sở/)).toBeDefined();
    expect(find(r.paras, /^Trên đây là Kế hoạch/).text).toMatch(/Công nghệ\.\/\.$/);
  });

  it('punctuates nơi nhận with ";" and ends with "- Lưu: VT, VP."', async () => {
    const r = await renderFile(STATE);
    const list = r.paras.filter((p) => p.inTable && p.text.startsWith('- '));
    expect(list.map((p) => p.text)).toEqual(['- Ban Dân vận Tỉnh ủy;', '- Ban Tuyên giáo Đảng ủy khối;', '- Các phòng chuyên môn, đơn vị thuộc Sở;', '- Lưu: VT, VP.']);
  });
});

describe('dang-hd36 components', () => {
  it('styles the Party header, title and signature per HD 36 Phụ lục 3', async () => {
    const r = await renderFile(PARTY);
    const style = (t: string | RegExp) => runStyle(find(r.paras, t));
    expect(style('ĐẢNG CỘNG SẢN VIỆT NAM')).toMatchObject({ size: 30, bold: true });
    for (const line of ['ĐẢNG ỦY', 'ĐẠI HỌC THÁI NGUYÊN']) expect(style(line)).toMatchObject({ size: 28, bold: false });
    expect(style('BAN DÂN VẬN')).toMatchObject({ size: 28, bold: true });
    expect(find(r.paras, '*').inTable).toBe(true);
    expect(style('Số 08-KH/BDVĐU')).toMatchObject({ size: 28, bold: false });
    expect(style('Thái Nguyên, ngày 27 tháng 5 năm 2024')).toMatchObject({ size: 28, italic: true });
    expect(style('KẾ HOẠCH')).toMatchObject({ size: 32, bold: true });
    expect(find(r.paras, '-----')).toBeDefined();
    expect(style('Nơi nhận:')).toMatchObject({ size: 28, underline: true, bold: false, italic: false });
    expect(style('TRƯỞNG BAN')).toMatchObject({ size: 28, bold: false });
    expect(style('Trần Thanh Vân')).toMatchObject({ size: 28, bold: true });
  });

  it('has one rule on the right (under ĐẢNG CỘNG SẢN VIỆT NAM) and a * instead of the organ rule', async () => {
    const r = await renderFile(PARTY);
    const rules = r.paras.filter((p) => p.pPr['w:pBdr']?.['w:bottom'] && p.text === '');
    expect(rules).toHaveLength(1);
  });

  it('uses exact 18 pt line spacing', async () => {
    const r = await renderFile(PARTY);
    const p = find(r.paras, /^- Tuyên truyền, phổ biến/);
    expect(p.pPr['w:spacing']).toMatchObject({ 'w:line': '360', 'w:lineRule': 'exact' });
  });

  it('punctuates nơi nhận with "," and ends with "- Lưu Văn phòng Đảng ủy."', async () => {
    const r = await renderFile(PARTY);
    const list = r.paras.filter((p) => p.inTable && p.text.startsWith('- '));
    expect(list.map((p) => p.text)).toEqual([
      '- Ban Dân vận Tỉnh ủy (để báo cáo),',
      '- Đảng ủy ĐHTN,',
      '- Các đoàn thể chính trị - xã hội ĐHTN,',
      '- Đảng bộ cơ sở,',
      '- Lưu Văn phòng Đảng ủy.',
    ]);
  });
});

const minimal = (extra: string) => `dvk: 1
he_thong: nha_nuoc
loai: thong_bao
co_quan: { ten: SỞ TÀI CHÍNH, viet_tat: STC }
so: "5"
dia_danh: Hà Nội
ngay: 2026-02-05
trich_yeu: Lịch làm việc
noi_nhan: { gui: [Các phòng], luu: VT }
nguoi_ky: { quyen_han: ky_thay, tap_the: GIÁM ĐỐC, chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Lê Văn B }
${extra}`;

describe('text and forms', () => {
  it('composes the ký hiệu, pads the number and the date, and prints KT. with the head', async () => {
    const r = await renderText(minimal('noi_dung: Nội dung.'));
    expect(find(r.paras, 'Số: 05/TB-STC')).toBeDefined();
    expect(find(r.paras, 'Hà Nội, ngày 05 tháng 02 năm 2026')).toBeDefined();
    expect(find(r.paras, 'KT. GIÁM ĐỐC')).toBeDefined();
    expect(find(r.paras, 'PHÓ GIÁM ĐỐC')).toBeDefined();
  });

  it('renders **bold** and *italic* as styled runs', async () => {
    const r = await renderText(minimal('noi_dung: "Gửi **trước ngày 15/6** về *Văn phòng* Sở."'));
    const p = find(r.paras, /^Gửi trước ngày 15\/6 về Văn phòng Sở/);
    const bold = p.runs.find((x) => x.text === 'trước ngày 15/6')!;
    const italic = p.runs.find((x) => x.text === 'Văn phòng')!;
    expect(bold.rPr['w:b']).toBeDefined();
    expect(italic.rPr['w:i']).toBeDefined();
    expect([undefined, 'false']).toContain(italic.rPr['w:b']?.['w:val'] ?? (italic.rPr['w:b'] ? 'true' : undefined));
  });

  it('removes control characters so the XML stays well-formed', async () => {
    const r = await renderText(minimal('noi_dung: "Có ký tự \\u0001điều khiển\\u000B và <thẻ> & dấu."'));
    expect(r.documentXml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(find(r.paras, /^Có ký tự điều khiển và <thẻ> & dấu\.\/\.$/)).toBeDefined();
    expect(r.documentXml).toContain('&lt;thẻ&gt; &amp; dấu');
  });

  it('prints the mật and khẩn marks', async () => {
    const r = await renderText(minimal('mat: MẬT\nkhan: KHẨN\nnoi_dung: Nội dung.'));
    expect(runStyle(find(r.paras, 'MẬT'))).toMatchObject({ bold: true });
    const khan = find(r.paras, 'KHẨN');
    expect(runStyle(khan)).toMatchObject({ bold: true });
    for (const side of ['w:top', 'w:bottom', 'w:left', 'w:right']) expect(khan.pPr['w:pBdr'][side]['w:val']).toBe('single');
  });
});

describe('deterministic output', () => {
  it('gives byte-identical files for the same input, with fixed timestamps', async () => {
    const a = await renderFile(PARTY);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const b = await renderFile(PARTY);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const core = await a.read('docProps/core.xml');
    expect(core).toContain('2024-05-27T00:00:00Z');
    const names = Object.keys(a.zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    for (const entry of Object.values(a.zip.files)) expect(entry.date.toISOString()).toBe('2024-05-27T00:00:00.000Z');
  });
});

describe('appendices', () => {
  it('start on a new page with the label, the title in capitals and the “Kèm theo” line', async () => {
    const r = await renderFile('examples/nha-nuoc-bao-cao-dan-van-kheo-2025.yaml');
    const label = find(r.paras, 'Phụ lục');
    // The appendix is a section of its own, numbered from 1, first page without a number.
    const breaks = r.paras.filter((p) => p.pPr['w:sectPr']);
    expect(breaks).toHaveLength(1);
    expect(breaks[0]!.pPr['w:sectPr']['w:titlePg']).toBeDefined();
    expect(sectPr(r)['w:pgNumType']['w:start']).toBe('1');
    expect(runStyle(label)).toMatchObject({ bold: true, size: 28 });
    expect(runStyle(find(r.paras, 'DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” TIÊU BIỂU CẤP TỈNH NĂM 2025'))).toMatchObject({ bold: true });
    expect(runStyle(find(r.paras, '(Kèm theo Báo cáo số 215/BC-SGDĐT ngày 08 tháng 12 năm 2025)'))).toMatchObject({ italic: true });
    expect(find(r.paras, 'I. LĨNH VỰC ĐỔI MỚI PHƯƠNG PHÁP DẠY HỌC')).toBeDefined();
  });

  it('prints Kính gửi for a báo cáo to a superior and KT. with the head\'s title', async () => {
    const r = await renderFile('examples/nha-nuoc-bao-cao-dan-van-kheo-2025.yaml');
    expect(find(r.paras, 'Kính gửi: Ban Chỉ đạo Phong trào thi đua “Dân vận khéo” tỉnh.')).toBeDefined();
    expect(find(r.paras, 'KT. GIÁM ĐỐC')).toBeDefined();
    expect(find(r.paras, '- Như trên;')).toBeDefined();
  });
});

describe('dang-hd05 (Party documents from 27/5/2026)', () => {
  it('keeps the Party layout and ends the body with "." instead of "./."', async () => {
    const r = await renderFile('examples/dang-ke-hoach-ky-niem-96-nam-dan-van-2026.yaml');
    expect(runStyle(find(r.paras, 'ĐẢNG CỘNG SẢN VIỆT NAM'))).toMatchObject({ size: 30, bold: true });
    expect(find(r.paras, 'Số 35-KH/ĐU')).toBeDefined();
    expect(find(r.paras, 'Thái Nguyên, ngày 08 tháng 9 năm 2026')).toBeDefined();
    expect(find(r.paras, 'T/M BAN THƯỜNG VỤ')).toBeDefined();
    const last = find(r.paras, /^2\. Các chi bộ trực thuộc/);
    expect(last.text).toMatch(/đơn vị\.$/);
    expect(r.documentXml).not.toContain('./.');
    expect(find(r.paras, 'Thời hạn hoàn thành: trước ngày 14/10/2026.')).toBeDefined();
  });
});

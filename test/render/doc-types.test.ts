// Quyết định and công văn, the two types added through the registry, rendered for both systems
// and read back as XML: the quyết định's authority, "QUYẾT ĐỊNH" line and articles; the công
// văn's missing tên loại line and its trích yếu under the number.
import { describe, expect, it } from 'vitest';
import { find, renderFile, runStyle } from './helpers.js';

const T = 'test/fixtures/types';

describe('quyết định', () => {
  it('State: authority above the căn cứ, "QUYẾT ĐỊNH:" below them, then Điều 1., Điều 2. … ending "./."', async () => {
    const r = await renderFile(`${T}/quyet-dinh-nha-nuoc.yaml`);
    const texts = r.paras.map((p) => p.text).filter(Boolean);
    const at = (s: string | RegExp) => texts.findIndex((t) => (typeof s === 'string' ? t === s : s.test(t)));
    expect(at('QUYẾT ĐỊNH')).toBeGreaterThan(-1);
    expect(at('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ')).toBeGreaterThan(at('QUYẾT ĐỊNH'));
    expect(at(/^Căn cứ Luật Tổ chức chính quyền địa phương .*;$/)).toBeGreaterThan(at('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ'));
    expect(at(/^Theo đề nghị của .*\.$/)).toBeGreaterThan(0);
    expect(at('QUYẾT ĐỊNH:')).toBeGreaterThan(at(/^Theo đề nghị/));
    expect(at(/^Điều 1\. Ban hành kèm theo/)).toBeGreaterThan(at('QUYẾT ĐỊNH:'));
    expect(texts.find((t) => t.startsWith('Điều 3.'))).toMatch(/thi hành Quyết định này\.\/\.$/);
    const enacting = find(r.paras, 'QUYẾT ĐỊNH:');
    expect(enacting.pPr['w:jc']?.['w:val']).toBe('center');
    expect(runStyle(enacting).bold).toBe(true);
    // "Điều 1." in bold, the article's text not.
    const article = find(r.paras, /^Điều 1\./);
    expect(article.runs[0]!.text).toBe('Điều 1. ');
    expect(article.runs[0]!.rPr['w:b']).toBeDefined();
    expect(runStyle({ ...article, runs: [article.runs[1]!] }).bold).toBe(false);
    expect(r.markdown).toContain('**Điều 1.** Ban hành kèm theo');
    expect(r.markdown).toContain('<p align="center"><b>QUYẾT ĐỊNH:</b></p>');
  });

  it('Party: "- Căn cứ …;" lines, the last ending ",", then the collective and "QUYẾT ĐỊNH"', async () => {
    const r = await renderFile(`${T}/quyet-dinh-dang.yaml`);
    const texts = r.paras.map((p) => p.text).filter(Boolean);
    expect(texts).toContain('- Căn cứ Điều lệ Đảng;');
    expect(texts).toContain('- Xét đề nghị của Văn phòng Đảng ủy xã,');
    const i = texts.indexOf('- Xét đề nghị của Văn phòng Đảng ủy xã,');
    expect(texts.slice(i + 1, i + 4)).toEqual(['BAN THƯỜNG VỤ ĐẢNG ỦY XÃ', 'QUYẾT ĐỊNH', expect.stringMatching(/^Điều 1\. Thành lập/)]);
    expect(texts.find((t) => t.startsWith('Điều 3.'))).toMatch(/Quyết định này\.$/);
    expect(texts).toContain('Số 15-QĐ/ĐU');
  });
});

describe('công văn', () => {
  it('State: no tên loại line; "V/v …" 13 pt upright under the number in the header table; Kính gửi', async () => {
    const r = await renderFile(`${T}/cong-van-nha-nuoc.yaml`);
    expect(r.paras.some((p) => p.text === 'CÔNG VĂN')).toBe(false);
    const number = find(r.paras, 'Số: 4144/SGDĐT-VP');
    const subject = find(r.paras, 'V/v cho học sinh nghỉ học sau bão');
    expect(number.inTable && subject.inTable).toBe(true);
    expect(r.paras.indexOf(subject)).toBe(r.paras.indexOf(number) + 1);
    expect(runStyle(subject)).toMatchObject({ size: 26, bold: false, italic: false });
    expect(find(r.paras, 'Kính gửi: Chủ tịch Ủy ban nhân dân các phường, xã.').inTable).toBe(false);
    expect(r.markdown).not.toContain('## CÔNG VĂN');
    expect(r.markdown).toContain('Số: 4144/SGDĐT-VP\\\nV/v cho học sinh nghỉ học sau bão');
  });

  it('Party: the trích yếu 12 pt italic without "V/v", the number "Số 365-CV/BDVTU"', async () => {
    const r = await renderFile(`${T}/cong-van-dang.yaml`);
    const subject = find(r.paras, /^về việc gửi quyết định/);
    expect(subject.inTable).toBe(true);
    expect(runStyle(subject)).toMatchObject({ size: 24, italic: true });
    expect(r.paras.some((p) => p.text === 'Số 365-CV/BDVTU')).toBe(true);
    expect(r.markdown).toContain('*về việc gửi quyết định');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNextNumber, type SeriesQuery } from '../../src/scaffold/next-number.js';

const plan = (fields: Record<string, string>) =>
  `dvk: 1\nhe_thong: ${fields.he_thong}\nloai: ${fields.loai ?? 'ke_hoach'}\nco_quan:\n  ten: ${fields.ten ?? 'SỞ A'}\n${fields.viet_tat ? `  viet_tat: ${fields.viet_tat}\n` : ''}so: "${fields.so}"\n${fields.ky_hieu ? `ky_hieu: ${fields.ky_hieu}\n` : ''}ngay: ${fields.ngay}\ndia_danh: Hà Nam\ntrich_yeu: X\n`;

const codes: Record<string, string> = { ke_hoach: 'KH', bao_cao: 'BC', thong_bao: 'TB', huong_dan: 'HD' };
const query = (folder: string, over: Partial<SeriesQuery>): SeriesQuery => ({
  folder, system: 'nha_nuoc', issuerCode: 'SKHCN', issuerName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', typeCode: 'KH', year: 2026, pad: true, lang: 'vi', typeCodeOf: (l) => codes[l], ...over,
});

describe('the next number in an organ series', () => {
  it('State: one series per organ and calendar year, all types', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvk-next-'));
    writeFileSync(join(dir, 'a.yaml'), plan({ he_thong: 'nha_nuoc', viet_tat: 'SKHCN', so: '15', ky_hieu: 'KH-SKHCN', ngay: '2026-03-02' }));
    writeFileSync(join(dir, 'b.yaml'), plan({ he_thong: 'nha_nuoc', loai: 'bao_cao', viet_tat: 'SKHCN', so: '09', ky_hieu: 'BC-SKHCN', ngay: '2026-01-10' }));
    writeFileSync(join(dir, 'c.yaml'), plan({ he_thong: 'nha_nuoc', viet_tat: 'SKHCN', so: '40', ky_hieu: 'KH-SKHCN', ngay: '2025-12-30' })); // last year
    writeFileSync(join(dir, 'd.yaml'), plan({ he_thong: 'nha_nuoc', viet_tat: 'UBND', so: '99', ky_hieu: 'KH-UBND', ngay: '2026-05-01' })); // other organ
    writeFileSync(join(dir, 'e.yaml'), plan({ he_thong: 'nha_nuoc', viet_tat: 'SKHCN', so: '', ky_hieu: 'KH-SKHCN', ngay: '2026-06-01' })); // draft
    writeFileSync(join(dir, 'f.yaml'), 'not: [valid yaml');
    const next = await findNextNumber(query(dir, {}));
    expect(next).toMatchObject({ number: '16', counted: 2, after: { file: 'a.yaml', numberText: '15', symbol: 'KH-SKHCN' } });
  });

  it('Party: one series per organ and type, across years', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvk-next-'));
    writeFileSync(join(dir, 'a.yaml'), plan({ he_thong: 'dang', viet_tat: 'ĐU', so: '21', ky_hieu: 'KH/ĐU', ngay: '2025-10-01' }));
    writeFileSync(join(dir, 'b.yaml'), plan({ he_thong: 'dang', loai: 'bao_cao', viet_tat: 'ĐU', so: '30', ky_hieu: 'BC/ĐU', ngay: '2026-10-01' }));
    writeFileSync(join(dir, 'c.yaml'), plan({ he_thong: 'dang', viet_tat: 'ĐU', so: '07', ngay: '2026-02-01' })); // no ký hiệu: type from loai
    const next = await findNextNumber(query(dir, { system: 'dang', issuerCode: 'ĐU', issuerName: 'ĐẢNG ỦY', typeCode: 'KH' }));
    expect(next).toMatchObject({ number: '22', counted: 2, after: { file: 'a.yaml', symbol: 'KH/ĐU' } });
  });

  it('starts at 01 in an empty folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvk-next-'));
    expect(await findNextNumber(query(dir, {}))).toEqual({ number: '01', counted: 0 });
  });
});

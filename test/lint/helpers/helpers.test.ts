// Unit tests of the Vietnamese text helpers the rules share.
import { describe, expect, it } from 'vitest';
import { findCitations, symbolYear } from '../../../src/lint/helpers/citations.js';
import { findDates, findDeadlines } from '../../../src/lint/helpers/dates.js';
import { isRealDay } from '../../../src/shared/dates.js';
import { parseSymbol } from '../../../src/lint/helpers/number-symbol.js';
import { recipientKey } from '../../../src/lint/helpers/recipients.js';
import { closestTitle, NAME_PREFIX, readAuthority } from '../../../src/lint/helpers/signer.js';
import { findMojibake, toneMarkUses, toToneStyle } from '../../../src/lint/helpers/vietnamese.js';

describe('dates', () => {
  it('reads days, months, quarters and years as periods', () => {
    const found = findDates('Ngày 23/4/2024; ngày 05 tháng 02 năm 2026; tháng 6/2024; Quý II/2024; năm 2025.');
    expect(found.map((d) => [d.kind, d.first, d.last])).toEqual([
      ['day', { year: 2024, month: 4, day: 23 }, { year: 2024, month: 4, day: 23 }],
      ['day', { year: 2026, month: 2, day: 5 }, { year: 2026, month: 2, day: 5 }],
      ['month', { year: 2024, month: 6, day: 1 }, { year: 2024, month: 6, day: 30 }],
      ['quarter', { year: 2024, month: 4, day: 1 }, { year: 2024, month: 6, day: 30 }],
      ['year', { year: 2025, month: 1, day: 1 }, { year: 2025, month: 12, day: 31 }],
    ]);
  });
  it('marks days that do not exist and ignores dates without a year', () => {
    expect(findDates('trước ngày 31/4/2024')[0]!.valid).toBe(false);
    expect(findDates('trước ngày 01/10')).toEqual([]);
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2023, 2, 29)).toBe(false);
  });
  it('reads a range as two days', () => {
    expect(findDates('(15/10/1930-15/10/2023)').map((d) => d.first.year)).toEqual([1930, 2023]);
  });
  it('finds deadlines by their cue words only', () => {
    const text = 'Ngày 23/4/2024 ban hành; báo cáo gửi trước *ngày 15/6/2024*; xong trong tháng 3/2024; hoàn thành trong quý II/2024.';
    expect(findDeadlines(text).map((d) => text.slice(d.from, d.to))).toEqual(['15/6/2024', 'tháng 3/2024', 'quý II/2024']);
  });
});

describe('citations', () => {
  it('reads type, symbol, date and whether the mention is full', () => {
    const [c] = findCitations('Thực hiện Chỉ thị số 45-CT/TU, ngày 27/8/2024 của Ban Thường vụ Tỉnh ủy về …', ['mo_dau']);
    expect(c).toMatchObject({ type: 'Chỉ thị', symbol: '45-CT/TU', commaBeforeDate: true, full: true, date: { year: 2024, month: 8, day: 27 } });
  });
  it('a short mention is not full', () => {
    expect(findCitations('quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng', [])[0]!.full).toBe(false);
  });
  it('state numbers with a year, lower-case types', () => {
    const [c] = findCitations('Căn cứ công văn số 1946/UBND-VXNV ngày 06/10/2023 của Ủy ban nhân dân tỉnh', []);
    expect(c).toMatchObject({ type: 'công văn', symbol: '1946/UBND-VXNV', commaBeforeDate: false });
    expect(symbolYear('08/2022/QĐ-UBND')).toBe(2022);
    expect(symbolYear('25-CT/TU')).toBeUndefined();
  });
});

describe('number and symbol', () => {
  it('tells the two systems apart', () => {
    expect(parseSymbol('KH-SKHCN')).toEqual({ shape: 'state', type: 'KH', organ: 'SKHCN' });
    expect(parseSymbol('KH/ĐU')).toEqual({ shape: 'party', type: 'KH', organ: 'ĐU' });
    expect(parseSymbol('HDLT/BTCTW-BTGTW')).toEqual({ shape: 'party', type: 'HDLT', organ: 'BTCTW-BTGTW' });
    expect(parseSymbol('KH - SKHCN').shape).toBe('state');
    expect(parseSymbol('KHSKHCN').shape).toBe('unknown');
  });
});

describe('Vietnamese text', () => {
  it('tells the old and new tone-mark places apart', () => {
    expect(toneMarkUses('Tỉnh uỷ, Tỉnh ủy, hoà, hòa, khoẻ, quý, hoàn, thuyết').map((u) => [u.written, u.style, u.other])).toEqual([
      ['uỷ', 'old', 'ủy'],
      ['ủy', 'new', 'uỷ'],
      ['oà', 'old', 'òa'],
      ['òa', 'new', 'oà'],
      ['oẻ', 'old', 'ỏe'],
    ]);
    expect(toToneStyle('ĐẢNG UỶ, hoà', 'new')).toBe('ĐẢNG ỦY, hòa');
  });
  it('finds TCVN3 and VNI mojibake, not Vietnamese capitals', () => {
    expect(findMojibake('Ban ChÊp hµnh Trung ¬ng')).toMatchObject({ encoding: 'TCVN3', word: 'hµnh' });
    expect(findMojibake('Coäng hoøa xaõ hoäi')).toMatchObject({ encoding: 'VNI', word: 'Coäng' });
    expect(findMojibake('QUẢNG BÌNH, ĐÔNG HÀ, “Dân vận khéo”, © 2024')).toBeUndefined();
  });
});

describe('recipients', () => {
  it('expands abbreviations and drops case, tone style, "các" and purposes', () => {
    expect(recipientKey('Các thành viên BCĐ của tỉnh')).toBe(recipientKey('Các thành viên Ban Chỉ đạo của tỉnh'));
    expect(recipientKey('Các huyện ủy, thành ủy, ĐU trực thuộc TU')).toBe(recipientKey('các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh uỷ'));
    expect(recipientKey('Ban Dân vận Tỉnh ủy (b/c),')).toBe(recipientKey('Ban Dân vận Tỉnh ủy'));
    expect(recipientKey('Lãnh đạo Ban Dân vận Tỉnh ủy')).not.toBe(recipientKey('Ban Dân vận Tỉnh ủy'));
  });
});

describe('signer', () => {
  it('suggests the nearest known title for a typo', () => {
    expect(closestTitle('KHO BÍ THƯ')).toEqual({ title: 'PHÓ BÍ THƯ', length: 10 });
    expect(closestTitle('PHÓ BÍ THƯ')).toBeUndefined();
    expect(closestTitle('GIÁM ĐỐC SỞ')).toBeUndefined();
    expect(closestTitle('BAN CHỈ ĐẠO')).toBeUndefined();
  });
  it('reads the authority kind from any written form', () => {
    expect(readAuthority('T/M. BAN DÂN VẬN')).toEqual({ kind: 'thay_mat', rest: 'BAN DÂN VẬN' });
    expect(readAuthority('KT')).toEqual({ kind: 'ky_thay', rest: '' });
    expect(readAuthority('ky_thay')).toEqual({ kind: 'ky_thay', rest: '' });
  });
  it('finds academic titles before a name', () => {
    expect(NAME_PREFIX.exec('PGS.TS. Nguyễn Văn A')?.[0]).toBe('PGS.TS. ');
    expect(NAME_PREFIX.exec('Bạch Văn Tư')).toBeNull();
  });
});

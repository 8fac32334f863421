// The abbreviation dvk suggests is written as ký hiệu are: capitals without marks, Đ kept, the
// organ without its place. Cases from the corpus's real symbols (KH-UBND, KH/BDVTU, UBKTTU, ĐUK,
// KH-PGDĐT) and issue 12's two bad suggestions (ỦBNDXAB, BTGDVTỦ).
import { describe, expect, it } from 'vitest';
import { markedLetters, suggestOrganCode, symbolLetters } from '../../src/shared/symbol-letters.js';
import { q } from '../../src/scaffold/questions.js';

describe('suggestOrganCode', () => {
  it.each([
    ['Ủy ban nhân dân xã An Bình', 'UBND'],
    ['ỦY BAN NHÂN DÂN XÃ AN BÌNH', 'UBND'],
    ['Hội đồng nhân dân tỉnh Hà Nam', 'HĐND'],
    ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'BTGDVTU'],
    ['BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY', 'BTGDVTU'],
    ['Ban Dân vận Tỉnh ủy Hà Nam', 'BDVTU'],
    ['Ủy ban Kiểm tra Tỉnh ủy', 'UBKTTU'],
    ['Sở Khoa học và Công nghệ', 'SKHCN'],
    ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
    ['Phòng Giáo dục và Đào tạo huyện Kim Bảng', 'PGDĐT'],
    ['Ban Dân vận Đảng ủy', 'BDVĐU'],
    ['Đảng ủy Đại học Thái Nguyên', 'ĐU'],
    ['Đảng ủy khối các cơ quan tỉnh', 'ĐUK'],
    ['Trường THCS Nguyễn Du', 'TTHCSND'],
  ])('%s → %s', (name, code) => {
    expect(suggestOrganCode(name)).toBe(code);
    expect(markedLetters(code)).toEqual([]);
  });
});

describe('suggestOrganCode with the parent organ', () => {
  it.each([
    ['Ban Dân vận', 'Đảng ủy Đại học Thái Nguyên', 'BDVĐU'],
    ['BAN DÂN VẬN', 'TỈNH ỦY HÀ NAM', 'BDVTU'],
    ['Ban Dân vận Tỉnh ủy', 'Tỉnh ủy Hà Nam', 'BDVTU'],
    ['Tỉnh ủy Hà Nam', 'Đảng bộ tỉnh Hà Nam', 'TU'],
    ['Sở Khoa học và Công nghệ', 'Ủy ban nhân dân tỉnh Hà Nam', 'SKHCN'],
  ])('%s under %s → %s', (name, parent, code) => expect(suggestOrganCode(name, parent)).toBe(code));
});

describe('symbol letters', () => {
  it('strips tone and vowel marks, keeps Đ', () => {
    expect(symbolLetters('Ủy ban Đảng ưu')).toBe('UY BAN ĐANG UU');
  });
  it('tells a certain fix (capital with a tone mark only) from a doubtful one', () => {
    expect(markedLetters('KH/BTGDVTỦ')).toEqual([{ index: 9, letter: 'Ủ', plain: 'U', certain: true }]);
    expect(markedLetters('TƯ')[0]).toMatchObject({ plain: 'U', certain: false });
    expect(markedLetters('ủ')[0]).toMatchObject({ certain: false });
    expect(markedLetters('QĐi/BDVĐU')).toEqual([]);
  });
  it('the abbreviation question refuses marks and names the plain form', () => {
    const question = q.issuerCode('UBND');
    expect(question.validate!('UBND')).toBeUndefined();
    expect(question.validate!('ỦBND')?.vi).toContain('“UBND”');
  });
});

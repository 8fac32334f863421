// quoc-hieu-exact and tieu-ngu-exact judge the header lines of a .txt/.docx read back (a plan
// never holds them): invented documents, every finding with its message and position.
import { describe, expect, it } from 'vitest';
import { dateLineMonthZero } from '../../../src/lint/rules/date-line-month-zero.js';
import { quocHieuExact } from '../../../src/lint/rules/quoc-hieu-exact.js';
import { tieuNguExact } from '../../../src/lint/rules/tieu-ngu-exact.js';
import { planYaml, testRule, verifyMeta } from '../../../src/lint/testing.js';
import { lintDocument, stateDocument } from './document.js';

const organ = ['ỦY BAN NHÂN DÂN TỈNH HÀ NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'];
const QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

describe('tieu-ngu-exact', () => {
  it('has complete meta', () => verifyMeta(tieuNguExact));

  it('a right motto, a motto wrapped after its hyphen, and a flattened header draw nothing', async () => {
    expect(await lintDocument(stateDocument(), tieuNguExact)).toEqual([]);
    expect(await lintDocument(stateDocument([...organ, QH, 'Độc lập -', 'Tự do - Hạnh phúc']), tieuNguExact)).toEqual([]);
    expect(await lintDocument(stateDocument(['ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ          Độc lập - Tự do - Hạnh phúc']), tieuNguExact)).toEqual([]);
  });

  it('en dashes (Word autocorrect): one finding on the dashes, with the right form', async () => {
    const found = await lintDocument(stateDocument([...organ, QH, 'Độc lập – Tự do – Hạnh phúc']), tieuNguExact);
    expect(found).toEqual([{ messageId: 'dash', line: 4, column: 9, endColumn: 18, severity: 'error', message: 'Tiêu ngữ dùng dấu “–” giữa các cụm từ; viết dấu gạch nối “-” có cách chữ hai bên: “Độc lập - Tự do - Hạnh phúc”.' }]);
    const en = await lintDocument(stateDocument([...organ, QH, 'Độc lập — Tự do — Hạnh phúc']), tieuNguExact, 'en');
    expect(en.map((f) => f.message)).toEqual(['The motto uses “—” between its phrases; write a hyphen “-” with a space on each side: “Độc lập - Tự do - Hạnh phúc”.']);
  });

  it('no space around a hyphen, no hyphen at all, each word capitalised', async () => {
    expect(await lintDocument(stateDocument([...organ, QH, 'Độc lập-Tự do - Hạnh phúc']), tieuNguExact)).toEqual([
      { messageId: 'spacing', line: 4, column: 8, endColumn: 9, severity: 'error', message: 'Tiêu ngữ thiếu khoảng trắng quanh dấu gạch nối (“lập-Tự”): viết “Độc lập - Tự do - Hạnh phúc”.' },
    ]);
    expect((await lintDocument(stateDocument([...organ, QH, 'Độc lập - Tự do  Hạnh phúc']), tieuNguExact)).map((f) => [f.messageId, f.column])).toEqual([['missingDash', 16]]);
    expect(await lintDocument(stateDocument([...organ, QH, 'Độc Lập - Tự Do - Hạnh Phúc']), tieuNguExact)).toEqual([
      { messageId: 'letterCase', line: 4, column: 1, endColumn: 28, severity: 'error', message: 'Tiêu ngữ “Độc Lập - Tự Do - Hạnh Phúc” viết hoa sai: chỉ chữ cái đầu mỗi cụm từ viết hoa, “Độc lập - Tự do - Hạnh phúc”.' },
    ]);
  });

  it('a whole page on one line (a website preview): found inside the line', async () => {
    const found = await lintDocument(stateDocument([`${organ.join(' ')} ${QH} Độc lập – Tự do – Hạnh phúc Số: 15/KH-SKHCN`]), tieuNguExact);
    expect(found.map((f) => [f.messageId, f.line])).toEqual([['dash', 1]]);
  });
});

describe('quoc-hieu-exact', () => {
  it('has complete meta', () => verifyMeta(quocHieuExact));

  it('the right Quốc hiệu, with either tone placement, and the name in running text draw nothing', async () => {
    expect(await lintDocument(stateDocument(), quocHieuExact)).toEqual([]);
    expect(await lintDocument(stateDocument(['UỶ BAN NHÂN DÂN TỈNH HÀ NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']), quocHieuExact)).toEqual([]);
    expect(await lintDocument(stateDocument(undefined, ['Tuyên truyền Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013.']), quocHieuExact)).toEqual([]);
  });

  it('HOÀ in the Quốc hiệu while the document writes Hòa, Ủy: a note; HOÀ with the same old style elsewhere: nothing', async () => {
    const mixed = stateDocument([...organ, 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], ['Phối hợp với Ủy ban Mặt trận Tổ quốc xã tổ chức Ngày hội văn hóa.']);
    expect(await lintDocument(mixed, quocHieuExact)).toEqual([
      { messageId: 'toneMix', line: 3, column: 6, endColumn: 9, severity: 'info', message: 'Quốc hiệu viết “HOÀ”, trong khi văn bản viết kiểu bỏ dấu “ỦY”: nên thống nhất một kiểu.' },
    ]);
    const same = stateDocument(['UỶ BAN NHÂN DÂN TỈNH HÀ NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], ['Phối hợp với Uỷ ban Mặt trận Tổ quốc xã tổ chức Ngày hội văn hoá.']);
    expect(await lintDocument(same, quocHieuExact)).toEqual([]);
  });

  it('HÒA, as NĐ 30 prints it, under an organ written “UỶ” (unseen 16): nothing here, the mix is the organ line’s', async () => {
    const oldOrgan = stateDocument(['UỶ BAN NHÂN DÂN XÃ TRÀ TẬP', 'TRƯỜNG THCS NGUYỄN TRÃI', QH, 'Độc lập - Tự do - Hạnh phúc'], ['Phối hợp với Uỷ ban Mặt trận Tổ quốc xã tổ chức Ngày hội văn hoá.']);
    expect(await lintDocument(oldOrgan, quocHieuExact)).toEqual([]);
  });

  it('not in capitals, or abbreviated', async () => {
    expect(await lintDocument(stateDocument([...organ, 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc']), quocHieuExact)).toEqual([
      { messageId: 'notUpper', line: 3, column: 1, endColumn: 35, severity: 'error', message: 'Quốc hiệu “Cộng hòa xã hội chủ nghĩa Việt Nam” phải viết IN HOA: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.' },
    ]);
    expect((await lintDocument(stateDocument(['ỦY BAN NHÂN DÂN     CỘNG HÒA XHCN VIỆT NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ     Độc lập - Tự do - Hạnh phúc']), quocHieuExact)).map((f) => [f.messageId, f.line, f.column])).toEqual([['abbreviated', 1, 21]]);
  });
});

// A YAML plan holds no Quốc hiệu or Tiêu ngữ (dvk prints them): both rules stay silent on plans.
testRule(tieuNguExact, { valid: [{ yaml: planYaml('state') }], invalid: [] });
testRule(quocHieuExact, { valid: [{ yaml: planYaml('state') }], invalid: [] });

describe('date-line-month-zero', () => {
  it('has complete meta', () => verifyMeta(dateLineMonthZero));
  it('a zero before September in the date line: a warning at the month', async () => {
    const text = stateDocument().replace('ngày 05 tháng 10 năm 2024', 'ngày 27 tháng 09 năm 2024');
    expect(await lintDocument(text, dateLineMonthZero)).toEqual([
      { messageId: 'monthZero', line: 6, column: 23, endColumn: 25, severity: 'warning', message: 'Tháng “09” không cần số 0 ở trước (chỉ ngày dưới 10 và tháng 1, 2 có số 0): viết “tháng 9”.' },
    ]);
  });
  it('the decree’s forms draw nothing: tháng 02, tháng 10, tháng 9', async () => {
    for (const date of ['ngày 05 tháng 02 năm 2024', 'ngày 05 tháng 10 năm 2024', 'ngày 27 tháng 9 năm 2024']) {
      expect(await lintDocument(stateDocument().replace('ngày 05 tháng 10 năm 2024', date), dateLineMonthZero)).toEqual([]);
    }
  });
});
testRule(dateLineMonthZero, { valid: [{ yaml: planYaml('state') }, { yaml: planYaml('party') }], invalid: [] });

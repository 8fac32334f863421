// heading-number-space: a number glued to its heading, in a plan and in a document read back.
import { describe, expect, it } from 'vitest';
import { diemLetterForm } from '../../../src/lint/rules/diem-letter-form.js';
import { headingNumberSpace } from '../../../src/lint/rules/heading-number-space.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';
import { lintDocument, stateDocument } from './document.js';

const glued = planYaml('state', { muc_dich_yeu_cau: ['2.1.Thời gian thực hiện: tháng 10 năm 2024.', 'a)Tuyên truyền trên trang thông tin điện tử.'] });
testRule(headingNumberSpace, {
  valid: [
    { yaml: planYaml('state') },
    { yaml: planYaml('party') },
    { name: 'numbers in running text and symbols', yaml: planYaml('party', { mo_dau: 'Thực hiện Kế hoạch số 21-KH/TU ngày 05/3/2024; tỷ lệ đạt 2.5%.', muc_dich_yeu_cau: ['2.1. Thời gian thực hiện.'] }) },
  ],
  invalid: [
    {
      name: 'glued in the text',
      yaml: glued,
      findings: [{ messageId: 'glued', ...at(glued, '2.1.') }, { messageId: 'glued', ...at(glued, 'a)') }],
      output: glued.replace('2.1.Thời', '2.1. Thời').replace('a)Tuyên', 'a) Tuyên'),
    },
  ],
});

describe('heading-number-space in a document read back', () => {
  it('the reader split “II.NỘI DUNG” and “3.Kinh phí”: the number in the source is shown', async () => {
    const text = stateDocument(undefined, ['3.Kinh phí', 'Sở bố trí kinh phí từ nguồn chi thường xuyên.']).replace('II. NỘI DUNG', 'II.NỘI DUNG');
    const found = await lintDocument(text, headingNumberSpace);
    expect(found).toEqual([
      { messageId: 'glued', line: 11, column: 1, endColumn: 4, severity: 'warning', message: 'Thiếu khoảng trắng sau số đề mục “II.”: viết “II. NỘI”.' },
      { messageId: 'glued', line: 13, column: 1, endColumn: 3, severity: 'warning', message: 'Thiếu khoảng trắng sau số đề mục “3.”: viết “3. Kinh”.' },
    ]);
    expect(await lintDocument(stateDocument(undefined, ['3. Kinh phí', 'Sở bố trí kinh phí.']), headingNumberSpace)).toEqual([]);
  });
});

const dotted = planYaml('state', { muc_dich_yeu_cau: ['a. Tuổi của học sinh vào lớp 6 là 11 tuổi.', 'b) Hồ sơ gồm giấy khai sinh.'] });
testRule(diemLetterForm, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'a) and a lower-case “a. ” in a sentence', yaml: planYaml('state', { muc_dich_yeu_cau: ['a) Tuổi của học sinh.', 'Xem điểm a. của khoản 2 và mục b.'] }) },
  ],
  invalid: [{ name: '“a.” for “a)”', yaml: dotted, findings: [{ messageId: 'dotted', ...at(dotted, 'a.') }], output: dotted.replace('a. Tuổi', 'a) Tuổi') }],
});

describe('diem-letter-form in a document read back', () => {
  it('the reader took “a.” off the item: the label in the source is shown', async () => {
    const found = await lintDocument(stateDocument(undefined, ['1. Đối tượng tuyển sinh', 'a. Tuổi của học sinh vào lớp 6', 'Học sinh sinh năm 2013.']), diemLetterForm);
    expect(found.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([['dotted', 14, 1, 3]]);
  });
});

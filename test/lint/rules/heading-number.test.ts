// heading-number-space: a number glued to its heading, in a plan and in a document read back.
import { describe, expect, it } from 'vitest';
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

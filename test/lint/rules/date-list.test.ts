// date-list-style: dates of one list in one style; a run of days consistent in zeros and spaces.
import { dateListStyle } from '../../../src/lint/rules/date-list-style.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

const mixed = planYaml('state', { mo_dau: 'Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ và Quyết định số 12/QĐ-UBND ngày 27 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh.' });
const days = planYaml('state', { muc_dich_yeu_cau: ['Tháng 10: Ngày 02; 9; 16; 23; 30 (Thứ 5).', 'Tháng 12: Ngày 04;11; 18; 25 (Thứ 5).'] });
testRule(dateListStyle, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'one style per list; another paragraph may differ', yaml: planYaml('state', { mo_dau: 'Ngày 27 tháng 3 năm 2024, Sở tổ chức hội nghị.', muc_dich_yeu_cau: ['Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 và Thông tư số 01/2011/TT-BNV ngày 19/01/2011.', 'Ngày 02; 09; 16; 23 (Thứ 5).', 'Ngày 4, 11, 18, 25.'] }) },
  ],
  invalid: [
    { name: 'a worded date among numeric ones', yaml: mixed, findings: [{ messageId: 'mixedStyle', ...at(mixed, 'ngày 27 tháng 3 năm 2024') }] },
    {
      name: 'a day without its zero, a separator without its space',
      yaml: days,
      findings: [{ messageId: 'dayZero', ...at(days, '9;'), endColumn: at(days, '9;').column + 1 }, { messageId: 'daySpace', ...at(days, ';11'), endColumn: at(days, ';11').column + 1 }],
    },
  ],
});

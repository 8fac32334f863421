// named-days: invented sentences with the names of holidays, anniversaries and festivals.
import { namedDays } from '../../../src/lint/rules/named-days.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

const lower = planYaml('state', { mo_dau: 'Tổ chức các hoạt động chào mừng ngày quốc khánh 2-9 và ngày phụ nữ Việt Nam 20-10.' });
const wordByWord = planYaml('state', { mo_dau: 'Kỷ niệm ngày Nhà Giáo Việt Nam 20-11 tại trường.' });
const festival = planYaml('state', { mo_dau: 'Bắn pháo hoa nhân dịp Tết Nguyên đán tại huyện, cho nhân dân vui xuân đón tết.' });
const firstLetter = planYaml('party', { mo_dau: 'Kỷ niệm 50 năm ngày giải phóng miền Nam, thống nhất đất nước.' });
const mixed = planYaml('party', { mo_dau: 'Kỷ niệm ngày Thành lập Đảng Cộng sản Việt Nam 3-2; ngày Thành lập Đảng Cộng sản Việt Nam được tổ chức trang trọng; ngày Thành lập Đảng cộng sản Việt Nam là dịp …' });

testRule(namedDays, {
  valid: [
    { yaml: planYaml('state') },
    { yaml: planYaml('party') },
    { name: 'the decree’s forms, old tone placement, a festival at a sentence start, holidays in general', yaml: planYaml('state', { mo_dau: 'Chào mừng ngày Quốc khánh 2-9, ngày Phụ nữ Việt Nam 20-10, ngày Gia đình Việt Nam và tết Trung thu. Tết Nguyên đán sắp đến; nghỉ các ngày lễ, tết theo quy định; vui xuân đón Tết.' }) },
  ],
  invalid: [
    { name: 'names in lower case', yaml: lower, findings: [{ messageId: 'name', ...at(lower, 'quốc khánh') }, { messageId: 'name', ...at(lower, 'phụ nữ Việt Nam') }] },
    { name: 'capitalised word by word', yaml: wordByWord, findings: [{ messageId: 'name', ...at(wordByWord, 'Nhà Giáo Việt Nam') }] },
    { name: '“Tết Nguyên đán” mid-sentence, “tết” alone', yaml: festival, findings: [{ messageId: 'festival', ...at(festival, 'Tết Nguyên đán') }, { messageId: 'loneTet', severity: 'info', ...at(festival, 'tết.') , endColumn: at(festival, 'tết.').column + 3 }] },
    { name: 'a name checked for its first letter', yaml: firstLetter, findings: [{ messageId: 'firstLetter', ...at(firstLetter, 'giải phóng miền Nam') }] },
    { name: 'one spelling throughout', yaml: mixed, findings: [{ messageId: 'inconsistent', ...at(mixed, 'Thành lập Đảng cộng sản Việt Nam') }] },
  ],
});

const weekday = planYaml('state', { mo_dau: 'Học sinh nghỉ học ngày thứ hai, 26 tháng 11 năm 2024 và thứ sáu (ngày 29/11/2024).' });
testRule(namedDays, {
  valid: [{ name: 'ordinals are not weekdays', yaml: planYaml('state', { mo_dau: 'Hội nghị lần thứ hai năm 2024; thứ ba là các nội dung khác; học sinh nghỉ thứ Hai, 26 tháng 11.' }) }],
  invalid: [{ name: 'weekdays before a date', yaml: weekday, findings: [{ messageId: 'weekday', ...at(weekday, 'hai,'), endColumn: at(weekday, 'hai,').column + 3 }, { messageId: 'weekday', ...at(weekday, 'sáu') }] }],
});

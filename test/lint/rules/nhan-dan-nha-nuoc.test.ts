// nhan-dan-nha-nuoc: “Nhân dân” and “Nhà nước” as special nouns (NĐ 30/2020/NĐ-CP, Phụ lục II,
// mục V.1), only on documents dated from 05/3/2020 (TT 01/2011/TT-BNV had no such clause).
import { nhanDanNhaNuoc } from '../../../src/lint/rules/nhan-dan-nha-nuoc.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

const text = 'Giải quyết nguyện vọng chính đáng của nhân dân; Đảng và nhà nước ta luôn quan tâm.';
const in2021 = planYaml('state', { ngay: '2021-09-14', mo_dau: text });
const party2024 = planYaml('party', { ngay: '2024-10-02', mo_dau: 'Tuyên truyền, vận động nhân dân tham gia; thực hiện chủ trương của Đảng, nhà nước.' });
// Seed 001 (moved here from canonical-organ-case, where it was an info).
const thePeople = planYaml('party', { mo_dau: 'Giải quyết nguyện vọng chính đáng của nhân dân.' });
const monthAfter = planYaml('state', { ngay: '2020-04', mo_dau: 'Tổ chức phục vụ nhân dân.' });

testRule(nhanDanNhaNuoc, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'written as the decree writes them', yaml: planYaml('state', { mo_dau: 'Phục vụ Nhân dân theo chủ trương của Đảng và Nhà nước; Nhà nước ta.' }) },
    { name: 'parts of names and common phrases stay lower case', yaml: planYaml('state', { mo_dau: 'Ủy ban nhân dân tỉnh, Hội đồng nhân dân xã, lực lượng công an nhân dân; quản lý nhà nước, cơ quan nhà nước, ngân sách nhà nước.' }) },
    { name: 'a 2019 State document: the clause did not exist (TT 01/2011/TT-BNV)', yaml: planYaml('state', { ngay: '2019-11-20', mo_dau: text }) },
    { name: 'the day before the decree', yaml: planYaml('state', { ngay: '2020-03-04', mo_dau: text }) },
    { name: 'a draft of March 2020, which may predate the decree', yaml: planYaml('state', { ngay: '2020-03', mo_dau: text }) },
    { name: 'a 2016 Party document', yaml: planYaml('party', { ngay: '2016-10-20', mo_dau: text }) },
  ],
  invalid: [
    {
      name: 'a 2021 State document',
      yaml: in2021,
      findings: [
        { messageId: 'people', ...at(in2021, 'nhân dân;'), endColumn: at(in2021, 'nhân dân;').column + 8, severity: 'warning' },
        { messageId: 'state', ...at(in2021, 'nhà nước ta'), endColumn: at(in2021, 'nhà nước ta').column + 8 },
      ],
    },
    {
      name: 'a 2024 Party document (practice follows the decree)',
      yaml: party2024,
      findings: [
        { messageId: 'people', ...at(party2024, 'nhân dân tham'), endColumn: at(party2024, 'nhân dân tham').column + 8 },
        { messageId: 'state', ...at(party2024, 'nhà nước.'), endColumn: at(party2024, 'nhà nước.').column + 8 },
      ],
    },
    { name: 'seed 001: the people', yaml: thePeople, findings: [{ messageId: 'people', ...at(thePeople, 'nhân dân'), severity: 'warning' }] },
    { name: 'a draft dated April 2020', yaml: monthAfter, findings: [{ messageId: 'people', ...at(monthAfter, 'nhân dân') }] },
  ],
});

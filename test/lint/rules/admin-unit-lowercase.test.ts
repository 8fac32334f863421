// admin-unit-lowercase: the generic noun of an administrative unit (tỉnh, thành phố, xã…) before
// its name, in invented sentences shaped like the unseen documents 12 and 13.
import { adminUnitLowercase } from '../../../src/lint/rules/admin-unit-lowercase.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

const thanhPho = planYaml('state', { mo_dau: 'Căn cứ Quyết định số 3348/QĐ-UBND ngày 19/8/2025 của UBND Thành phố Hải Phòng về kế hoạch thời gian năm học.' });
const xa = planYaml('state', { mo_dau: 'Trường đóng trên địa bàn Xã Đắk Wil, huyện Cư Jút, tỉnh Đắk Nông.' });
testRule(adminUnitLowercase, {
  valid: [
    { yaml: planYaml('state') },
    { yaml: planYaml('party') },
    {
      name: 'lower case; the decree’s exceptions; organs; a sentence start',
      yaml: planYaml('state', { mo_dau: 'Ủy ban nhân dân thành phố Hải Phòng, Thành phố Hồ Chí Minh, Quận 1, Phường 12, Tỉnh ủy Nam Định, Thành Đoàn Hà Nội và Huyện Đoàn phối hợp. Xã Đắk Wil tổ chức.' }),
    },
    { name: 'a document dated before TT 01/2011 (no capitalisation appendix then)', yaml: planYaml('state', { ngay: '2009-11-23', mo_dau: 'Trên địa bàn Xã Đắk Wil.' }) },
  ],
  invalid: [
    { name: 'UBND Thành phố Hải Phòng', yaml: thanhPho, findings: [{ messageId: 'capitalUnit', ...at(thanhPho, 'Thành phố'), endColumn: at(thanhPho, 'Thành phố').column + 9 }] },
    { name: 'địa bàn Xã Đắk Wil', yaml: xa, findings: [{ messageId: 'capitalUnit', ...at(xa, 'Xã'), endColumn: at(xa, 'Xã').column + 2 }] },
  ],
});

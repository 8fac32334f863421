// Signature block rules: party-tm-scope, party-no-kt-cap-uy, deputy-signs-kt, chuc-vu-uppercase,
// chuc-vu-spelling, signer-no-title-prefix (quyen-han-format: test/lint/quyen-han-format.test.ts).
import { chucVuSpelling } from '../../../src/lint/rules/chuc-vu-spelling.js';
import { chucVuUppercase } from '../../../src/lint/rules/chuc-vu-uppercase.js';
import { deputySignsKt } from '../../../src/lint/rules/deputy-signs-kt.js';
import { partyNoKtCapUy } from '../../../src/lint/rules/party-no-kt-cap-uy.js';
import { partyTmScope } from '../../../src/lint/rules/party-tm-scope.js';
import { signerNoTitlePrefix } from '../../../src/lint/rules/signer-no-title-prefix.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

// Seed 000: "T/M. BAN DÂN VẬN / TRƯỞNG BAN".
const advisory = planYaml('party', { nguoi_ky: { quyen_han: 'T/M', tap_the: 'BAN DÂN VẬN' } });
const advisoryImplicit = planYaml('party', { nguoi_ky: { quyen_han: 'T/M.' } });
testRule(partyTmScope, {
  valid: [
    { name: 'head signs directly', yaml: planYaml('party') },
    { name: 'T/M BAN THƯỜNG VỤ', yaml: planYaml('party', { co_quan: { ten: 'ĐẢNG ỦY CÁC CƠ QUAN TỈNH', viet_tat: 'ĐU' }, ky_hieu: 'KH/ĐU', nguoi_ky: { quyen_han: 'T/M', tap_the: 'BAN THƯỜNG VỤ', chuc_vu: 'PHÓ BÍ THƯ' } }) },
    { name: 'deputy of an advisory body signs K/T', yaml: planYaml('party', { nguoi_ky: { quyen_han: 'K/T', tap_the: 'TRƯỞNG BAN', chuc_vu: 'PHÓ TRƯỞNG BAN' } }) },
  ],
  invalid: [
    { name: 'T/M BAN DÂN VẬN', yaml: advisory, findings: [{ messageId: 'advisoryBody', ...at(advisory, 'T/M'), severity: 'warning' }] },
    { name: 'seed 000: T/M. on behalf of the issuer', yaml: advisoryImplicit, findings: [{ messageId: 'advisoryBody', ...at(advisoryImplicit, 'T/M.') }] },
  ],
});

const ktSecretary = planYaml('party', { co_quan: { ten: 'HUYỆN ỦY THẠCH HÀ', viet_tat: 'HU' }, ky_hieu: 'KH/HU', nguoi_ky: { quyen_han: 'K/T', tap_the: 'BÍ THƯ', chuc_vu: 'PHÓ BÍ THƯ' } });
testRule(partyNoKtCapUy, {
  valid: [
    { name: 'seed 002: T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ', yaml: planYaml('party', { co_quan: { ten: 'HUYỆN ỦY THẠCH HÀ', viet_tat: 'HU' }, ky_hieu: 'KH/HU', nguoi_ky: { quyen_han: 'T/M', tap_the: 'BAN THƯỜNG VỤ', chuc_vu: 'PHÓ BÍ THƯ' } }) },
    { name: 'K/T TRƯỞNG BAN in an advisory body', yaml: planYaml('party', { nguoi_ky: { quyen_han: 'K/T', tap_the: 'TRƯỞNG BAN', chuc_vu: 'PHÓ TRƯỞNG BAN' } }) },
  ],
  invalid: [{ name: 'K/T BÍ THƯ', yaml: ktSecretary, findings: [{ messageId: 'ktForCommittee', ...at(ktSecretary, 'K/T'), severity: 'error' }] }],
});

// Seed 004: "PHÓ TRƯỞNG BAN … THƯỜNG TRỰC BAN CHỈ ĐẠO" with no K/T.
const deputyAlone = planYaml('state', { nguoi_ky: { chuc_vu: 'PHÓ GIÁM ĐỐC' } });
testRule(deputySignsKt, {
  valid: [{ yaml: planYaml('state') }, { yaml: planYaml('state', { nguoi_ky: { quyen_han: 'KT.', tap_the: 'GIÁM ĐỐC', chuc_vu: 'PHÓ GIÁM ĐỐC' } }) }],
  invalid: [{ yaml: deputyAlone, findings: [{ messageId: 'noAuthority', ...at(deputyAlone, 'PHÓ GIÁM ĐỐC'), severity: 'warning' }] }],
});

const lowerTitle = planYaml('state', { nguoi_ky: { quyen_han: 'KT.', tap_the: 'Giám đốc', chuc_vu: 'Phó Giám đốc' } });
testRule(chucVuUppercase, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'seed 004: “kiêm” between two titles', yaml: planYaml('party', { nguoi_ky: { chuc_vu: 'PHÓ TRƯỞNG BAN DÂN VẬN TỈNH ỦY\nkiêm\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC' } }) },
    { name: 'a placeholder is not a title', yaml: planYaml('party', { du_thao: 'true', nguoi_ky: { chuc_vu: '[CẦN BỔ SUNG: chức vụ]', tap_the: '[cần bổ sung: tập thể]' } }) },
  ],
  invalid: [
    {
      yaml: lowerTitle,
      findings: [
        { messageId: 'notUpper', ...at(lowerTitle, 'Phó Giám đốc') },
        { messageId: 'notUpper', line: at(lowerTitle, 'tap_the: Giám đốc').line, column: at(lowerTitle, 'tap_the: Giám đốc').column + 9 },
      ],
      output: lowerTitle.replace('tap_the: Giám đốc', 'tap_the: GIÁM ĐỐC').replace('chuc_vu: Phó Giám đốc', 'chuc_vu: PHÓ GIÁM ĐỐC'),
    },
  ],
});

// Seed 001: "KHO BÍ THƯ".
const typo = planYaml('party', { nguoi_ky: { quyen_han: 'T/M', tap_the: 'BAN THƯỜNG VỤ', chuc_vu: 'KHO BÍ THƯ' } });
testRule(chucVuSpelling, {
  valid: [
    { yaml: planYaml('party') },
    { name: 'title with its organ', yaml: planYaml('state', { nguoi_ky: { chuc_vu: 'GIÁM ĐỐC SỞ' } }) },
    { name: 'a line that is not a title', yaml: planYaml('party', { nguoi_ky: { chuc_vu: 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC\nBAN CHỈ ĐẠO' } }) },
    { name: 'the rest of the title is still a placeholder', yaml: planYaml('party', { du_thao: 'true', nguoi_ky: { chuc_vu: 'PHÓ TRƯỞNG [CẦN BỔ SUNG: BAN, PHÒNG]' } }) },
  ],
  invalid: [{ name: 'seed 001', yaml: typo, findings: [{ messageId: 'typo', ...at(typo, 'KHO BÍ THƯ'), severity: 'warning' }] }],
});

const doctor = planYaml('state', { nguoi_ky: { ho_ten: 'TS. Nguyễn Văn An' } });
testRule(signerNoTitlePrefix, {
  valid: [{ yaml: planYaml('state') }, { name: 'a name starting like a title', yaml: planYaml('state', { nguoi_ky: { ho_ten: 'Bà Văn Tư' } }).replace('Bà Văn Tư', 'Bạch Văn Tư') }],
  invalid: [{ yaml: doctor, findings: [{ messageId: 'prefix', ...at(doctor, 'TS. '), severity: 'warning' }] }],
});

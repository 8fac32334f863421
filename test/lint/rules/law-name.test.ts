// law-name-capital: a law cited by its name, in invented căn cứ and body sentences.
import { lawNameCapital } from '../../../src/lint/rules/law-name-capital.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

const lower = planYaml('state', { mo_dau: 'Căn cứ Luật tiếp công dân ngày 25 tháng 11 năm 2013 và Nghị định số 64/2014/NĐ-CP quy định chi tiết thi hành một số điều của Luật tiếp công dân.' });
const code = planYaml('state', { mo_dau: 'Xử lý theo Bộ luật hình sự và Luật Tổ chức chính quyền địa phương.' });
const second = planYaml('state', { mo_dau: 'Căn cứ Luật Tổ chức Chính phủ và Luật tổ chức chính quyền địa phương ngày 22/11/2019.' });
testRule(lawNameCapital, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'names capitalised; “Luật này”, “Luật sư”, “Luật số”', yaml: planYaml('state', { mo_dau: 'Căn cứ Luật Tiếp công dân; theo Luật này và Luật sư của công dân; tại Luật số 42/2013/QH13; Bộ luật Dân sự.' }) },
  ],
  invalid: [
    { name: 'twice in lower case', yaml: lower, findings: [{ messageId: 'lowerName', ...at(lower, 'tiếp', 1) }, { messageId: 'lowerName', ...at(lower, 'tiếp', 2) }] },
    { name: 'the second of two laws, after “và” (unseen 10)', yaml: second, findings: [{ messageId: 'lowerName', ...at(second, 'tổ') }] },
    { name: 'a code', yaml: code, findings: [{ messageId: 'lowerName', ...at(code, 'hình'), endColumn: at(code, 'hình').column + 4 }] },
  ],
});

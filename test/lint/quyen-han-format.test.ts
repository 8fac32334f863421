// The rule that came with the engine, tested the way every rule is (see src/lint/testing.ts).
import { quyenHanFormat } from '../../src/lint/rules/quyen-han-format.js';
import { at, planYaml, testRule } from '../../src/lint/testing.js';

const partyDotted = planYaml('party', { nguoi_ky: { quyen_han: 'T/M.', tap_the: 'BAN THƯỜNG VỤ' } });
const stateSlash = planYaml('state', { nguoi_ky: { quyen_han: 'KT', chuc_vu: 'PHÓ GIÁM ĐỐC' } });
const partyStateForm = planYaml('party', { nguoi_ky: { quyen_han: 'TM. BAN THƯỜNG VỤ' } });
const partyTuq = planYaml('party', { nguoi_ky: { quyen_han: 'TUQ.' } });
const gibberish = planYaml('state', { nguoi_ky: { quyen_han: 'XYZ' } });
const quotedFolded = `${planYaml('party').replace(/nguoi_ky:\n/, 'nguoi_ky:\n  quyen_han: "T/M."\n')}`;

testRule(quyenHanFormat, {
  valid: [
    { name: 'State TM.', yaml: planYaml('state', { nguoi_ky: { quyen_han: 'TM.' } }) },
    { name: 'Party T/M', yaml: planYaml('party', { nguoi_ky: { quyen_han: 'T/M' } }) },
    { name: 'code word', yaml: planYaml('party', { nguoi_ky: { quyen_han: 'ky_thay' } }) },
    { name: 'head signs directly', yaml: planYaml('party') },
    { name: 'HD 05 has Q.', yaml: planYaml('party', { ngay: '2026-06-01', nguoi_ky: { quyen_han: 'Q.' } }) },
    { name: 'a placeholder is not an authority yet', yaml: planYaml('party', { du_thao: 'true', nguoi_ky: { quyen_han: '[CẦN BỔ SUNG: quyền hạn]', tap_the: 'BAN THƯỜNG VỤ' } }) },
  ],
  invalid: [
    {
      name: 'seed 000: T/M. in a Party plan',
      yaml: partyDotted,
      findings: [{ messageId: 'wrongForm', ...at(partyDotted, 'T/M.'), severity: 'error' }],
      output: partyDotted.replace('T/M.', 'T/M'),
    },
    {
      name: 'State KT without the dot',
      yaml: stateSlash,
      findings: [{ messageId: 'wrongForm', ...at(stateSlash, 'KT') }],
      output: stateSlash.replace('quyen_han: KT', 'quyen_han: KT.'),
    },
    {
      name: 'State form in a Party plan, keeps the rest of the line',
      yaml: partyStateForm,
      findings: [{ messageId: 'wrongForm', ...at(partyStateForm, 'TM.') }],
      output: partyStateForm.replace('TM. BAN', 'T/M BAN'),
    },
    {
      name: 'quoted value keeps its quotes',
      yaml: quotedFolded,
      findings: [{ messageId: 'wrongForm', ...at(quotedFolded, 'T/M.') }],
      output: quotedFolded.replace('"T/M."', '"T/M"'),
    },
    { name: 'TUQ. does not exist in HD 36', yaml: partyTuq, findings: [{ messageId: 'notInSystem', ...at(partyTuq, 'TUQ.') }] },
    { name: 'unknown form', yaml: gibberish, findings: [{ messageId: 'unknown', ...at(gibberish, 'XYZ') }] },
    {
      name: 'config can lower the severity',
      yaml: partyTuq,
      config: { quy_tac: { 'quyen-han-format': 'warning' } },
      findings: [{ messageId: 'notInSystem', line: at(partyTuq, 'TUQ.').line, column: at(partyTuq, 'TUQ.').column, severity: 'warning' }],
    },
  ],
});

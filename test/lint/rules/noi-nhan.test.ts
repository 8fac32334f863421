// Nơi nhận rules: noi-nhan-punctuation, noi-nhan-purpose, noi-nhan-luu-last, noi-nhan-luu-form,
// noi-nhan-duplicate, kinh-gui-scope.
import { kinhGuiScope } from '../../../src/lint/rules/kinh-gui-scope.js';
import { noiNhanDuplicate } from '../../../src/lint/rules/noi-nhan-duplicate.js';
import { noiNhanLuuForm } from '../../../src/lint/rules/noi-nhan-luu-form.js';
import { noiNhanLuuLast } from '../../../src/lint/rules/noi-nhan-luu-last.js';
import { noiNhanPunctuation } from '../../../src/lint/rules/noi-nhan-punctuation.js';
import { noiNhanPurpose } from '../../../src/lint/rules/noi-nhan-purpose.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

// Seed 003 "Ban Dân vận Tỉnh uỷ ;", seed 000 "Đảng ủy ĐHTN." mid-list, seed 002 "Ban Dân vận Tỉnh ủy, (b/c)".
const typed = planYaml('state', { noi_nhan: { gui: ['Ban Dân vận Tỉnh uỷ ;', '- Các phòng chuyên môn'], luu: 'VT, VP.' } });
const commaBeforePurpose = planYaml('party', { noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy, (b/c)', 'Đảng bộ cơ sở'] } });
testRule(noiNhanPunctuation, {
  valid: [{ yaml: planYaml('state') }, { yaml: planYaml('party', { noi_nhan: { gui: [{ ten: 'Ban Dân vận Tỉnh ủy', de: 'báo cáo' }] } }) }],
  invalid: [
    {
      name: 'typed punctuation and dash',
      yaml: typed,
      findings: [
        { messageId: 'trailing', ...at(typed, ' ;') },
        { messageId: 'leadingDash', line: at(typed, '"- Các').line, column: at(typed, '"- Các').column + 1, endColumn: at(typed, '"- Các').column + 3 },
        { messageId: 'trailing', line: at(typed, 'VT, VP.').line, column: at(typed, 'VT, VP.').column + 6 },
      ],
      output: typed.replace('Tỉnh uỷ ;', 'Tỉnh uỷ').replace('"- Các phòng chuyên môn"', '"Các phòng chuyên môn"').replace('VT, VP.', 'VT, VP'),
    },
    {
      name: 'seed 002: comma before the purpose',
      yaml: commaBeforePurpose,
      findings: [{ messageId: 'beforePurpose', ...at(commaBeforePurpose, ', ') }],
      output: commaBeforePurpose.replace('Tỉnh ủy, (b/c)', 'Tỉnh ủy (b/c)'),
    },
  ],
});

const purposeInName = planYaml('party', { noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy (báo cáo)', 'Các chi, đảng bộ cơ sở (t/h)'] } });
testRule(noiNhanPurpose, {
  valid: [{ yaml: planYaml('party', { noi_nhan: { gui: [{ ten: 'Ban Dân vận Tỉnh ủy', de: 'báo cáo' }] } }) }, { name: 'a bracket that is part of the name', yaml: planYaml('party', { noi_nhan: { gui: ['Đảng ủy Đại học Thái Nguyên (ĐHTN)'] } }) }, { name: 'a State document before NĐ 30 (“(b/c)” was common usage; unseen 06, 2005)', yaml: planYaml('state', { ngay: '2005-07-06', noi_nhan: { gui: ['TT. Tỉnh ủy (b/c)'], luu: 'VT.' } }) }],
  invalid: [
    {
      yaml: purposeInName,
      findings: [
        { messageId: 'typedPurpose', ...at(purposeInName, '(báo cáo)'), severity: 'info' },
        { messageId: 'typedPurpose', ...at(purposeInName, '(t/h)'), severity: 'info' },
      ],
    },
  ],
});

const luuInList = planYaml('state', { noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy', 'Lưu: VT'], luu: 'VP' } });
// YAML reads "- Lưu: VT" as a key; the loader puts the text back together.
const luuAsKey = planYaml('state').replace('    - Các phòng, đơn vị thuộc Sở\n', '    - Các phòng, đơn vị thuộc Sở\n    - Lưu: VT\n');
testRule(noiNhanLuuLast, {
  valid: [{ yaml: planYaml('state') }, { name: 'a name starting with Lưu', yaml: planYaml('state', { noi_nhan: { gui: ['Lưu trữ lịch sử tỉnh'] } }) }],
  invalid: [
    { name: 'quoted', yaml: luuInList, findings: [{ messageId: 'luuInList', ...at(luuInList, '"Lưu: VT"') }] },
    { name: 'read back from a YAML key', yaml: luuAsKey, findings: [{ messageId: 'luuInList', line: at(luuAsKey, 'Lưu: VT').line, column: at(luuAsKey, 'Lưu: VT').column }] },
  ],
});

// Seed 003 "Lưu : VT."; seed 001 (Party) "Lưu: VP-BTG/ĐU.".
const typedLuu = planYaml('party', { noi_nhan: { luu: 'Lưu: VP-BTG/ĐU' } });
const vtOnly = planYaml('state', { noi_nhan: { luu: 'VT' } });
const noVt = planYaml('state', { noi_nhan: { luu: 'VP, TCCB' } });
testRule(noiNhanLuuForm, {
  valid: [{ yaml: planYaml('state') }, { yaml: planYaml('party') }, { name: 'Party archive without VT', yaml: planYaml('party', { noi_nhan: { luu: 'VPHU' } }) }],
  invalid: [
    { name: 'typed “Lưu:”', yaml: typedLuu, findings: [{ messageId: 'typedLuu', ...at(typedLuu, 'Lưu: ') }], output: typedLuu.replace('"Lưu: VP-BTG/ĐU"', '"VP-BTG/ĐU"') },
    { name: 'State archive without VT', yaml: noVt, findings: [{ messageId: 'vtFirst', ...at(noVt, 'VP, TCCB') }] },
    { name: 'seed 003: VT without the drafting unit', yaml: vtOnly, findings: [{ messageId: 'noUnit', line: at(vtOnly, 'luu: VT').line, column: at(vtOnly, 'luu: VT').column + 5, severity: 'warning' }] },
  ],
});

// Seed 004 lists both pairs.
const duplicates = planYaml('party', {
  noi_nhan: {
    gui: [
      'Các thành viên Ban Chỉ đạo của tỉnh',
      'Các huyện ủy, thành ủy, ĐU trực thuộc TU',
      'Các thành viên BCĐ của tỉnh',
      'các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh uỷ',
    ],
  },
});
testRule(noiNhanDuplicate, {
  valid: [
    { yaml: planYaml('party') },
    { name: 'different bodies', yaml: planYaml('party', { noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy', 'Lãnh đạo Ban Dân vận Tỉnh ủy'] } }) },
  ],
  invalid: [
    {
      name: 'seed 004',
      yaml: duplicates,
      findings: [
        { messageId: 'duplicate', ...at(duplicates, 'Các thành viên BCĐ của tỉnh'), severity: 'warning' },
        { messageId: 'duplicate', ...at(duplicates, 'các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh uỷ') },
      ],
    },
    {
      name: 'abbreviations from the config',
      yaml: planYaml('state', { noi_nhan: { gui: ['Sở KHCN', 'Sở Khoa học và Công nghệ'] } }),
      config: { cai_dat: { viet_tat: { KHCN: 'khoa học và công nghệ' } } },
      findings: [{ messageId: 'duplicate', line: 24, column: 7 }],
    },
  ],
});

const planWithAddressee = planYaml('state', { kinh_gui: 'Ban Dân vận Tỉnh ủy' });
const reportNoNhuTren = planYaml('state', { loai: 'bao_cao', ky_hieu: 'BC-SKHCN', kinh_gui: 'Ban Dân vận Tỉnh ủy' });
testRule(kinhGuiScope, {
  valid: [{ yaml: planYaml('state') }, { yaml: planYaml('state', { loai: 'bao_cao', ky_hieu: 'BC-SKHCN', kinh_gui: 'Ban Dân vận Tỉnh ủy', noi_nhan: { gui: ['Như trên', 'Lưu trữ'] } }) }],
  invalid: [
    { name: 'a plan with Kính gửi', yaml: planWithAddressee, findings: [{ messageId: 'notForType', ...at(planWithAddressee, 'kinh_gui') }] },
    { name: 'report without Như trên', yaml: reportNoNhuTren, findings: [{ messageId: 'nhuTren', ...at(reportNoNhuTren, 'Ban Dân vận Tỉnh ủy') }] },
  ],
});

// citation-symbol-form and citation-so: citations in running text as drafters type them
// (invented text; the kinds of mistake come from the seeds and the development corpus).
import { citationCommaConsistent } from '../../../src/lint/rules/citation-comma-consistent.js';
import { citationFirstFull } from '../../../src/lint/rules/citation-first-full.js';
import { citationSo } from '../../../src/lint/rules/citation-so.js';
import { citationSymbolForm } from '../../../src/lint/rules/citation-symbol-form.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

/** Characters [skip, skip + length) of a found needle. */
const shifted = (p: ReturnType<typeof at>, skip: number, length: number) => ({ line: p.line, column: p.column + skip, endLine: p.line, endColumn: p.column + skip + length });

const spaced = planYaml('party', { mo_dau: 'Thực hiện Nghị quyết số 25- NQ/HU ngày 03/6/2024 của Ban Thường vụ Huyện ủy về công tác dân vận.' });
const enDash = planYaml('state', { mo_dau: 'Thực hiện Kế hoạch số 14/KH –UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh.' });
const slash = planYaml('state', { mo_dau: 'Theo Công văn số 412 /UBND ngày 05/3/2024 của Ủy ban nhân dân huyện.' });
const colon = planYaml('state', { mo_dau: 'Thực hiện Quyết định số: 59/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân xã.' });
const ttg = planYaml('state', { mo_dau: 'Thực hiện Quyết định số 12/QĐ-TTG ngày 05/3/2024 của Thủ tướng Chính phủ.' });
const noType = planYaml('party', { mo_dau: 'Thực hiện Nghị quyết số 11/HU ngày 03/6/2024 của Ban Chấp hành Đảng bộ huyện.' });

testRule(citationSymbolForm, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'well-formed symbols, TTg and QĐi in their own case', yaml: planYaml('party', { mo_dau: 'Thực hiện Quyết định số 12/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ, Quy định số 05-QĐi/TW ngày 03/6/2024 và Công văn số 412/UBND-VP ngày 05/3/2024.' }) },
    { name: 'a subject after the symbol is not part of it', yaml: planYaml('state', { mo_dau: 'Kèm theo Kế hoạch số 12/KH-UBND - Về việc tổ chức Tháng cao điểm dân vận năm 2024.' }) },
    { name: 'a State công văn symbol (organ, no type) is not a Party symbol', yaml: planYaml('state', { mo_dau: 'Theo Công văn số 412/UBND ngày 05/3/2024 của Ủy ban nhân dân huyện.' }) },
  ],
  invalid: [
    { name: 'space after the hyphen', yaml: spaced, findings: [{ messageId: 'spaced', ...at(spaced, '25- NQ/HU') }], output: spaced.replace('25- NQ/HU', '25-NQ/HU') },
    { name: 'spaced en dash', yaml: enDash, findings: [{ messageId: 'spaced', ...at(enDash, '14/KH –UBND') }], output: enDash.replace('14/KH –UBND', '14/KH-UBND') },
    { name: 'space before the slash', yaml: slash, findings: [{ messageId: 'spaced', ...at(slash, '412 /UBND') }], output: slash.replace('412 /UBND', '412/UBND') },
    { name: 'colon after số', yaml: colon, findings: [{ messageId: 'colonAfterSo', ...shifted(at(colon, 'số:'), 2, 1) }], output: colon.replace('số: 59', 'số 59') },
    { name: 'TTG for TTg', yaml: ttg, findings: [{ messageId: 'codeCase', ...at(ttg, 'TTG') }], output: ttg.replace('TTG', 'TTg') },
    { name: 'Party symbol without its type code', yaml: noType, findings: [{ messageId: 'partyNoType', ...at(noType, '11/HU') }] },
  ],
});

const mixed = planYaml('state', { mo_dau: 'Căn cứ Thông tư số 11/2024/TT-BNV ngày 05/3/2024 của Bộ Nội vụ và Thông tư 05/2023/TT-BNV ngày 28/02/2023 của Bộ Nội vụ.' });
const never = planYaml('party', { mo_dau: 'Sau 10 năm thực hiện Nghị quyết 13-NQ/TU của Tỉnh ủy (khóa XIV), hạ tầng có bước phát triển.' });
testRule(citationSo, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'every citation with số', yaml: planYaml('state', { mo_dau: 'Căn cứ Thông tư số 11/2024/TT-BNV ngày 05/3/2024 và Thông tư số 05/2023/TT-BNV ngày 28/02/2023 của Bộ Nội vụ.' }) },
    { name: 'a type word with a number that is no symbol', yaml: planYaml('state', { mo_dau: 'Tổ chức 2 Hội nghị và Kế hoạch 5 năm 2021-2025.' }) },
  ],
  invalid: [
    { name: 'without số beside one with it: warning', yaml: mixed, findings: [{ messageId: 'mixed', severity: 'warning', ...at(mixed, 'Thông tư 05/2023/TT-BNV') }] },
    { name: 'the document never writes số: a note', yaml: never, findings: [{ messageId: 'usual', severity: 'info', ...at(never, 'Nghị quyết 13-NQ/TU') }] },
  ],
});

const stateMixed = planYaml('state', { mo_dau: 'Căn cứ Thông tư số 11/2014/TT-BNV, ngày 18/4/2014 của Bộ Nội vụ và Thông tư số 05/2018/TT-BNV ngày 28/02/2018 của Bộ Nội vụ.' });
const partyMixed = planYaml('party', { mo_dau: 'Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Kế hoạch số 155-KH/TU, ngày 07/7/2019 của Thành ủy.' });
testRule(citationCommaConsistent, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'State: a comma throughout is consistent', yaml: planYaml('state', { mo_dau: 'Căn cứ Thông tư số 11/2014/TT-BNV, ngày 18/4/2014 và Thông tư số 05/2018/TT-BNV, ngày 28/02/2018 của Bộ Nội vụ.' }) },
    { name: 'Party: no comma throughout is consistent', yaml: planYaml('party', { mo_dau: 'Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 và Kế hoạch số 155-KH/TU ngày 07/7/2019 của Thành ủy.' }) },
  ],
  invalid: [
    { name: 'State mixing: the comma is shown', yaml: stateMixed, findings: [{ messageId: 'extraComma', ...at(stateMixed, 'Thông tư số 11/2014/TT-BNV,') }] },
    { name: 'Party mixing: the missing comma is shown', yaml: partyMixed, findings: [{ messageId: 'missingComma', ...at(partyMixed, 'Chỉ thị số 35-CT/TW') }] },
  ],
});

// citation-first-full reads "của" in any case and a date wrapped onto the next line.
testRule(citationFirstFull, {
  valid: [
    { name: '“CỦA” in capitals', yaml: planYaml('state', { mo_dau: 'Thực hiện Chỉ thị số 25-CT/TU ngày 23/4/2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY.' }) },
    { name: 'the date wrapped to the next line, with a capital', yaml: planYaml('state', { mo_dau: '(Ban hành kèm theo Quyết định số 59/QĐ-UBND\n  Ngày 22 tháng 7 năm 2024 của Ủy ban nhân dân xã)' }) },
  ],
  invalid: [],
});

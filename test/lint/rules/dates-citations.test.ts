// Date and citation rules: date-valid, draft-placeholders, deadline-before-issue,
// ref-date-after-issue, ref-symbol-year-mismatch, anniversary-arithmetic, citation-first-full,
// citation-ten-loai-capital, date-format-consistent.
import { anniversaryArithmetic } from '../../../src/lint/rules/anniversary-arithmetic.js';
import { citationFirstFull } from '../../../src/lint/rules/citation-first-full.js';
import { citationTenLoaiCapital } from '../../../src/lint/rules/citation-ten-loai-capital.js';
import { dateFormatConsistent } from '../../../src/lint/rules/date-format-consistent.js';
import { dateValid } from '../../../src/lint/rules/date-valid.js';
import { deadlineBeforeIssue } from '../../../src/lint/rules/deadline-before-issue.js';
import { draftPlaceholders } from '../../../src/lint/rules/draft-placeholders.js';
import { refDateAfterIssue } from '../../../src/lint/rules/ref-date-after-issue.js';
import { refSymbolYearMismatch } from '../../../src/lint/rules/ref-symbol-year-mismatch.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';
import { lintText } from '../../../src/lint/index.js';
import { describe, expect, it } from 'vitest';

// The schema's date format already refuses `ngay: 2024-04-31`; dates in the text are this rule's.
const april31 = planYaml('state', { to_chuc_thuc_hien: ['Tổng kết trước ngày 31/4/2024.'] });
const textDate = planYaml('state', { mo_dau: 'Báo cáo gửi trước ngày 30/02/2024 về Văn phòng Sở.' });
const spokenDay = planYaml('state', { mo_dau: 'Thực hiện Kế hoạch ban hành ngày 29 tháng 02 năm 2023 của Sở.' });
const month13 = planYaml('state', { mo_dau: 'Báo cáo gửi trước ngày 15/13/2024 về Văn phòng Sở.' });
testRule(dateValid, {
  valid: [{ yaml: planYaml('state') }, { name: 'leap day', yaml: planYaml('party', { ngay: '2024-02-29' }) }],
  invalid: [
    { name: '31 April', yaml: april31, findings: [{ messageId: 'invalid', ...at(april31, '31/4/2024') }] },
    { name: 'in the text', yaml: textDate, findings: [{ messageId: 'invalid', ...at(textDate, '30/02/2024') }] },
    { name: 'spoken form', yaml: spokenDay, findings: [{ messageId: 'invalid', ...at(spokenDay, 'ngày 29 tháng 02 năm 2023') }] },
    { name: 'no month 13', yaml: month13, findings: [{ messageId: 'invalidMonth', ...at(month13, '15/13/2024') }] },
  ],
});

describe('date-valid and the schema', () => {
  it('leaves the date fields to the schema, which reports a day not on the calendar with its own message', () => {
    const r = lintText(planYaml('state', { ngay: '2024-04-31' }), { file: 'x.yaml', lang: 'vi', rules: [dateValid] });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['schema/format']);
    expect(r.findings[0]!.message).toContain('tháng 4 năm 2024 có 30 ngày');
  });
});

const finalBlank = planYaml('state', { so: undefined, ngay: '2023-10' });
const draftBlank = planYaml('state', { du_thao: true, so: undefined, ngay: '2023-10' });
const draftGap = planYaml('state', { du_thao: true, mo_dau: 'Thực hiện Công văn số ... của [CẦN BỔ SUNG].' });
testRule(draftPlaceholders, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'an ellipsis closing a list is text', yaml: planYaml('party', { mo_dau: 'Trên mạng xã hội... của đơn vị.' }) },
  ],
  invalid: [
    {
      name: 'final plan without number and day',
      yaml: finalBlank,
      findings: [
        { messageId: 'noNumber', line: 1, column: 1, severity: 'error' },
        { messageId: 'noDay', ...at(finalBlank, '2023-10'), severity: 'error' },
      ],
    },
    { name: 'draft: blanks are a reminder', yaml: draftBlank, findings: [{ messageId: 'noNumber', line: 1, column: 1, severity: 'info' }, { messageId: 'noDay', ...at(draftBlank, '2023-10'), severity: 'info' }] },
    {
      name: 'draft: gaps in the text are warnings',
      yaml: draftGap,
      findings: [
        { messageId: 'placeholder', ...at(draftGap, '...'), severity: 'warning' },
        { messageId: 'placeholder', ...at(draftGap, '[CẦN BỔ SUNG]'), severity: 'warning' },
      ],
    },
  ],
});

// Seed 004 asks for reports "trước ngày 15/6/2024": wrong if the plan were issued on 20/6/2024.
const lateText = planYaml('party', { ngay: '2024-06-20', to_chuc_thuc_hien: ['Báo cáo sơ kết gửi trước *ngày 15/6/2024*; báo cáo năm trước ngày 15/12/2024.'] });
const lateFields = planYaml('state', {
  ngay: '2024-07-01',
  noi_dung: [{ tieu_de: 'Tuyên truyền', thoi_gian: 'Quý II/2024', thoi_han: '2024-06-30' }],
});
testRule(deadlineBeforeIssue, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'a month-only draft date is compared with its first day', yaml: planYaml('state', { du_thao: true, ngay: '2024-06', to_chuc_thuc_hien: ['Hoàn thành trước ngày 10/6/2024.'] }) },
    { name: 'a past date that is not a deadline', yaml: planYaml('party', { mo_dau: 'Ngày 23/4/2024, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị.' }) },
  ],
  invalid: [
    { name: 'deadline in the text', yaml: lateText, findings: [{ messageId: 'beforeIssue', ...at(lateText, '15/6/2024') }] },
    {
      name: 'thoi_gian and thoi_han',
      yaml: lateFields,
      findings: [
        { messageId: 'beforeIssue', ...at(lateFields, 'Quý II/2024') },
        { messageId: 'beforeIssue', ...at(lateFields, '2024-06-30') },
      ],
    },
  ],
});

const citedLater = planYaml('state', {
  ngay: '2023-10-05',
  can_cu: [{ loai: 'Công văn', so_ky_hieu: '1946/UBND-VXNV', ngay: '2023-10-06', co_quan: 'Ủy ban nhân dân tỉnh' }],
  mo_dau: 'Thực hiện Kế hoạch số 21-KH/BDVTU ngày 31/12/2023 của Ban Dân vận Tỉnh ủy.',
});
testRule(refDateAfterIssue, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'month-only draft date: compared with the end of the month', yaml: planYaml('state', { du_thao: true, ngay: '2023-10', can_cu: [{ loai: 'Công văn', so_ky_hieu: '1946/UBND-VXNV', ngay: '2023-10-06' }] }) },
  ],
  invalid: [
    {
      name: 'structured and in the text',
      yaml: citedLater,
      findings: [
        { messageId: 'afterIssue', ...at(citedLater, '2023-10-06') },
        { messageId: 'afterIssue', ...at(citedLater, '31/12/2023') },
      ],
    },
  ],
});

const yearMismatch = planYaml('party', { mo_dau: 'Thực hiện Quyết định số 08/2022/QĐ-UBND ngày 19/4/2023 của Ủy ban nhân dân tỉnh.' });
testRule(refSymbolYearMismatch, {
  valid: [{ yaml: planYaml('party', { mo_dau: 'Thực hiện Quyết định số 08/2022/QĐ-UBND ngày 19/4/2022 của Ủy ban nhân dân tỉnh.' }) }],
  invalid: [{ yaml: yearMismatch, findings: [{ messageId: 'yearMismatch', ...at(yearMismatch, '19/4/2023'), severity: 'warning' }] }],
});

const wrongCount = planYaml('state', { ngay: '2023-10-05', trich_yeu: 'Kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930-15/10/2023)' });
const otherYear = planYaml('party', { ngay: '2024-05-27', mo_dau: 'Tổ chức hội thi nhân dịp kỷ niệm 93 năm Ngày truyền thống (15/10/1930 - 15/10/2023).' });
testRule(anniversaryArithmetic, {
  valid: [
    { name: 'seed 003', yaml: planYaml('state', { ngay: '2023-10-05', trich_yeu: 'Kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930-15/10/2023)' }) },
    { name: 'seed 004, years only', yaml: planYaml('party', { ngay: '2024-03-01', mo_dau: '25 năm “Ngày Dân vận cả nước” (1999-2024).' }) },
  ],
  invalid: [
    { name: '94 for 93', yaml: wrongCount, findings: [{ messageId: 'wrongCount', ...at(wrongCount, '94'), severity: 'error' }] },
    { name: 'range ends in another year', yaml: otherYear, findings: [{ messageId: 'otherYear', ...at(otherYear, '(15/10/1930 - 15/10/2023)'), severity: 'warning' }] },
  ],
});

// Seed 002 cites "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng" with no date.
const shortFirst = planYaml('party', {
  mo_dau: 'Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI); Chỉ thị số 45-CT/TU, ngày 27/8/2024 của Ban Thường vụ Tỉnh ủy.',
});
const structuredShort = planYaml('state', { can_cu: [{ loai: 'Chỉ thị', so_ky_hieu: '25-CT/TU' }] });
const taiNoIssuer = planYaml('state', { mo_dau: 'Theo đề nghị tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021.' });
testRule(citationFirstFull, {
  valid: [
    { name: 'full, then short', yaml: planYaml('party', { mo_dau: 'Thực hiện Chỉ thị số 25-CT/TU, ngày 23/4/2024 của Ban Thường vụ Tỉnh ủy; quán triệt Chỉ thị số 25-CT/TU.' }) },
    { name: 'seed 000: date and issuer before', yaml: planYaml('party', { mo_dau: 'Ngày 23/4/2024, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 25-CT/TU về dân vận.' }) },
    { name: 'structured in full', yaml: planYaml('state', { can_cu: [{ loai: 'Chỉ thị', so_ky_hieu: '25-CT/TU', ngay: '2024-04-23', co_quan: 'Ban Thường vụ Tỉnh ủy' }], mo_dau: 'Quán triệt Chỉ thị số 25-CT/TU.' }) },
    { name: 'a date damaged by the copy (“ngày 16/7/20 21”) is still a date given (corpus 24)', yaml: planYaml('state', { mo_dau: 'Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định quy trình rà soát.' }) },
    { name: 'a citation where the text stops (its date and issuer were in the part the page dropped)', yaml: planYaml('state', { mo_dau: 'Căn cứ Công văn số 3444/LĐTBXH-VPQ' }) },
    { name: 'issuer named before "tại" (NĐ 30 mẫu: “Theo đề nghị của … tại Tờ trình số …”)', yaml: planYaml('state', { mo_dau: 'Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021.' }) },
  ],
  invalid: [
    { name: 'seed 002', yaml: shortFirst, findings: [{ messageId: 'notFull', ...at(shortFirst, 'Nghị quyết số 25-NQ/TW') }] },
    { name: 'structured without date', yaml: structuredShort, findings: [{ messageId: 'notFull', ...at(structuredShort, '25-CT/TU') }] },
    { name: '"tại" without an issuer before it', yaml: taiNoIssuer, findings: [{ messageId: 'notFull', ...at(taiNoIssuer, 'Tờ trình số 92/TTr-SLĐTBXH') }] },
  ],
});

const lowercase = planYaml('state', { mo_dau: 'Thực hiện công văn số 365-CV/ĐUK, ngày 26/9/2023 của Đảng ủy khối.' });
const structuredLower = planYaml('state', { can_cu: [{ loai: 'công văn', so_ky_hieu: '365-CV/ĐUK', ngay: '2023-09-26', co_quan: 'Đảng ủy khối' }] });
testRule(citationTenLoaiCapital, {
  valid: [{ yaml: planYaml('state', { mo_dau: 'Thực hiện Công văn số 365-CV/ĐUK, ngày 26/9/2023 của Đảng ủy khối.' }) }],
  invalid: [
    { name: 'seed 003', yaml: lowercase, findings: [{ messageId: 'lowercase', ...at(lowercase, 'công văn số 365-CV/ĐUK') }], output: lowercase.replace('công văn số', 'Công văn số') },
    { name: 'structured', yaml: structuredLower, findings: [{ messageId: 'lowercase', ...at(structuredLower, 'công văn') }], output: structuredLower.replace('loai: công văn', 'loai: Công văn') },
  ],
});

const mixedDates = planYaml('party', { mo_dau: 'Ngày 23/4/2024 và ngày 27/8/2024, Ban Thường vụ ban hành; từ 01-10-2024 tổ chức thực hiện.' });
testRule(dateFormatConsistent, {
  valid: [
    { yaml: planYaml('party', { mo_dau: 'Ngày 23/4/2024 và ngày 27/8/2024.' }) },
    { name: 'document symbols are not dates', yaml: planYaml('party', { mo_dau: 'Ngày 23/4/2024, Quyết định số 08/2022/QĐ-UBND, giai đoạn 2022-2025.' }) },
  ],
  invalid: [{ yaml: mixedDates, findings: [{ messageId: 'mixed', ...at(mixedDates, '01-10-2024'), severity: 'info' }] }],
});

// doubled-punctuation, fixed-pair-punctuation, range-style-consistent: invented sentences.
import { doubledPunctuation } from '../../../src/lint/rules/doubled-punctuation.js';
import { fixedPairPunctuation } from '../../../src/lint/rules/fixed-pair-punctuation.js';
import { rangeStyleConsistent } from '../../../src/lint/rules/range-style-consistent.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

const twice = planYaml('state', { mo_dau: 'Các đơn vị báo cáo kết quả về Sở.. Văn phòng tổng hợp.' });
const commaStop = planYaml('state', { mo_dau: 'Các đơn vị triển khai thực hiện,. Văn phòng tổng hợp.' });
const semis = planYaml('party', { mo_dau: 'Các chi bộ tổ chức quán triệt;; báo cáo về Đảng ủy.' });
testRule(doubledPunctuation, {
  valid: [
    { yaml: planYaml('state') },
    { yaml: planYaml('party') },
    { name: 'an ellipsis, the terminator, numbering', yaml: planYaml('state', { mo_dau: 'Các hoạt động văn hóa, thể thao,... được tổ chức; xem mục 1.2.3 và điểm a... Văn phòng theo dõi./.' }) },
  ],
  invalid: [
    { name: 'a full stop twice', yaml: twice, findings: [{ messageId: 'same', ...at(twice, '..') }], output: twice.replace('Sở..', 'Sở.') },
    { name: 'a comma and a full stop', yaml: commaStop, findings: [{ messageId: 'different', ...at(commaStop, ',.') }] },
    { name: 'two semicolons', yaml: semis, findings: [{ messageId: 'same', ...at(semis, ';;') }], output: semis.replace(';;', ';') },
  ],
});

const compound = planYaml('party', { mo_dau: 'Phát triển kinh tế-xã hội, bảo đảm quốc phòng–an ninh trên địa bàn.' });
const pair = planYaml('state', { mo_dau: 'Công tác phòng, chống tham nhũng được tăng cường; đẩy mạnh phòng chống lãng phí.' });
testRule(fixedPairPunctuation, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'pairs written right', yaml: planYaml('state', { mo_dau: 'Tăng cường kiểm tra, giám sát; phòng, chống tham nhũng; phát triển kinh tế - xã hội, quốc phòng - an ninh.' }) },
    { name: 'no comma anywhere: not judged', yaml: planYaml('state', { mo_dau: 'Đẩy mạnh phòng chống tội phạm và kiểm tra giám sát.' }) },
  ],
  invalid: [
    {
      name: 'unspaced hyphen and en dash in compounds',
      yaml: compound,
      findings: [{ messageId: 'hyphen', severity: 'warning', ...at(compound, 'kinh tế-xã hội') }, { messageId: 'hyphen', severity: 'warning', ...at(compound, 'quốc phòng–an ninh') }],
      output: compound.replace('kinh tế-xã hội', 'kinh tế - xã hội').replace('quốc phòng–an ninh', 'quốc phòng - an ninh'),
    },
    { name: 'a pair without the comma the document writes elsewhere', yaml: pair, findings: [{ messageId: 'comma', severity: 'info', ...at(pair, 'phòng chống') }], output: pair.replace('phòng chống', 'phòng, chống') },
  ],
});

const ranges = planYaml('state', { trich_yeu: 'Tuyển sinh năm học 2024 – 2025', mo_dau: 'Kế hoạch tuyển sinh năm học 2024-2025 và giai đoạn 2021-2025.' });
testRule(rangeStyleConsistent, {
  valid: [
    { yaml: planYaml('state') },
    { name: 'one style', yaml: planYaml('state', { trich_yeu: 'Tuyển sinh năm học 2024 - 2025', mo_dau: 'Giai đoạn 2021 - 2025; ngày 15/10/1930-15/10/2024.' }) },
  ],
  invalid: [
    { name: 'an en dash among hyphens', yaml: ranges, findings: [{ messageId: 'mixed', ...at(ranges, '2024 – 2025') }] },
  ],
});

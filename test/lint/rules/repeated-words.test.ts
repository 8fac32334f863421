// repeated-words: phrases and function words typed twice, inside a sentence and across two lines.
import { repeatedWords } from '../../../src/lint/rules/repeated-words.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

const phrase = planYaml('state', { mo_dau: 'Chủ tịch, Phó Chủ tịch; Trưởng ấp, Trưởng ấp, các tổ chức và cá nhân có liên quan.' });
const word = planYaml('party', { mo_dau: 'Thực hiện chỉ đạo của của Ban Thường vụ Huyện ủy.' });
const acrossLines = planYaml('state', { muc_dich_yeu_cau: ['Công chức cấp xã; Trưởng ấp,', 'Trưởng ấp, các tổ chức có liên quan.'] });
const endOfList = planYaml('state', { mo_dau: 'Các cơ quan hành chính, tổ chức chính trị, tổ chức chính trị.' });
testRule(repeatedWords, {
  valid: [
    { yaml: planYaml('state') },
    { yaml: planYaml('party') },
    { name: 'reduplication and repeated words that are not a slip', yaml: planYaml('state', { mo_dau: 'Ngày ngày, người người thi đua; đời đời nhớ ơn; các Ban, ban ngành; từng bước nâng cao.' }) },
    { name: 'two list items that share their first words (unseen 18)', yaml: planYaml('state', { mo_dau: 'Cán bộ của các cơ quan hành chính, tổ chức chính trị, tổ chức chính trị - xã hội được nghỉ.' }) },
  ],
  invalid: [
    { name: 'a phrase twice', yaml: phrase, findings: [{ messageId: 'repeated', ...at(phrase, 'Trưởng ấp', 2) }] },
    { name: 'a function word twice', yaml: word, findings: [{ messageId: 'repeated', ...at(word, 'của', 2) }] },
    { name: 'an item typed twice at the end of a list', yaml: endOfList, findings: [{ messageId: 'repeated', ...at(endOfList, 'tổ chức chính trị', 2) }] },
    { name: 'across two lines', yaml: acrossLines, findings: [{ messageId: 'repeated', ...at(acrossLines, 'Trưởng ấp', 2) }] },
  ],
});

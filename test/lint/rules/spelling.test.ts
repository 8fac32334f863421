// spelling-syllable, common-confusions, text-damaged and the syllable checker under them:
// invented text; the kinds of damage come from the development corpus (a PDF extraction, text
// with its diacritics stripped).
import { describe, expect, it } from 'vitest';
import { checkSyllable, splitGlued } from '../../../src/lint/helpers/syllable.js';
import { commonConfusions } from '../../../src/lint/rules/common-confusions.js';
import { spellingSyllable } from '../../../src/lint/rules/spelling-syllable.js';
import { textDamaged } from '../../../src/lint/rules/text-damaged.js';
import { at, planYaml, testRule, verifyValid } from '../../../src/lint/testing.js';
import { lintDocument } from './document.js';

describe('checkSyllable', () => {
  it('accepts the syllables of the language, in both tone placements', () => {
    const words = 'quốc giữa giêng giết gì gìn nguyễn khuya thuở khuấy xoong hoạch ngoặt chuyện người được rượu khuỷu nghiêng yêu ý kỹ ký quýt quỳnh tuyệt huých thuỷ thủy hoà hòa khoẻ kẻng ưng ửng giặc ca ke ghi nghe ngờ kế hoạch tổ chức phòng chống tham nhũng';
    expect(words.split(' ').filter((w) => !checkSyllable(w).valid)).toEqual([]);
  });

  it('rejects by tone, spelling, rhyme and double tone', () => {
    expect(checkSyllable('viêc')).toEqual({ valid: false, reason: 'tone' });
    expect(checkSyllable('hoạtt').valid).toBe(false);
    expect(checkSyllable('ngiên')).toEqual({ valid: false, reason: 'spelling' });
    expect(checkSyllable('cịn')).toEqual({ valid: false, reason: 'spelling' });
    expect(checkSyllable('ghà')).toEqual({ valid: false, reason: 'spelling' });
    expect(checkSyllable('cơng')).toEqual({ valid: false, reason: 'rhyme' });
    expect(checkSyllable('tổchức')).toEqual({ valid: false, reason: 'tones' });
  });

  it('splits two glued syllables', () => {
    expect(splitGlued('họcsinh')).toEqual(['học', 'sinh']);
    // A final consonant goes with the first syllable (web copies that lost a space, unseen 05).
    expect(splitGlued('muốngửi')).toEqual(['muốn', 'gửi']);
    expect(splitGlued('thânphụ')).toEqual(['thân', 'phụ']);
    expect(splitGlued('dâncác')).toEqual(['dân', 'các']);
    expect(splitGlued('côngtác')).toEqual(['công', 'tác']);
    expect(splitGlued('cơng')).toBeUndefined();
  });
});

const typos = planYaml('state', { mo_dau: 'Tổ chức viêc ngiên cứu cho họcsinh toàn tỉnh.' });
testRule(spellingSyllable, {
  valid: [
    { yaml: planYaml('state') },
    { yaml: planYaml('party') },
    { name: 'names, loanwords, units, codes', yaml: planYaml('state', { mo_dau: 'Đăng trên website, fanpage và Zalo; clip dài 3 phút; diện tích 25 km2; mã QĐ-TTg; Ông Nguyễn Văn Ngiên; email vanthu@hanam.gov.vn.' }) },
  ],
  invalid: [
    {
      name: 'a missing tone, a spelling rule, two glued words',
      yaml: typos,
      findings: [{ messageId: 'tone', ...at(typos, 'viêc') }, { messageId: 'spelling', ...at(typos, 'ngiên') }, { messageId: 'glued', ...at(typos, 'họcsinh') }],
    },
  ],
});

const confused = planYaml('state', { mo_dau: 'Kịp thời sử lý các vướng mắc sau khi sát nhập đơn vị. Bổ xung kinh phí.' });
testRule(commonConfusions, {
  valid: [{ yaml: planYaml('state') }, { name: 'the right forms', yaml: planYaml('state', { mo_dau: 'Kịp thời xử lý vướng mắc sau khi sáp nhập; sử dụng kinh phí bổ sung.' }) }],
  invalid: [
    { name: 'three confusions, a capital kept', yaml: confused, findings: [{ messageId: 'confused', ...at(confused, 'sử lý') }, { messageId: 'confused', ...at(confused, 'sát nhập') }, { messageId: 'confused', ...at(confused, 'Bổ xung') }] },
  ],
});

// Invented Vietnamese prose with its diacritics stripped, and with letters broken as a PDF extraction breaks them.
const strippedText = 'Ke hoach to chuc cac hoat dong tuyen truyen ve cong tac dan van trong nam, nang cao nhan thuc cua can bo, dang vien va nhan dan ve vai tro cua cong tac dan van, phat huy suc manh cua khoi dai doan ket toan dan toc trong tinh hinh moi, gop phan hoan thanh thang loi cac nhiem vu chinh tri cua dia phuong.';
const stripped = planYaml('state', { mo_dau: strippedText });
const brokenText = 'Hệ thống cơng trình hạ tầng được đầu tư; thưong mại phát triển; đơ thị cịn chậm; hồn thành cơng tác giải phĩng mặt bằng; các cơng trình giao thơng, thủy lợi, văn hĩa được quan tâm; nhiều dự án cịn chậm tiến độ, vốn đầu tư cịn hạn chế so với yêu cầu phát triển của tỉnh trong giai đoạn mới.';
const broken = planYaml('state', { mo_dau: brokenText });
testRule(textDamaged, {
  valid: [{ yaml: planYaml('state') }, { yaml: planYaml('party') }, { name: 'one slip in sound text', yaml: typos }],
  invalid: [
    { name: 'diacritics stripped: one finding', yaml: stripped, findings: [{ messageId: 'stripped', ...at(stripped, 'Ke') }] },
    { name: 'a broken extraction: one finding', yaml: broken, findings: [{ messageId: 'broken', ...at(broken, 'cơng') }] },
  ],
});

describe('damaged text silences the spelling rules', () => {
  it('spelling-syllable says nothing on a broken extraction', () => {
    expect(() => verifyValid(spellingSyllable, { name: 'broken text', yaml: broken })).not.toThrow();
    expect(() => verifyValid(commonConfusions, { name: 'broken text with a confusion', yaml: planYaml('state', { mo_dau: `${brokenText} Kịp thời sử lý.` }) })).not.toThrow();
  });
});

describe('spelling-syllable on a text that stops mid-word (a web page keeps only its first part; unseen 16)', () => {
  const cut = (end: string) => ['ỦY BAN NHÂN DÂN XÃ TRÀ TẬP', 'TRƯỜNG THCS NGUYỄN TRÃI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 44/KH-THCS', 'Trà Tập, ngày 03 tháng 9 năm 2025', 'KẾ HOẠCH', 'Giáo dục nhà trường', 'I. CĂN CỨ', `Thông tư quy định về quản lí và tổ chức dạy học ${end}`].join('\n');
  it('the piece of a word where the text stops is not called misspelt; a wrong word elsewhere still is', async () => {
    expect(await lintDocument(cut('trực tuyế'), spellingSyllable)).toEqual([]);
    expect((await lintDocument(cut('viêc trực tuyế'), spellingSyllable)).map((f) => f.messageId)).toEqual(['tone']);
  });
});

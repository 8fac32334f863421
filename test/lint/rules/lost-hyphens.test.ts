// A copy whose hyphens a PDF extraction dropped (unseen 08): the symbols it cites come out glued
// ("61/2018/NĐCP"), the Tiêu ngữ without its dashes. text-damaged says so once; tieu-ngu-exact
// and so-ky-hieu-format do not blame the drafter for the missing hyphens. A copy that kept its
// hyphens is judged as before.
import { describe, expect, it } from 'vitest';
import { lostHyphens } from '../../../src/lint/helpers/lost-hyphens.js';
import { soKyHieuFormat } from '../../../src/lint/rules/so-ky-hieu-format.js';
import { textDamaged } from '../../../src/lint/rules/text-damaged.js';
import { tieuNguExact } from '../../../src/lint/rules/tieu-ngu-exact.js';
import { lintDocument } from './document.js';

const doc = (symbol: string, motto: string, cited: string[]) =>
  [
    'ỦY BAN NHÂN DÂN', 'TỈNH KIÊN GIANG', `Số: ${symbol}`, 'CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM', motto, 'Kiên Giang, ngày 28 tháng 8 năm 2019',
    'QUYẾT ĐỊNH', 'Ban hành Quy chế phối hợp', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG', ...cited.map((c) => `Căn cứ ${c};`), 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành Quy chế./.',
    'Nơi nhận:', '- Như Điều 1;', '- Lưu: VT.', 'CHỦ TỊCH', 'Nguyễn Văn An', '',
  ].join('\n');
const damaged = doc('1961/QĐUBND', 'Độc lập  Tự do  Hạnh phúc', ['Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 của Chính phủ', 'Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ']);
const typed = doc('1961/QĐUBND', 'Độc lập  Tự do  Hạnh phúc', ['Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ', 'Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ']);

describe('a copy that lost its hyphens', () => {
  it('is recognised by two glued symbols at least', () => {
    expect(lostHyphens('Nghị định số 61/2018/NĐCP; Thông tư số 01/2018/TTVPCP')).toEqual(['61/2018/NĐCP', '01/2018/TTVPCP']);
    expect(lostHyphens('Nghị định số 61/2018/NĐCP; Thông tư số 01/2018/TT-VPCP')).toEqual([]);
  });
  it('text-damaged says it once; the Tiêu ngữ and the ký hiệu are not blamed for the hyphens', async () => {
    expect((await lintDocument(damaged, textDamaged)).map((f) => [f.messageId, f.severity])).toEqual([['hyphensLost', 'warning']]);
    expect(await lintDocument(damaged, tieuNguExact)).toEqual([]);
    expect(await lintDocument(damaged, soKyHieuFormat)).toEqual([]);
  });
  it('a copy whose citations keep their hyphens: the missing dashes and the glued ký hiệu are the drafter’s', async () => {
    expect(await lintDocument(typed, textDamaged)).toEqual([]);
    expect((await lintDocument(typed, tieuNguExact)).map((f) => f.messageId)).toEqual(['missingDash', 'missingDash']);
    expect((await lintDocument(typed, soKyHieuFormat)).map((f) => f.messageId)).toEqual(['symbolShape']);
  });
});

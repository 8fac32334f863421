// The reader and the document-type registry: a công văn is known by its trích yếu under the
// number (no tên loại line), a quyết định by its tên loại and read as authority, căn cứ, the
// enacting line and articles; a subject-like line elsewhere does not make a letter.
import { describe, expect, it } from 'vitest';
import { recognise } from '../../src/reader/recognise.js';
import { sourceFromText } from '../../src/reader/source.js';

const read = (text: string) => recognise(sourceFromText(text));

const LETTER = `ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 454/UBND-NCTH
Vị Thanh, ngày 06 tháng 4 năm 2026
V/v tiếp tục phối hợp tuyên truyền
Kính gửi:
- Giám đốc Sở Văn hóa, Thể thao và Du lịch;
- Chủ tịch UBND các xã, phường.
Ủy ban nhân dân tỉnh đề nghị các đơn vị tiếp tục phối hợp tuyên truyền.
Trân trọng./.
Nơi nhận:                                       CHỦ TỊCH
- Như trên;
- Lưu: VT, NCTH.                                Nguyễn Văn A
`;

describe('reader: công văn', () => {
  it('takes the "V/v" line under the number as the trích yếu and the type, the "- …" lines as Kính gửi', () => {
    const r = read(LETTER);
    expect(r.data.loai).toBe('cong_van');
    expect(r.data.trich_yeu).toBe('V/v tiếp tục phối hợp tuyên truyền');
    expect(r.data.kinh_gui).toEqual(['Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Chủ tịch UBND các xã, phường']);
    expect(r.data.noi_dung).toEqual(['Ủy ban nhân dân tỉnh đề nghị các đơn vị tiếp tục phối hợp tuyên truyền.']);
    expect(r.data.cau_ket).toBe('Trân trọng.');
    expect((r.data.co_quan as Record<string, string>).viet_tat).toBe('UBND');
    expect(r.notes.filter((n) => n.ruleId.startsWith('reader/'))).toEqual([]);
    expect(r.components.get('trich_yeu_cong_van')?.map((l) => l.no)).toEqual([6]);
  });

  it('takes a mistyped “V/V …” or “Về …” line under the number as the trích yếu too (cong-van-trich-yeu-vv then reports its form)', () => {
    for (const subject of ['V/V tiếp tục phối hợp tuyên truyền', 'Về tiếp tục phối hợp tuyên truyền']) {
      const r = read(LETTER.replace('V/v tiếp tục phối hợp tuyên truyền', subject));
      expect(r.data.loai).toBe('cong_van');
      expect(r.data.trich_yeu).toBe(subject);
    }
  });

  it('does not take a "về …" line for a letter when the number carries another type (445-KL/TU) or the line is not under the number', () => {
    const conclusion = read(`TỈNH ỦY THỪA THIÊN HUẾ
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 445-KL/TU
Huế, ngày 13 tháng 5 năm 2022
về xây dựng hệ thống kết cấu hạ tầng
I. ĐÁNH GIÁ TÌNH HÌNH
Nội dung.
`);
    expect(conclusion.data.loai).not.toBe('cong_van');
    const notUnder = read(LETTER.replace('V/v tiếp tục phối hợp tuyên truyền\n', '').replace('Độc lập - Tự do - Hạnh phúc\n', 'Độc lập - Tự do - Hạnh phúc\nV/v tiếp tục phối hợp tuyên truyền\n'));
    expect(notUnder.data.loai).not.toBe('cong_van');
  });
});

describe('reader: quyết định', () => {
  it('State: authority, căn cứ, "QUYẾT ĐỊNH:", articles; the "./." taken off the last article', () => {
    const r = read(`ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND
Xuân Phú, ngày 05 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Quy chế hoạt động của Tổ công tác
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ
Căn cứ Luật Tổ chức chính quyền địa phương;
Theo đề nghị của Văn phòng Ủy ban nhân dân xã.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Tổ công tác.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Văn phòng chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:                                       CHỦ TỊCH
- Như Điều 3;
- Lưu: VT, VP.                                  Nguyễn Văn An
`);
    expect(r.data.loai).toBe('quyet_dinh');
    expect(r.data.tham_quyen).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ');
    expect(r.data.can_cu).toEqual(['Căn cứ Luật Tổ chức chính quyền địa phương', 'Theo đề nghị của Văn phòng Ủy ban nhân dân xã']);
    expect(r.data.noi_dung).toEqual([
      'Ban hành kèm theo Quyết định này Quy chế hoạt động của Tổ công tác.',
      'Quyết định này có hiệu lực kể từ ngày ký.',
      'Văn phòng chịu trách nhiệm thi hành Quyết định này.',
    ]);
    expect(r.notes.filter((n) => n.ruleId !== 'body-terminator')).toEqual([]);
  });

  it('reports a gap in the article numbers and a missing authority', () => {
    const r = read(`ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 12/QĐ-UBND
Xuân Phú, ngày 05 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Quy chế
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Ban hành Quy chế.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
`);
    expect(r.notes.map((n) => n.ruleId)).toEqual(expect.arrayContaining(['arabic-sequence']));
    expect(r.missing).toContainEqual(['tham_quyen']);
  });
});

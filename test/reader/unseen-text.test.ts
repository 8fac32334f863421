// Kinds of web damage met on the unseen documents (test/fixtures/unseen, KEY.md): each test is an
// invented document showing one kind, read without a false finding.
import { describe, expect, it } from 'vitest';
import { recognise } from '../../src/reader/recognise.js';
import { sourceFromText } from '../../src/reader/source.js';

const read = (lines: string[]) => {
  const r = recognise(sourceFromText(lines.join('\n')));
  return { r, data: r.data as Record<string, any>, rules: r.notes.map((n) => n.ruleId), notes: r.notes };
};

const HEAD = ['ỦY BAN NHÂN DÂN', 'TỈNH NAM SƠN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Số: 12/QĐ-UBND', 'Nam Sơn, ngày 12 tháng 8 năm 2024', ''];
const FOOT = ['', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, VP.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Văn B'];

describe('a quyết định whose subject in capitals runs straight into the authority (no blank line)', () => {
  const doc = (authority: string) => [
    ...HEAD,
    'QUYẾT ĐỊNH',
    'BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC',
    'XÃ HỘI TRÊN ĐỊA BÀN TỈNH NAM SƠN',
    authority,
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;',
    'Theo đề nghị của Giám đốc Sở Nội vụ.',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.',
    'Điều 2. Quyết định này có hiệu lực từ ngày ký./.',
    ...FOOT,
  ];
  it('the authority line (“ỦY BAN NHÂN DÂN TỈNH”, “CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …”) is the tham quyền, not the subject’s last line', () => {
    for (const authority of ['ỦY BAN NHÂN DÂN TỈNH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM SƠN', 'GIÁM ĐỐC SỞ NỘI VỤ']) {
      const { data, rules } = read(doc(authority));
      expect(data.tham_quyen).toBe(authority);
      expect(data.trich_yeu).toBe('BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI TRÊN ĐỊA BÀN TỈNH NAM SƠN');
      expect(rules).not.toContain('reader/not-found');
    }
  });
  it('a subject line that merely begins like an organ, with no căn cứ under it, stays the subject', () => {
    const { data } = read([...HEAD, 'QUYẾT ĐỊNH', 'VỀ VIỆC KIỆN TOÀN', 'SỞ NỘI VỤ TỈNH NAM SƠN', '', 'Điều 1. Kiện toàn.', 'Điều 2. Hiệu lực từ ngày ký./.', ...FOOT]);
    expect(data.trich_yeu).toBe('VỀ VIỆC KIỆN TOÀN SỞ NỘI VỤ TỈNH NAM SƠN');
  });
});

describe('a web page’s table wraps: an article label alone on its line, a number after “số”, a name at its hyphen', () => {
  const { data, rules } = read([
    ...HEAD,
    'QUYẾT ĐỊNH',
    'Về việc ban hành Kế hoạch',
    '',
    'ỦY BAN NHÂN DÂN TỈNH NAM SƠN',
    'Căn cứ Quyết định số',
    '112/QĐ-TTg ngày 22/01/2021 của Thủ tướng Chính phủ;',
    'Theo đề nghị của Sở Lao động',
    '- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021.',
    'QUYẾT ĐỊNH:',
    'Điều 1.',
    'Ban hành kèm theo Quyết định này Kế hoạch.',
    'Điều 2.',
    'Quyết định này có hiệu lực từ ngày ký./.',
    ...FOOT,
  ]);
  it('“Điều 1.” and its text on the next line are one article (no empty article)', () => {
    expect(data.noi_dung).toEqual(['Ban hành kèm theo Quyết định này Kế hoạch.', 'Quyết định này có hiệu lực từ ngày ký.']);
  });
  it('“… số” / “112/QĐ-TTg …” and “Sở Lao động” / “- Thương binh và Xã hội …” are one căn cứ each', () => {
    expect(data.can_cu).toEqual([
      'Căn cứ Quyết định số 112/QĐ-TTg ngày 22/01/2021 của Thủ tướng Chính phủ',
      'Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021',
    ]);
    expect(rules).not.toContain('reader/not-found');
  });
  it('a list item after a lead-in is still an item', () => {
    const { data: d } = read([...HEAD, 'KẾ HOẠCH', 'Trồng cây', '', 'I. MỤC ĐÍCH', 'Các việc gồm', '- Trồng cây;', '- Chăm sóc cây./.', ...FOOT]);
    expect(JSON.stringify(d)).toContain('Trồng cây;');
  });
});

describe('a quyết định cut off in its căn cứ (a web page keeps only the first part)', () => {
  it('the authority and the căn cứ before the cut are read', () => {
    const { data, rules } = read([
      ...HEAD,
      'QUYẾT ĐỊNH',
      'BAN HÀNH QUY CHẾ PHỐI HỢP',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM SƠN',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế',
      'một cửa;',
      'Căn cứ Quyết định số 2468/QĐ-UBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh về',
      'việc thành lập Trung tâm Phục vụ hành chính',
    ]);
    expect(data.tham_quyen).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM SƠN');
    expect(data.can_cu).toHaveLength(3);
    expect(rules).not.toContain('reader/not-found');
    expect(rules).toContain('reader/cut-off');
  });
});

describe('a header table flattened with its bars at the ends of the cells', () => {
  it('“Số: 186/KH-UBND |” and “Bắc Ninh, ngày … |” are the number and the date; the bars are the page’s', () => {
    const { data, rules } = read([
      '|', 'ỦY BAN NHÂN DÂN |', 'TỈNH NAM SƠN |', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM |', 'Độc lập - Tự do - Hạnh phúc |', '|',
      'Số: 186/KH-UBND |', '| Nam Sơn, ngày 29 tháng 12 năm 2025 |',
      'KẾ HOẠCH', 'Trồng cây', '', 'I. MỤC ĐÍCH', 'Trồng cây./.', '', 'Nơi nhận:', '- Các xã;', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Văn B',
    ]);
    expect(data.so).toBe('186');
    expect(data.ky_hieu).toBe('KH-UBND');
    expect(data.ngay).toBe('2025-12-29');
    expect(data.dia_danh).toBe('Nam Sơn');
    expect(rules).not.toContain('reader/unrecognised');
  });
});

describe('a header table whose cells a web page wrapped word by word (thuvienphapluat-style pages)', () => {
  const doc = [
    'ỦY', 'BAN NHÂN DÂN', 'TỈNH NAM SƠN', '--------', '|', 'CỘNG', 'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', '|',
    'Số:', '14/2007/QĐ-UBND', '|', 'Tam', 'Kỳ, ngày 19', 'tháng 6 năm 2007', '|',
    'QUYẾT', 'ĐỊNH', 'BAN', 'HÀNH QUY ĐỊNH VỀ THỂ THỨC VĂN BẢN', 'ỦY BAN NHÂN DÂN TỈNH', 'NAM SƠN',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;',
    'Theo đề nghị của Chánh Văn phòng,',
    'QUYẾT ĐỊNH:', 'Điều 1. Ban hành Quy định.', 'Điều 2. Hiệu lực từ ngày ký./.', ...FOOT,
  ];
  const { data, rules } = read(doc);
  it('a first word alone on its line goes with the next: the organ, the Quốc hiệu, the place and date (split after the day) are read', () => {
    expect(data.co_quan.ten).toBe('ỦY BAN NHÂN DÂN TỈNH NAM SƠN');
    expect(data.dia_danh).toBe('Tam Kỳ');
    expect(data.ngay).toBe('2007-06-19');
    expect(rules).not.toContain('reader/not-found');
    expect(rules).not.toContain('reader/unrecognised');
  });
  it('“Số:” with its number on the next line; a legal normative text’s year (44/2005/QĐ-UBND) is the number’s, not the ký hiệu’s', () => {
    expect(data.so).toBe('14');
    expect(data.ky_hieu).toBe('QĐ-UBND');
  });
  it('the tên loại split “QUYẾT” / “ĐỊNH” is the type; the authority wrapped over two lines is one', () => {
    expect(data.loai).toBe('quyet_dinh');
    expect(data.trich_yeu).toBe('BAN HÀNH QUY ĐỊNH VỀ THỂ THỨC VĂN BẢN');
    expect(data.tham_quyen).toBe('ỦY BAN NHÂN DÂN TỈNH NAM SƠN');
    expect(data.can_cu).toHaveLength(2);
  });
  it('“Số:” and its number with the date line between them (a PDF extraction reorders the cells)', () => {
    const { data: d } = read(['UBND HUYỆN NAM SƠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TRƯỜNG THCS AN BÌNH', 'Độc lập - Tự do - Hạnh phúc', 'Số:', 'An Bình, ngày 12 tháng 9 năm 2024', '82/KH-THCS', 'KẾ HOẠCH', 'Năm học 2024 - 2025', '', 'I. MỤC ĐÍCH', 'Dạy tốt./.', ...FOOT]);
    expect(d.so).toBe('82');
    expect(d.ky_hieu).toBe('KH-THCS');
    expect(d.ngay).toBe('2024-09-12');
  });
  it('a one-word urgency mark (KHẨN) is still the mark', () => {
    const { r } = read([...HEAD, 'KHẨN', 'KẾ HOẠCH', 'Trồng cây', '', 'I. MỤC ĐÍCH', 'Trồng cây./.', ...FOOT]);
    expect(r.components.has('dau_mat_khan')).toBe(true);
  });
});

describe('a Party header from a page that draws its own rule under the organ', () => {
  const party = (under: string[]) => read([
    'BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TỔ CHỨC', ...under, 'ĐẢNG CỘNG SẢN VIỆT NAM', '---------------', 'Số 11-HD/BTCTW', 'Hà Nội, ngày 13 tháng 12 năm 2021', '',
    'HƯỚNG DẪN', 'thực hiện biểu mẫu thống kê', '', '- Căn cứ Điều lệ Đảng,', 'Ban Tổ chức Trung ương hướng dẫn như sau:', 'I. NHỮNG VẤN ĐỀ CHUNG', 'Thống kê đúng./.',
    '', 'Nơi nhận:', '- Các tỉnh ủy,', '- Lưu Văn phòng.', '', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', '', 'Trần Văn B',
  ]);
  it('“-------” where the star was: dvk cannot tell the star missing and says nothing', () => {
    expect(party(['', '-------', '']).rules).not.toContain('party-dau-sao');
  });
  it('no star and no rule: the missing star is still reported', () => {
    expect(party(['']).rules).toContain('party-dau-sao');
  });
});

describe('a footer table flattened with bar lines between its cells', () => {
  const { data, rules } = read([
    ...HEAD, 'QUYẾT ĐỊNH', 'Ban hành Quy định', '', 'ỦY BAN NHÂN DÂN TỈNH NAM SƠN', 'Căn cứ Luật Tổ chức chính quyền địa phương;', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành Quy định./.',
    'Nơi nhận:', '- TT. Tỉnh ủy (b/c);', '- Lưu: VT, NC.', '|', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Văn B', '|', 'QUY', 'ĐỊNH', 'VỀ THỂ THỨC', '(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 12/8/2024 của Ủy', 'ban nhân dân tỉnh Nam Sơn).', 'Chương I',
  ]);
  it('a bar line after the Lưu line does not hide it: the Lưu line is the last item', () => {
    expect(data.noi_nhan.luu).toBe('VT, NC');
    expect(rules).not.toContain('reader/not-found');
  });
  it('the bar line under the signer’s name ends the signature: the text issued with the decision is not read into it', () => {
    expect(data.nguoi_ky).toMatchObject({ chuc_vu: 'CHỦ TỊCH', ho_ten: 'Trần Văn B' });
  });
});

describe('a tên loại printed by a web page with the document’s own number after it', () => {
  it('“HƯỚNG DẪN 165-HD/BTGTW” is the tên loại line; the lower-case line under it is the trích yếu', () => {
    const { data, rules } = read([
      'BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TUYÊN GIÁO', '*', '', 'Số 165-HD/BTGTW', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Hà Nội, ngày 09 tháng 12 năm 2020', '',
      'HƯỚNG DẪN 165-HD/BTGTW', '', 'Tuyên truyền kỷ niệm các ngày lễ lớn trong năm 2021', '—–', '',
      'Căn cứ Chỉ thị số 45-CT/TW, ngày 22/7/2010 của Bộ Chính trị về đổi mới, nâng cao hiệu quả tổ chức các ngày kỷ',
    ]);
    expect(data.loai).toBe('huong_dan');
    expect(data.trich_yeu).toBe('Tuyên truyền kỷ niệm các ngày lễ lớn trong năm 2021');
    expect(rules).not.toContain('reader/unrecognised');
  });
});

describe('a body posted alone (no header, no nơi nhận, no signature)', () => {
  it('is said once (reader/no-header): the missing nơi nhận and signature are not reported one by one', () => {
    const { rules } = read([
      '          Căn cứ Thông báo số 200/TB-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh về việc nghỉ tết Dương lịch năm 2026;',
      '',
      '          Ủy ban nhân dân xã thông báo thời gian nghỉ tết Dương lịch năm 2026 như sau:',
      '',
      '          1. Cán bộ, công chức được nghỉ tết Dương lịch 01 ngày, ngày 01/01/2026 (thứ Năm).',
      '',
      '          2. Giao Văn phòng kiểm tra việc treo cờ Tổ quốc.',
    ]);
    expect(rules.filter((r) => r === 'reader/no-header')).toHaveLength(1);
    expect(rules).not.toContain('reader/not-found');
  });
});

describe('a line that ends on a function word (a hard wrap before a capital)', () => {
  it('goes on over the next line whatever its first letter (“… của” / “Luật Tổ chức …”, “… về” / “Ban hành …”)', () => {
    const { data } = read([
      ...HEAD, 'QUYẾT ĐỊNH', 'Về việc ban hành Kế hoạch', '', 'ỦY BAN NHÂN DÂN TỈNH NAM SƠN',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của',
      'Luật Tổ chức Chính phủ ngày 22 tháng 11 năm 2019;',
      'Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 01/8/2024 của Bộ GDĐT về',
      'Ban hành khung kế hoạch thời gian năm học;',
      'QUYẾT ĐỊNH:', 'Điều 1. Ban hành Kế hoạch./.', ...FOOT,
    ]);
    expect(data.can_cu).toHaveLength(2);
    expect(data.can_cu[1]).toContain('về Ban hành khung');
  });
});

// Wording a văn thư would write (issue 12, item 3): the generated opening sentence names who acts,
// and a plain item after numbered items in a list takes the next number.
import { describe, expect, it } from 'vitest';
import { organInSentence } from '../../src/render/organ-name.js';
import { find, renderText } from './helpers.js';

const plan = (system: 'nha_nuoc' | 'dang', extra: string, organ = system === 'dang' ? 'HUYỆN ỦY THẠCH HÀ' : 'SỞ KHOA HỌC VÀ CÔNG NGHỆ') => `dvk: 1
he_thong: ${system}
loai: ke_hoach
co_quan: { ten: ${organ}, viet_tat: ${system === 'dang' ? 'HU' : 'SKHCN'} }
so: "5"
dia_danh: Thạch Hà
ngay: 2026-02-05
trich_yeu: Tổ chức Hội thi “Dân vận khéo” năm 2026
noi_nhan: { gui: [Các phòng], luu: VT }
${extra}`;

const stateSigner = 'nguoi_ky: { chuc_vu: GIÁM ĐỐC, ho_ten: Lê Văn B }';
const partySigner = 'nguoi_ky: { quyen_han: thay_mat, tap_the: BAN THƯỜNG VỤ, chuc_vu: BÍ THƯ, ho_ten: Lê Văn B }';
const body = 'muc_dich_yeu_cau: { muc_dich: [Mục đích.], yeu_cau: [Yêu cầu.] }\nnoi_dung: [Nội dung.]\nto_chuc_thuc_hien:\n  - { tieu_de: Văn phòng Sở, noi_dung: Chủ trì. }\n  - { tieu_de: Các phòng, noi_dung: Phối hợp. }\n  - Báo cáo kết quả trước ngày 30/11/2026.';

describe('the generated opening sentence names who acts', () => {
  it('State: the organ, in running-text capitals', async () => {
    const r = await renderText(plan('nha_nuoc', `${stateSigner}\n${body}`));
    expect(find(r.paras, /xây dựng Kế hoạch/).text).toBe('Sở Khoa học và Công nghệ xây dựng Kế hoạch tổ chức Hội thi “Dân vận khéo” năm 2026 như sau:');
    expect(r.documentXml).not.toContain('được xây dựng');
  });

  it('Party, signed T/M BAN THƯỜNG VỤ, after the citation: the Ban Thường vụ of the organ', async () => {
    const citation = 'can_cu:\n  - { loai: Hướng dẫn, so_ky_hieu: 12-HD/BDVTU, ngay: 2026-01-20, co_quan: Ban Dân vận Tỉnh ủy }';
    const r = await renderText(plan('dang', `${partySigner}\n${citation}\n${body}`));
    expect(find(r.paras, /^Thực hiện Hướng dẫn số 12-HD\/BDVTU/).text).toBe('Thực hiện Hướng dẫn số 12-HD/BDVTU, ngày 20/01/2026 của Ban Dân vận Tỉnh ủy, Ban Thường vụ Huyện ủy Thạch Hà xây dựng Kế hoạch thực hiện như sau:');
  });

  it('keeps a name the plan writes in mixed case as written', () => {
    expect(organInSentence('Sở Tài chính')).toBe('Sở Tài chính');
  });

  it.each([
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở Khoa học và Công nghệ'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
    ['BAN DÂN VẬN HUYỆN ỦY THẠCH HÀ', 'Ban Dân vận Huyện ủy Thạch Hà'],
    ['ĐẢNG ỦY PHƯỜNG PHAN ĐÌNH PHÙNG', 'Đảng ủy phường Phan Đình Phùng'],
    ['ĐẢNG ỦY ĐẠI HỌC THÁI NGUYÊN', 'Đảng ủy Đại học Thái Nguyên'],
    ['ĐẢNG ỦY CÁC CƠ QUAN TỈNH', 'Đảng ủy các cơ quan tỉnh'],
    ['ỦY BAN NHÂN DÂN XÃ AN BÌNH', 'Ủy ban nhân dân xã An Bình'],
    ['BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
    ['BAN CHỈ ĐẠO PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”', 'Ban Chỉ đạo Phong trào thi đua “Dân vận khéo”'],
    ['VĂN PHÒNG UBND TỈNH', 'Văn phòng UBND tỉnh'],
  ])('%s → %s', (upper, sentence) => {
    expect(organInSentence(upper)).toBe(sentence);
  });
});

describe('a plain item after numbered items', () => {
  it('takes the next number in Tổ chức thực hiện, in the .docx and the Markdown', async () => {
    const r = await renderText(plan('nha_nuoc', `${stateSigner}\n${body}`));
    expect(find(r.paras, /^2\. Các phòng/)).toBeDefined();
    expect(find(r.paras, /^3\. Báo cáo kết quả trước ngày 30\/11\/2026\.$/)).toBeDefined();
    expect(r.markdown).toContain('\n3. Báo cáo kết quả trước ngày 30/11/2026.');
  });
});

// Profiles as data: every built-in profile matches schemas/profile.schema.json; organisation
// adjustments apply inside the legal ranges and are reported outside; own template folders.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/plan/index.js';
import { adjustProfile } from '../../src/profile/adjust.js';
import { loadProfile, PROFILE_IDS } from '../../src/profile/index.js';
import { profileProblems } from '../../src/profile/validate.js';
import { prepareDocument, toMarkdown } from '../../src/render/index.js';
import { tempDir } from '../helpers/cli.js';

describe('profile schema', () => {
  it.each(PROFILE_IDS)('%s is valid after inheritance', (id) => {
    expect(profileProblems(JSON.parse(JSON.stringify(loadProfile(id))))).toEqual([]);
  });

  it('rejects a profile with a wrong number form, an unknown component and a bad final mark', () => {
    const broken = JSON.parse(JSON.stringify(loadProfile('nd30')));
    broken.so_ky_hieu.mau = 'Số {so}';
    broken.thanh_phan.tieu_de_la = { co: 14 };
    broken.dau_ket_thuc = '/.';
    const problems = profileProblems(broken).join('\n');
    expect(problems).toMatch(/\/so_ky_hieu\/mau/);
    expect(problems).toMatch(/\/thanh_phan/);
    expect(problems).toMatch(/\/dau_ket_thuc/);
  });

  it('HD 05 inherits HD 36 and changes only what the sources agree on', () => {
    const hd05 = loadProfile('dang-hd05');
    const hd36 = loadProfile('dang-hd36');
    expect(hd05.dau_ket_thuc).toBe('.');
    expect(hd05.quyen_han.quyen).toBe('Q.');
    expect(hd05.thanh_phan).toEqual(hd36.thanh_phan);
    expect(hd05.so_ky_hieu).toEqual(hd36.so_ky_hieu);
  });
});

describe('organisation adjustments (trinh_bay)', () => {
  it('applies values inside the legal ranges', () => {
    const { profile, problems } = adjustProfile(loadProfile('nd30'), { le: { trai: 35, tren: 25 }, co_noi_dung: 13, thut_dau_dong_cm: 1, cach_doan_pt: 8 });
    expect(problems).toEqual([]);
    expect(profile.trang.le).toEqual({ tren: 25, duoi: 20, trai: 35, phai: 15 });
    expect(profile.thanh_phan.noi_dung!.co).toBe(13);
    expect(profile.thanh_phan.tieu_de_phan!.co).toBe(13);
    expect(profile.thanh_phan.quoc_hieu!.co).toBe(13);
    expect(profile.doan).toMatchObject({ thut_dau_dong_cm: 1, cach_tren_pt: 8 });
    expect(loadProfile('nd30').trang.le.trai).toBe(30); // the built-in profile is untouched
  });

  it('keeps the profile value and reports a value outside the range', () => {
    const { profile, problems } = adjustProfile(loadProfile('dang-hd36'), { le: { trai: 25 }, co_noi_dung: 13 });
    expect(profile.trang.le.trai).toBe(30);
    expect(profile.thanh_phan.noi_dung!.co).toBe(14);
    expect(problems.map((p) => p.path.join('.'))).toEqual(['trinh_bay.le.trai', 'trinh_bay.co_noi_dung']);
    expect(problems[0]!.message.vi).toContain('Lề trái (mm) = 25 nằm ngoài khoảng 30–35');
    expect(problems[1]!.message.vi).toContain('14–15');
  });
});

describe('config in the plan folder', () => {
  const plan = `dvk: 1
he_thong: nha_nuoc
loai: ke_hoach
co_quan: { ten: SỞ TÀI CHÍNH, viet_tat: STC }
so: "3"
dia_danh: Hà Nội
ngay: 2026-03-02
trich_yeu: Kiểm tra nội bộ năm 2026
muc_dich_yeu_cau: [Bảo đảm đúng quy định.]
noi_dung: [Kiểm tra 04 phòng.]
to_chuc_thuc_hien: [Văn phòng theo dõi.]
noi_nhan: { gui: [Các phòng], luu: VT }
nguoi_ky: { chuc_vu: GIÁM ĐỐC, ho_ten: Lê Văn C }
`;

  it('merges trinh_bay, reports out-of-range values with their line, and uses the own template folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mau'));
    writeFileSync(join(dir, 'mau', 'ke_hoach.yaml'), 'tieu_de_phan:\n  noi_dung: NHIỆM VỤ TRỌNG TÂM\ncau_ket: "Văn phòng Sở theo dõi, báo cáo Giám đốc."\n');
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\ntrinh_bay:\n  le: { trai: 32 }\n  cach_doan_pt: 30\nthu_muc_mau: mau\n');
    writeFileSync(join(dir, 'kh.yaml'), plan);
    const loaded = await loadPlanFile(join(dir, 'kh.yaml'), 'vi');
    const prepared = await prepareDocument(loaded.plan!, join(dir, 'kh.yaml'), 'vi');
    expect(prepared.profile.trang.le.trai).toBe(32);
    expect(prepared.profile.doan.cach_tren_pt).toBe(6);
    expect(prepared.findings).toHaveLength(1);
    expect(prepared.findings[0]).toMatchObject({ ruleId: 'config/trinh-bay-ngoai-khoang', severity: 'warning', path: ['trinh_bay', 'cach_doan_pt'] });
    expect(prepared.findings[0]!.range.start.line).toBe(4);
    const md = toMarkdown(prepared.doc);
    expect(md).toContain('### II. NHIỆM VỤ TRỌNG TÂM');
    expect(md).toContain('### I. MỤC ĐÍCH, YÊU CẦU'); // not in the own folder: the built-in wording
    expect(md).toContain('Văn phòng Sở theo dõi, báo cáo Giám đốc./.');
  });

  it('reports a template folder that does not exist', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\nthu_muc_mau: khong-co\n');
    writeFileSync(join(dir, 'kh.yaml'), plan);
    const loaded = await loadPlanFile(join(dir, 'kh.yaml'), 'vi');
    const prepared = await prepareDocument(loaded.plan!, join(dir, 'kh.yaml'), 'vi');
    expect(prepared.findings.map((f) => f.ruleId)).toEqual(['config/thu-muc-mau']);
    expect(prepared.findings[0]!.message).toContain('Không tìm thấy thư mục mẫu “khong-co”');
  });
});

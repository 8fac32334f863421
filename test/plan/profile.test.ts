import { describe, expect, it } from 'vitest';
import { loadProfile, selectProfile } from '../../src/profile/index.js';

describe('format profiles', () => {
  it('loads the State profile with NĐ 30 values', () => {
    const p = loadProfile('nd30');
    expect(p.trang.le).toEqual({ tren: 20, duoi: 20, trai: 30, phai: 15 });
    expect(p.so_ky_hieu.mau).toBe('Số: {so}/{ky_hieu}');
    expect(p.quyen_han.thay_mat).toBe('TM.');
    expect(p.viet_tat_ten_loai.quy_dinh).toBe('QyĐ');
    expect(Object.isFrozen(p.trang)).toBe(true);
  });

  it('makes HD 05 inherit HD 36 and override only what changed', () => {
    const hd36 = loadProfile('dang-hd36');
    const hd05 = loadProfile('dang-hd05');
    expect(hd05.so_ky_hieu.mau).toBe('Số {so}-{ky_hieu}');
    expect(hd05.thanh_phan).toEqual(hd36.thanh_phan);
    expect(hd05.quyen_han.quyen).toBe('Q.');
    expect(hd36.quyen_han.quyen).toBeUndefined();
    expect(hd05.id).toBe('dang-hd05');
  });

  it('chooses the Party profile by date, and says why', () => {
    const d = (iso: string) => ({ iso, year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
    expect(selectProfile({ system: 'party', issueDate: d('2026-05-26') }).profile.id).toBe('dang-hd36');
    expect(selectProfile({ system: 'party', issueDate: d('2026-05-27') }).profile.id).toBe('dang-hd05');
    expect(selectProfile({ system: 'party', issueDate: d('2026-05-27') }, { partyCutover: '2026-06-01' }).profile.id).toBe('dang-hd36');
    expect(selectProfile({ system: 'state', issueDate: d('2026-05-27') }).profile.id).toBe('nd30');
    expect(selectProfile({ system: 'party', profileId: 'dang-hd36' }).reason.vi).toContain('ghim');
    expect(selectProfile({ system: 'party' }, { override: 'nd30' }).profile.id).toBe('nd30');
  });
});

describe('why a Party profile was chosen, in words', () => {
  it('names the dates as a clerk writes them (27/5/2026), ISO in English', () => {
    const before = selectProfile({ system: 'party', issueDate: { iso: '2016-09-20', year: 2016, month: 9, day: 20 } });
    expect(before.reason.vi).toBe('văn bản Đảng ngày 20/9/2016, trước 27/5/2026: HD 36-HD/VPTW');
    expect(before.reason.en).toBe('Party document dated 2016-09-20, before 2026-05-27: HD 36-HD/VPTW');
    const draft = selectProfile({ system: 'party', issueDate: { iso: '2026-06', year: 2026, month: 6 } });
    expect(draft.reason.vi).toBe('văn bản Đảng ngày 6/2026, từ 27/5/2026: HD 05-HD/VPTW');
  });
});

import { describe, expect, it } from 'vitest';
import { loadProfile, profileIds } from '../../src/profile/index.js';
import { partyCutover, profileConflictFindings, resolveProfile } from '../../src/profile/resolve.js';

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
    expect(resolveProfile({ system: 'party', issueDate: d('2026-05-26') }).profile.id).toBe('dang-hd36');
    expect(resolveProfile({ system: 'party', issueDate: d('2026-05-27') }).profile.id).toBe('dang-hd05');
    expect(resolveProfile({ system: 'party', issueDate: d('2026-05-27') }, { config: { ngay_chuyen_hd05: '2026-06-01' } as object }).profile.id).toBe('dang-hd36');
    expect(resolveProfile({ system: 'state', issueDate: d('2026-05-27') }).profile.id).toBe('nd30');
    expect(resolveProfile({ system: 'party', pinned: 'dang-hd36' }).reason.vi).toContain('ghim');
    // Was: --profile nd30 on a Party plan chose nd30. A profile of the other system is now never
    // used (one document, one profile in every command): the pin is reported and skipped.
    const forced = resolveProfile({ system: 'party' }, { override: 'nd30' });
    expect(forced.profile.id).toBe('dang-hd05');
    expect(forced.conflicts.map((c) => [c.by, c.pinned.id])).toEqual([['option', 'nd30']]);
  });

  it('reads the profiles from their files: ids, systems and start dates are data', () => {
    expect(profileIds()).toEqual(['dang-hd05', 'dang-hd36', 'nd30']);
    expect(partyCutover()).toBe('2026-05-27');
    expect(partyCutover({ ngay_chuyen_hd05: '2026-09-01' } as object)).toBe('2026-09-01');
  });

  it('takes the plan pin, then --profile, then the config, then the system and date', () => {
    const party = { system: 'party' as const, issueDate: { iso: '2026-06-10', year: 2026, month: 6, day: 10 } };
    expect(resolveProfile({ ...party, pinned: 'dang-hd36' }, { override: 'dang-hd05', config: { the_thuc: 'dang-hd05' } })).toMatchObject({ source: 'plan', profile: { id: 'dang-hd36' } });
    expect(resolveProfile(party, { override: 'dang-hd36', config: { the_thuc: 'dang-hd05' } })).toMatchObject({ source: 'option', profile: { id: 'dang-hd36' } });
    const pinned = resolveProfile(party, { config: { the_thuc: 'dang-hd36' }, configFile: '/x/dvk.config.yaml' });
    expect(pinned).toMatchObject({ source: 'config', profile: { id: 'dang-hd36' } });
    expect(pinned.reason.vi).toBe('ghim trong dvk.config.yaml (the_thuc: dang-hd36)');
    expect(resolveProfile(party)).toMatchObject({ source: 'date', profile: { id: 'dang-hd05' } });
  });

  it('never judges a State plan by a Party profile pinned in the config, and says so once', () => {
    const state = resolveProfile({ system: 'state' }, { config: { the_thuc: 'dang-hd36' }, configFile: '/x/dvk.config.yaml' });
    expect(state.profile.id).toBe('nd30');
    expect(state.reason.vi).toBe('văn bản Nhà nước: NĐ 30/2020/NĐ-CP (không dùng dang-hd36 ghim trong dvk.config.yaml: thể thức của văn bản Đảng)');
    const [finding, ...rest] = profileConflictFindings(state, { file: 'kh.yaml', lang: 'vi' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'profile-system-mismatch', severity: 'warning', path: ['he_thong'] });
    expect(finding!.message).toContain('dvk.config.yaml ghim the_thuc: dang-hd36 (HD 36-HD/VPTW), thể thức của văn bản Đảng, nhưng văn bản này là văn bản Nhà nước');
  });
});

describe('why a Party profile was chosen, in words', () => {
  it('names the dates as a clerk writes them (27/5/2026), ISO in English', () => {
    const before = resolveProfile({ system: 'party', issueDate: { iso: '2016-09-20', year: 2016, month: 9, day: 20 } });
    expect(before.reason.vi).toBe('văn bản Đảng ngày 20/9/2016, trước 27/5/2026: HD 36-HD/VPTW');
    expect(before.reason.en).toBe('Party document dated 2016-09-20, before 2026-05-27: HD 36-HD/VPTW');
    const draft = resolveProfile({ system: 'party', issueDate: { iso: '2026-06', year: 2026, month: 6 } });
    expect(draft.reason.vi).toBe('văn bản Đảng ngày 6/2026, từ 27/5/2026: HD 05-HD/VPTW');
  });
});

describe('the legal basis comes through the profile', () => {
  it('an HD 05 document cites HD 05 (with the HD 36 section it keeps), an HD 36 one HD 36', async () => {
    const { legalBasisFor } = await import('../../src/profile/basis.js');
    const basis = { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục II.3' }, party: { source: 'HD 36-HD/VPTW', where: 'mục 1.3 (số và ký hiệu)' } };
    expect(legalBasisFor('so-ky-hieu-format', basis, loadProfile('dang-hd36'))).toEqual(basis.party);
    expect(legalBasisFor('so-ky-hieu-format', basis, loadProfile('dang-hd05'))).toEqual({ source: 'HD 05-HD/VPTW', where: 'giữ như HD 36-HD/VPTW, mục 1.3 (số và ký hiệu)' });
    expect(legalBasisFor('so-ky-hieu-format', basis, loadProfile('nd30'))).toEqual(basis.state);
    // A rule that names the profile itself wins; a basis citing another text is kept as it is.
    expect(legalBasisFor('x', { ...basis, 'dang-hd05': { source: 'HD 05-HD/VPTW', where: 'mục 2' } }, loadProfile('dang-hd05'))).toEqual({ source: 'HD 05-HD/VPTW', where: 'mục 2' });
    expect(legalBasisFor('x', { party: { source: 'QĐ 399-QĐ/TW', where: 'Điều 5' } }, loadProfile('dang-hd05'))).toEqual({ source: 'QĐ 399-QĐ/TW', where: 'Điều 5' });
  });
});

describe('profile ids are the files of profiles/', () => {
  it('the schema files list the same ids for editors (validation reads the files)', async () => {
    const { readFileSync } = await import('node:fs');
    for (const name of ['plan', 'config']) {
      const schema = JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
      expect([...schema.properties.the_thuc.enum].sort(), name).toEqual([...profileIds()]);
    }
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runDvk, tempDir } from '../helpers/cli.js';
import { hasTmux, TmuxSession } from '../scaffold/tmux.js';

const stateFlags = [
  '--he-thong', 'nha_nuoc',
  '--cap-tren', 'Ủy ban nhân dân tỉnh Hà Nam',
  '--co-quan', 'Sở Khoa học và Công nghệ',
  '--viet-tat', 'SKHCN',
  '--dia-danh', 'Hà Nam',
  '--quyen-han', 'ky_thay',
  '--tap-the', 'Giám đốc',
  '--chuc-vu', 'Phó Giám đốc',
  '--ho-ten', 'Nguyễn Văn A',
  '--noi-nhan', 'Ban Dân vận Tỉnh ủy; Các phòng chuyên môn, đơn vị thuộc Sở',
  '--luu', 'VT, VP',
];

describe('dvk init with flags (no terminal)', () => {
  it('writes a commented dvk.config.yaml that loads as a valid config', () => {
    const dir = tempDir();
    const r = runDvk(['init', ...stateFlags], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã tạo dvk.config.yaml');
    const text = readFileSync(join(dir, 'dvk.config.yaml'), 'utf8');
    // The office's own copy of the schema, by a relative path (issue 12: portable editor support).
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=.dvk/config.schema.json');
    expect(text).toContain('# Hệ thống văn bản:');
    expect(parse(text)).toEqual({
      dvk: 1,
      he_thong: 'nha_nuoc',
      co_quan: { cap_tren: 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', ten: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', viet_tat: 'SKHCN' },
      dia_danh: 'Hà Nam',
      nguoi_ky: { quyen_han: 'ky_thay', tap_the: 'GIÁM ĐỐC', chuc_vu: 'PHÓ GIÁM ĐỐC', ho_ten: 'Nguyễn Văn A' },
      noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy', 'Các phòng chuyên môn, đơn vị thuộc Sở'], luu: 'VT, VP' },
    });
    // dvk new in the same folder takes everything from it and asks nothing.
    const n = runDvk(['new', 'kehoach', '--trich-yeu', 'Chuyển đổi số năm 2027'], { cwd: dir });
    expect(n.code).toBe(0);
    const planText = readFileSync(join(dir, 'ke-hoach-chuyen-doi-so-nam-2027.yaml'), 'utf8');
    expect(planText).toContain('ten: SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(planText).toContain('quyen_han: ky_thay');
  });

  it('--yes takes the defaults and says what is still missing', () => {
    const dir = tempDir();
    const r = runDvk(['init', '--yes'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Chưa có: tên cơ quan');
    expect(r.stdout).toContain('--co-quan');
    expect(parse(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8'))).toEqual({ dvk: 1, he_thong: 'nha_nuoc', noi_nhan: { luu: 'VT, VP' } });
  });

  it('writes a Party config with a pinned profile', () => {
    const dir = tempDir();
    const r = runDvk(['init', '--he-thong', 'dang', '--cap-tren', 'Đảng bộ tỉnh Thái Nguyên', '--co-quan', 'Đảng ủy khối', '--viet-tat', 'ĐUK', '--dia-danh', 'Thái Nguyên', '--quyen-han', 'thay_mat', '--tap-the', 'Ban Thường vụ', '--chuc-vu', 'Phó Bí thư', '--ho-ten', 'Trần Văn B', '--luu', 'Văn phòng Đảng ủy', '--the-thuc', 'dang-hd36'], { cwd: dir });
    expect(r.code).toBe(0);
    const config = parse(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8'));
    expect(config).toMatchObject({ he_thong: 'dang', the_thuc: 'dang-hd36', nguoi_ky: { quyen_han: 'thay_mat', tap_the: 'BAN THƯỜNG VỤ' } });
  });

  it('refuses to overwrite an existing config (exit 2), and replaces it with --force', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\nhe_thong: dang\n');
    const r = runDvk(['init', '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Đã có dvk.config.yaml');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8')).toBe('dvk: 1\nhe_thong: dang\n');
    const forced = runDvk(['init', '--yes', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('ghi đè');
  });

  it('rejects a bad flag value with exit 2 and names the flag', () => {
    const dir = tempDir();
    const r = runDvk(['init', '--he-thong', 'tinh'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--he-thong nhận một trong các giá trị: nha_nuoc, dang');
    expect(existsSync(join(dir, 'dvk.config.yaml'))).toBe(false);
  });
});

describe('dvk init: folders', () => {
  it('creates the folder it is given, and notes a config in a parent folder', () => {
    const dir = tempDir();
    expect(runDvk(['init', '--yes'], { cwd: dir }).code).toBe(0);
    const r = runDvk(['init', 'phong-van-thu', '--yes', '--he-thong', 'dang'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã tạo ${join('phong-van-thu', 'dvk.config.yaml')}`);
    expect(r.stdout).toContain('Lưu ý: thư mục cha đã có');
    expect(parse(readFileSync(join(dir, 'phong-van-thu', 'dvk.config.yaml'), 'utf8'))).toMatchObject({ he_thong: 'dang' });
  });

  it('shows the commented nơi nhận example in the form of its system', () => {
    const dir = tempDir();
    expect(runDvk(['init', 'dang', '--yes', '--he-thong', 'dang'], { cwd: dir }).code).toBe(0);
    expect(runDvk(['init', 'nha-nuoc', '--yes', '--he-thong', 'nha_nuoc'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'dang', 'dvk.config.yaml'), 'utf8')).toContain('#   luu: Văn phòng Đảng ủy\n');
    expect(readFileSync(join(dir, 'nha-nuoc', 'dvk.config.yaml'), 'utf8')).toMatch(/luu: VT, VP\n/);
  });

  it('speaks English with --lang en', () => {
    const r = runDvk(['--lang', 'en', 'init', '--yes'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote dvk.config.yaml.');
  });
});

describe.skipIf(!hasTmux)('dvk init on a terminal (tmux)', () => {
  it('asks every question and writes the same file as the flags give', async () => {
    const dir = tempDir();
    const session = new TmuxSession(['init'], dir);
    try {
      await session.waitFor('Hệ thống văn bản của cơ quan');
      session.keys('Enter'); // Nhà nước is the first choice
      await session.waitFor('Cơ quan cấp trên trực tiếp');
      session.type('Ủy ban nhân dân tỉnh Hà Nam');
      await session.waitFor('Tên cơ quan ban hành');
      session.type('Sở Khoa học và Công nghệ');
      await session.waitFor('(SKHCN)'); // the suggested abbreviation
      session.type('');
      await session.waitFor('Địa danh ở dòng ngày tháng');
      session.type('Hà Nam');
      await session.waitFor('Người ký thường ký với quyền hạn nào');
      session.keys('Down', 'Down', 'Enter'); // Ký thay người đứng đầu (KT.)
      await session.waitFor('Tập thể hoặc chức vụ người đứng đầu');
      session.type('Giám đốc');
      await session.waitFor('Chức vụ người ký');
      session.type('Phó Giám đốc');
      await session.waitFor('Họ tên người ký');
      session.type('Nguyễn Văn A');
      await session.waitFor('Nơi nhận thường dùng');
      session.type('Ban Dân vận Tỉnh ủy; Các phòng chuyên môn, đơn vị thuộc Sở');
      await session.waitFor('Dòng lưu');
      session.type(''); // default VT, VP
      expect(await session.exitCode()).toBe(0);
      expect(session.screen()).toContain('Đã tạo dvk.config.yaml');
    } finally {
      session.close();
    }
    const flagsDir = tempDir();
    expect(runDvk(['init', ...stateFlags], { cwd: flagsDir }).code).toBe(0);
    expect(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8')).toBe(readFileSync(join(flagsDir, 'dvk.config.yaml'), 'utf8'));
  });

  it('Party: asks the profile, and the flags give the same file', async () => {
    const dir = tempDir();
    const session = new TmuxSession(['init'], dir);
    try {
      await session.waitFor('Hệ thống văn bản của cơ quan');
      session.keys('Down', 'Enter'); // Đảng
      await session.waitFor('Cơ quan cấp trên trực tiếp');
      session.type('Đảng bộ tỉnh Thái Nguyên');
      await session.waitFor('Tên cơ quan ban hành');
      session.type('Đảng ủy khối các cơ quan tỉnh');
      await session.waitFor('Tên viết tắt của cơ quan');
      session.keys('C-u');
      session.type('ĐUK');
      await session.waitFor('Địa danh ở dòng ngày tháng');
      session.type('Thái Nguyên');
      await session.waitFor('Người ký thường ký với quyền hạn nào');
      await session.waitFor('Thay mặt tập thể (T/M)');
      session.keys('Down', 'Enter');
      await session.waitFor('Tập thể hoặc chức vụ người đứng đầu');
      session.type('Ban Thường vụ');
      await session.waitFor('Chức vụ người ký');
      session.type('Phó Bí thư');
      await session.waitFor('Họ tên người ký');
      session.type('Trần Văn B');
      await session.waitFor('Nơi nhận thường dùng');
      session.type('');
      await session.waitFor('Dòng lưu (ví dụ Văn phòng Đảng ủy');
      session.type('Văn phòng Đảng ủy');
      await session.waitFor('Thể thức văn bản Đảng');
      session.keys('Down', 'Down', 'Enter'); // HD 36
      expect(await session.exitCode()).toBe(0);
    } finally {
      session.close();
    }
    const flagsDir = tempDir();
    const flags = ['init', '--he-thong', 'dang', '--cap-tren', 'Đảng bộ tỉnh Thái Nguyên', '--co-quan', 'Đảng ủy khối các cơ quan tỉnh', '--viet-tat', 'ĐUK', '--dia-danh', 'Thái Nguyên', '--quyen-han', 'thay_mat', '--tap-the', 'Ban Thường vụ', '--chuc-vu', 'Phó Bí thư', '--ho-ten', 'Trần Văn B', '--luu', 'Văn phòng Đảng ủy', '--the-thuc', 'dang-hd36'];
    expect(runDvk(flags, { cwd: flagsDir }).code).toBe(0);
    const written = readFileSync(join(dir, 'dvk.config.yaml'), 'utf8');
    expect(written).toBe(readFileSync(join(flagsDir, 'dvk.config.yaml'), 'utf8'));
    expect(parse(written)).toMatchObject({ the_thuc: 'dang-hd36', nguoi_ky: { quyen_han: 'thay_mat', tap_the: 'BAN THƯỜNG VỤ' } });
  });

  it('Ctrl+C cancels without writing anything', async () => {
    const dir = tempDir();
    const session = new TmuxSession(['init'], dir);
    try {
      await session.waitFor('Hệ thống văn bản của cơ quan');
      session.keys('C-c');
      expect(await session.exitCode()).toBe(2);
      expect(session.screen()).toContain('Đã hủy; chưa ghi tệp nào.');
    } finally {
      session.close();
    }
    expect(existsSync(join(dir, 'dvk.config.yaml'))).toBe(false);
  });
});

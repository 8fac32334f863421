import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countPlaceholders } from '../../src/scaffold/skeleton.js';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';
import { hasTmux, TmuxSession } from '../scaffold/tmux.js';

const office = {
  nha_nuoc: ['--he-thong', 'nha_nuoc', '--cap-tren', 'Ủy ban nhân dân tỉnh Hà Nam', '--co-quan', 'Sở Khoa học và Công nghệ', '--viet-tat', 'SKHCN', '--dia-danh', 'Hà Nam'],
  dang: ['--he-thong', 'dang', '--cap-tren', 'Đảng ủy Đại học Thái Nguyên', '--co-quan', 'Ban Dân vận', '--viet-tat', 'BDVĐU', '--dia-danh', 'Thái Nguyên'],
};
const citation = ['--can-cu-loai', 'Chỉ thị', '--can-cu-so', '25-CT/TU', '--can-cu-ngay', '23/4/2026', '--can-cu-co-quan', 'Ban Thường vụ Tỉnh ủy', '--can-cu-trich-yeu', 'về đẩy mạnh thực hiện phong trào thi đua “Dân vận khéo”'];
const types = [['kehoach', 'ke-hoach', 'ke_hoach'], ['huongdan', 'huong-dan', 'huong_dan'], ['baocao', 'bao-cao', 'bao_cao'], ['thongbao', 'thong-bao', 'thong_bao']] as const;

describe('dvk new with flags (no terminal)', () => {
  describe.each(['nha_nuoc', 'dang'] as const)('%s', (system) => {
    it.each(types)('%s: writes a plan that validates at once', (word, filePrefix, loai) => {
      const dir = tempDir();
      const r = runDvk(['new', word, ...office[system], '--trich-yeu', 'Thực hiện phong trào thi đua “Dân vận khéo” năm 2027', ...citation, '--ngay', '2026-11-20'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const file = `${filePrefix}-thuc-hien-phong-trao-thi-dua-dan-van-kheo-nam-2027.yaml`;
      expect(r.stdout).toContain(`Đã tạo ${file}`);
      expect(r.stdout).toMatch(/Còn \d+ chỗ \[CẦN BỔ SUNG: …\] cần viết\./);
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*plan\.schema\.json$/);
      const plan = parse(text);
      expect(plan).toMatchObject({
        dvk: 1, he_thong: system, loai, du_thao: true, so: '', ngay: '2026-11-20',
        ky_hieu: system === 'dang' ? `${plan.ky_hieu.split('/')[0]}/BDVĐU` : `${plan.ky_hieu.split('-')[0]}-SKHCN`,
        can_cu: [{ cach_dan: 'thuc_hien', loai: 'Chỉ thị', so_ky_hieu: '25-CT/TU', ngay: '2026-04-23', co_quan: 'Ban Thường vụ Tỉnh ủy' }],
      });
      expect(plan.ky_hieu).toMatch(/^(KH|HD|BC|TB)[-/]/);
      // Every hint is a comment; every place to write is marked.
      expect(text).toContain('[CẦN BỔ SUNG:');
      const v = runDvk(['validate', join(dir, file)]);
      expect(v.stdout).toContain('không có vấn đề nào');
      expect(v.code).toBe(0);
    });
  });

  it('suggests a ký hiệu without tone marks: a xã UBND writes UBND (issue 12)', () => {
    const dir = tempDir();
    const r = runDvk(['new', 'kehoach', 'k.yaml', '--he-thong', 'nha_nuoc', '--co-quan', 'Ủy ban nhân dân xã An Bình', '--dia-danh', 'An Bình', '--trich-yeu', 'A', '--ngay', '2026-11-20'], { cwd: dir });
    expect(r.code).toBe(0);
    const plan = parse(readFileSync(join(dir, 'k.yaml'), 'utf8'));
    expect(plan.co_quan.viet_tat).toBe('UBND');
    expect(plan.ky_hieu).toBe('KH-UBND');
    const party = runDvk(['new', 'kehoach', 'd.yaml', '--he-thong', 'dang', '--co-quan', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', '--dia-danh', 'Hà Nam', '--trich-yeu', 'A', '--ngay', '2026-11-20'], { cwd: dir });
    expect(party.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'd.yaml'), 'utf8')).ky_hieu).toBe('KH/BTGDVTU');
    const typed = runDvk(['new', 'kehoach', 'e.yaml', '--he-thong', 'dang', '--co-quan', 'Ban Tuyên giáo', '--viet-tat', 'BTGDVTỦ', '--dia-danh', 'Hà Nam', '--trich-yeu', 'A'], { cwd: dir });
    expect(typed.code).toBe(2);
    expect(typed.stderr).toContain('“BTGDVTU”');
  });

  it('Party documents before 27/5/2026 follow HD 36, after it HD 05', () => {
    const dir = tempDir();
    const before = runDvk(['new', 'kehoach', 'truoc.yaml', ...office.dang, '--trich-yeu', 'A', '--ngay', '2026-05-26'], { cwd: dir });
    expect(before.stdout).toContain('thể thức HD 36-HD/VPTW');
    const after = runDvk(['new', 'kehoach', 'sau.yaml', ...office.dang, '--trich-yeu', 'A', '--ngay', '2026-05-27'], { cwd: dir });
    expect(after.stdout).toContain('thể thức HD 05-HD/VPTW');
  });

  it('fails with exit 2 and names the flags when answers are missing and nothing can be asked', () => {
    const dir = tempDir();
    const r = runDvk(['new', 'kehoach'], { cwd: dir });
    expect(r.code).toBe(2);
    for (const flag of ['--he-thong', '--co-quan', '--viet-tat', '--dia-danh', '--trich-yeu']) expect(r.stderr).toContain(flag);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('accepts ke_hoach / ke-hoach and suggests the type for a typo', () => {
    const dir = tempDir();
    expect(runDvk(['new', 'ke-hoach', 'a.yaml', ...office.nha_nuoc, '--trich-yeu', 'A'], { cwd: dir }).code).toBe(0);
    expect(runDvk(['new', 'ke_hoach', 'b.yaml', ...office.nha_nuoc, '--trich-yeu', 'A'], { cwd: dir }).code).toBe(0);
    const typo = runDvk(['new', 'kehoch', ...office.nha_nuoc, '--trich-yeu', 'A'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Có phải ý bạn là “kehoach”?');
  });

  it('removes the type name typed at the start of the trích yếu', () => {
    const dir = tempDir();
    const r = runDvk(['new', 'kehoach', 'a.yaml', ...office.nha_nuoc, '--trich-yeu', 'Kế hoạch tổ chức hội nghị'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'a.yaml'), 'utf8')).trich_yeu).toBe('Tổ chức hội nghị');
  });
});

// The promise of the issue: new → validate → lint (only draft warnings) → render, at once.
describe('a new plan goes straight through validate, lint and render', () => {
  describe.each(['nha_nuoc', 'dang'] as const)('%s', (system) => {
    it.each(types)('%s', async (word, filePrefix) => {
      const dir = tempDir();
      const init = runDvk(['init', ...office[system], '--chuc-vu', system === 'dang' ? 'Trưởng ban' : 'Giám đốc', '--ho-ten', 'Nguyễn Văn A', '--noi-nhan', 'Ban Dân vận Tỉnh ủy', '--luu', system === 'dang' ? 'Văn phòng Đảng ủy' : 'VT, VP'], { cwd: dir });
      expect(init.code).toBe(0);
      const created = runDvk(['new', word, '--trich-yeu', 'Tổ chức hội nghị sơ kết công tác dân vận năm 2026', ...citation, '--ngay', '2026-11-20'], { cwd: dir });
      expect(created.code).toBe(0);
      const file = `${filePrefix}-to-chuc-hoi-nghi-so-ket-cong-tac-dan-van-nam-2026.yaml`;
      const text = readFileSync(join(dir, file), 'utf8');

      expect(runDvk(['validate', file], { cwd: dir }).code).toBe(0);

      const lint = runDvk(['lint', '--format', 'json', file], { cwd: dir });
      expect(lint.stderr).toBe('');
      expect(lint.code).toBe(0);
      const findings = JSON.parse(lint.stdout).files[0].findings as { ruleId: string; severity: string; line: number; message: string }[];
      // Only the draft's own gaps: every [CẦN BỔ SUNG: …] is a warning, the blank number a note.
      expect(findings.filter((f) => f.ruleId !== 'draft-placeholders').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.filter((f) => f.severity === 'warning')).toHaveLength(countPlaceholders(text));

      const render = runDvk(['render', file], { cwd: dir });
      expect(render.stderr).toBe('');
      expect(render.code).toBe(0);
      const docx = join(dir, file.replace(/\.yaml$/, '.docx'));
      expect(existsSync(docx)).toBe(true);
      const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
      const words = xml.replace(/<[^>]+>/g, '');
      expect(words).toContain('Tổ chức hội nghị sơ kết công tác dân vận năm 2026');
      expect(words).toContain(system === 'dang' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(words).toContain('Nguyễn Văn A');
      expect(words).toContain('[CẦN BỔ SUNG:');
    });
  });
});

describe('dvk new never loses work', () => {
  it('running it twice with the same name keeps the first file (exit 2), --force replaces it', () => {
    const dir = tempDir();
    const args = ['new', 'kehoach', ...office.nha_nuoc, '--trich-yeu', 'Tổ chức hội nghị'];
    expect(runDvk(args, { cwd: dir }).code).toBe(0);
    const file = join(dir, 'ke-hoach-to-chuc-hoi-nghi.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# bài đang soạn\n`);
    const before = readFileSync(file, 'utf8');
    const again = runDvk(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Đã có tệp ke-hoach-to-chuc-hoi-nghi.yaml');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['ke-hoach-to-chuc-hoi-nghi.yaml']); // no temporary file left behind
    const forced = runDvk([...args, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('# bài đang soạn');
  });

  it('an explicit [file] name is refused the same way, and a folder argument gets a derived name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cua-toi.yaml'), 'giữ nguyên\n');
    const r = runDvk(['new', 'baocao', 'cua-toi.yaml', ...office.nha_nuoc, '--trich-yeu', 'A'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'cua-toi.yaml'), 'utf8')).toBe('giữ nguyên\n');
    expect(runDvk(['new', 'baocao', `${dir}/`, ...office.nha_nuoc, '--trich-yeu', 'Sơ kết quý I'], { cwd: repoRoot }).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['bao-cao-so-ket-quy-i.yaml', 'cua-toi.yaml']);
  });
});

describe('dvk new proposes the next number', () => {
  it('State: after the highest number of the organ this year, and says where it came from', () => {
    const dir = tempDir();
    const r1 = runDvk(['new', 'kehoach', 'ke-hoach-abc.yaml', ...office.nha_nuoc, '--trich-yeu', 'A', '--so', '15', '--ngay', '2026-03-01'], { cwd: dir });
    expect(r1.stdout).toContain('Đã ghi số 15.');
    const r2 = runDvk(['new', 'baocao', ...office.nha_nuoc, '--trich-yeu', 'B', '--ngay', '2026-11-20'], { cwd: dir });
    expect(r2.stdout).toContain('Số tiếp theo 16: sau 15/KH-SKHCN trong ke-hoach-abc.yaml');
    // Kept blank unless asked for, with the proposal beside it as a comment.
    const draft = readFileSync(join(dir, 'bao-cao-b.yaml'), 'utf8');
    expect(draft).toContain('so: ""    # văn thư ghi khi cấp số; số tiếp theo dự kiến 16 (sau 15/KH-SKHCN trong ke-hoach-abc.yaml)');
    const r3 = runDvk(['new', 'thongbao', ...office.nha_nuoc, '--trich-yeu', 'C', '--so', 'tiep-theo', '--ngay', '2026-11-20'], { cwd: dir });
    expect(r3.stdout).toContain('Đã ghi số 16.');
    expect(parse(readFileSync(join(dir, 'thong-bao-c.yaml'), 'utf8')).so).toBe('16');
    // A new year starts again at 01.
    const r4 = runDvk(['new', 'thongbao', ...office.nha_nuoc, '--trich-yeu', 'D', '--ngay', '2027-01-02'], { cwd: dir });
    expect(r4.stdout).toContain('Số tiếp theo 01: trong thư mục chưa có văn bản có số nào của SKHCN năm 2027');
  });

  it('Party: per type, across years, next to the bundled example', () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, 'examples', 'dang-ke-hoach-dan-van-kheo-dhtn.yaml'), join(dir, 'dang-ke-hoach-dan-van-kheo-dhtn.yaml'));
    const args = ['--he-thong', 'dang', '--co-quan', 'Ban Dân vận', '--viet-tat', 'BDVĐU', '--dia-danh', 'Thái Nguyên', '--trich-yeu', 'X', '--ngay', '2026-11-20'];
    const plan = runDvk(['new', 'kehoach', ...args], { cwd: dir });
    expect(plan.stdout).toContain('Số tiếp theo 09: sau 08-KH/BDVĐU trong dang-ke-hoach-dan-van-kheo-dhtn.yaml');
    const report = runDvk(['new', 'baocao', ...args], { cwd: dir });
    expect(report.stdout).toContain('Số tiếp theo 01');
  });

  it('checks flag values like typed answers', () => {
    const r = runDvk(['new', 'kehoach', '--he-thong', 'nha_nuoc', '--co-quan', 'Sở A', '--viet-tat', 's a', '--dia-danh', 'Hà Nam', '--trich-yeu', 'A'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Giá trị của --viet-tat không dùng được');
    const date = runDvk(['new', 'kehoach', ...office.nha_nuoc, '--trich-yeu', 'A', '--can-cu-loai', 'Chỉ thị', '--can-cu-so', '1-CT/TU', '--can-cu-ngay', '31/4/2026'], { cwd: tempDir() });
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('ngày này không có trên lịch');
  });

  it('rejects a --so that is not a number', () => {
    const r = runDvk(['new', 'kehoach', ...office.nha_nuoc, '--trich-yeu', 'A', '--so', '15/KH'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--so');
  });
});

describe.skipIf(!hasTmux)('dvk new on a terminal (tmux)', () => {
  it('asks only what is unknown and writes the same file as the flags give', async () => {
    const dir = tempDir();
    const session = new TmuxSession(['new', 'kehoach', '--ngay', '2026-11-20'], dir);
    try {
      await session.waitFor('chưa có dvk.config.yaml');
      await session.waitFor('Hệ thống văn bản của cơ quan');
      session.keys('Down', 'Enter'); // Đảng
      await session.waitFor('Cơ quan cấp trên trực tiếp');
      session.type('Đảng ủy Đại học Thái Nguyên');
      await session.waitFor('Tên cơ quan ban hành');
      session.type('Ban Dân vận');
      await session.waitFor('Tên viết tắt của cơ quan');
      session.type('BDVĐU');
      await session.waitFor('Địa danh ở dòng ngày tháng');
      session.type('Thái Nguyên');
      await session.waitFor('Trích yếu của kế hoạch');
      session.type('Thực hiện phong trào thi đua “Dân vận khéo” năm 2027');
      await session.waitFor('triển khai một văn bản của cấp trên?');
      session.type('y');
      await session.waitFor('Tên loại văn bản được triển khai');
      session.type('Chỉ thị');
      await session.waitFor('Số, ký hiệu của văn bản đó');
      session.type('25-CT/TU');
      await session.waitFor('Ngày của văn bản đó');
      session.type('31/4/2026'); // not on the calendar: asked again
      await session.waitFor('ngày này không có trên lịch');
      session.keys('C-u');
      session.type('23/4/2026');
      await session.waitFor('Cơ quan ban hành văn bản đó');
      session.type('Ban Thường vụ Tỉnh ủy');
      await session.waitFor('Trích yếu văn bản đó');
      session.type('về đẩy mạnh thực hiện phong trào thi đua “Dân vận khéo”');
      expect(await session.exitCode()).toBe(0);
      expect(session.screen()).toContain('Đã tạo ke-hoach-thuc-hien-phong-trao-thi-dua-dan-van-kheo-nam-2027.yaml');
    } finally {
      session.close();
    }
    const flagsDir = tempDir();
    const r = runDvk(['new', 'kehoach', ...office.dang, '--trich-yeu', 'Thực hiện phong trào thi đua “Dân vận khéo” năm 2027', ...citation, '--ngay', '2026-11-20'], { cwd: flagsDir });
    expect(r.code).toBe(0);
    const name = 'ke-hoach-thuc-hien-phong-trao-thi-dua-dan-van-kheo-nam-2027.yaml';
    expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join(flagsDir, name), 'utf8'));
  });

  it('with a config, asks only the trích yếu and the implemented document, and offers the next number', async () => {
    const dir = tempDir();
    expect(runDvk(['init', ...office.nha_nuoc, '--chuc-vu', 'Giám đốc', '--ho-ten', 'Nguyễn Văn A', '--noi-nhan', 'Ban Dân vận Tỉnh ủy'], { cwd: dir }).code).toBe(0);
    expect(runDvk(['new', 'kehoach', 'cu.yaml', '--trich-yeu', 'Cũ', '--so', '7', '--ngay', '2026-02-01'], { cwd: dir }).code).toBe(0);
    const session = new TmuxSession(['new', 'kehoach', 'moi.yaml', '--ngay', '2026-11-20'], dir);
    try {
      await session.waitFor('lấy thông tin cơ quan từ dvk.config.yaml');
      await session.waitFor('Trích yếu của kế hoạch');
      const screen = session.screen();
      for (const notAsked of ['Hệ thống văn bản', 'Tên cơ quan ban hành', 'Địa danh']) expect(screen).not.toContain(notAsked);
      session.type('Tổ chức hội nghị');
      await session.waitFor('triển khai một văn bản của cấp trên?');
      session.type('n');
      await session.waitFor('Ghi luôn số 08');
      session.type('y');
      expect(await session.exitCode()).toBe(0);
    } finally {
      session.close();
    }
    expect(parse(readFileSync(join(dir, 'moi.yaml'), 'utf8'))).toMatchObject({ so: '08', ky_hieu: 'KH-SKHCN', nguoi_ky: { chuc_vu: 'GIÁM ĐỐC' } });
  });
});

describe('dvk new: more ways it must not lose work or crash', () => {
  it('two runs racing for the same name: exactly one writes, the other is refused', async () => {
    const { spawn } = await import('node:child_process');
    const { dvkBin } = await import('../helpers/cli.js');
    const dir = tempDir();
    const run = (text: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [dvkBin, 'new', 'kehoach', 'cung-ten.yaml', ...office.nha_nuoc, '--trich-yeu', text], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all([run('Bản thứ nhất'), run('Bản thứ hai'), run('Bản thứ ba')]);
    expect(codes.sort()).toEqual([0, 2, 2]);
    expect(readdirSync(dir)).toEqual(['cung-ten.yaml']);
    expect(parse(readFileSync(join(dir, 'cung-ten.yaml'), 'utf8')).trich_yeu).toMatch(/^Bản thứ (nhất|hai|ba)$/);
  });

  it('creates the folder named in [file]', () => {
    const dir = tempDir();
    const r = runDvk(['new', 'thongbao', '2027/thong-bao-hop.yaml', ...office.nha_nuoc, '--trich-yeu', 'Lịch họp'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, '2027'))).toEqual(['thong-bao-hop.yaml']);
  });

  it('stops with exit 2 and the config problems when dvk.config.yaml is wrong', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\nhe_thong: nha_nuoc\nco_quan:\n  tên: SỞ A\n');
    const r = runDvk(['new', 'kehoach', '--trich-yeu', 'A'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tệp cấu hình dvk.config.yaml có lỗi');
    expect(r.stderr).toContain('dvk.config.yaml:4:3');
    expect(readdirSync(dir)).toEqual(['dvk.config.yaml']);
  });

  it('speaks English with --lang en', () => {
    const dir = tempDir();
    const r = runDvk(['--lang', 'en', 'new', 'thongbao', ...office.nha_nuoc, '--trich-yeu', 'Lịch họp'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created thong-bao-lich-hop.yaml: notice, State document');
    const again = runDvk(['--lang', 'en', 'new', 'thongbao', ...office.nha_nuoc, '--trich-yeu', 'Lịch họp'], { cwd: dir });
    expect(again.stderr).toContain('already exists; dvk does not overwrite it');
  });
});

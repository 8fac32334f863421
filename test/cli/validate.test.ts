import { createServer } from 'node:net';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`);

describe('dvk validate (the installed binary)', () => {
  it('accepts every bundled example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const r = runDvk(['validate', ...examples]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('không có vấn đề nào');
  });

  it('reports schema problems as file:line:column with a code frame, exit 1', () => {
    const dir = tempDir();
    const file = join(dir, 'ke-hoach.yaml');
    writeFileSync(file, 'dvk: 1\nhe_thong: nha_nuoc\nloai: thong_bao\nco_quan:\n  ten: SỞ A\ndia_danh: Hà Nam\ntrich_yeu: X\nnoi_dung: Y\nnoi_nhan:\n  gui: [A]\n  luu: VT\nnguoi_ky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: A\nngay: 2024-02-30\n');
    const r = runDvk(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:15:7`);
    expect(r.stdout).toContain('không có trên lịch');
    expect(r.stdout).toMatch(/> 15 \| ngay: 2024-02-30\n\s+\|\s+\^{10}/);
    expect(r.stderr).toBe('');
  });

  it('prints the same results as JSON with --format json', () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'dvk: 1\nhe_thong: nha_nuoc\nloai: thong_bao\nco_quan:\n  ten: SỞ A\ndia_dan: Hà Nam\ntrich_yeu: X\nnoi_dung: Y\nnoi_nhan:\n  gui: [A]\n  luu: VT\nnguoi_ky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: A\n');
    const r = runDvk(['validate', '--format', 'json', file]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.files[0].findings).toEqual([
      expect.objectContaining({ ruleId: 'schema/additionalProperties', line: 6, column: 1, path: ['dia_dan'], severity: 'error' }),
    ]);
    expect(json.files[0].findings[0].message).toContain('dia_danh');
  });

  it('speaks English with --lang en', () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'dvk: 1\n');
    const r = runDvk(['validate', '--lang', 'en', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('is missing');
  });

  it.each([
    ['an empty file', '', 'Tệp trống'],
    ['a tab used for indentation', 'dvk: 1\nco_quan:\n\tten: A\n', 'không dùng|chỉ chấp nhận dấu cách'],
    ['a duplicate key', 'dvk: 1\ndvk: 1\n', 'xuất hiện hai lần'],
    ['text that is not YAML', 'Kế hoạch năm 2024 của Sở\n', 'không phải một kế hoạch dvk'],
    ['a binary file', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0xff, 0xfe, 0, 1]), 'nhị phân'],
    ['a legacy-encoded file', Buffer.from('dvk: 1\ntrich_yeu: K\xea ho\xb9ch\n', 'latin1'), 'UTF-8'],
  ])('refuses %s with a Vietnamese message and exit 2, no stack trace', (_name, content, expected) => {
    const dir = tempDir();
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, content);
    const r = runDvk(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(new RegExp(expected));
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('refuses a file over 5 MB at once', () => {
    const dir = tempDir();
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `dvk: 1\ntrich_yeu: "${'a'.repeat(6 * 1024 * 1024)}"\n`);
    const r = runDvk(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Tệp quá lớn');
  });

  it('validates the plans of a folder and of a glob, as `dvk lint` finds them', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans', 'sub'), { recursive: true });
    const good = readFileSync(join(repoRoot, 'examples', 'dang-ke-hoach-dan-van-kheo-dhtn.yaml'), 'utf8');
    writeFileSync(join(dir, 'plans', 'a.yaml'), good);
    writeFileSync(join(dir, 'plans', 'sub', 'b.yaml'), good.replace(/^loai: .*$/m, 'loai: ke_hoach_sai'));
    // Not a plan: a folder search skips it (a named file would be validated).
    writeFileSync(join(dir, 'plans', 'compose.yml'), 'services: {}\n');
    const r = runDvk(['validate', 'plans', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout) as { files: { file: string; errorCount: number }[] }).files;
    expect(files.map((f) => [f.file, f.errorCount > 0])).toEqual([['plans/a.yaml', false], ['plans/sub/b.yaml', true]]);
    expect(runDvk(['validate', 'plans/*.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('refuses a folder without plans and a missing path with exit 2', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    // A folder is searched for plans, as `dvk lint` does (issue 13); an empty one is a usage error.
    expect(runDvk(['validate', join(dir, 'sub')])).toMatchObject({ code: 2, stderr: expect.stringContaining('không có tệp kế hoạch') });
    expect(runDvk(['validate', join(dir, 'khong-co.yaml')])).toMatchObject({ code: 2, stdout: expect.stringContaining('Không tìm thấy tệp') });
  });

  it('refuses a file that cannot be read', async () => {
    // A Unix socket exists but cannot be read as a file, even by root (CI runs as root, where
    // chmod 000 would not stop anything).
    const dir = tempDir();
    const file = join(dir, 'socket.yaml');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(file, resolve));
    try {
      // Refused before it is opened, as every non-regular file is (a FIFO would block the open).
      expect(runDvk(['validate', file])).toMatchObject({ code: 2, stdout: expect.stringContaining('không phải tệp thường') });
    } finally {
      server.close();
    }
  });

  it('exits 2 for a usage mistake, without a stack trace', () => {
    const r = runDvk(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dvk --help');
  });

  it('prints --help and --version fast paths with exit 0', () => {
    expect(runDvk(['--help']).code).toBe(0);
    expect(runDvk(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('help in Vietnamese says “chọn” and “mặc định” for choices and defaults, also where a long line wraps', () => {
    const help = runDvk(['lint', '--help']).stdout;
    expect(help).toContain('--cache-strategy');
    expect(help).not.toMatch(/\(choices:|\bdefault:/);
    expect(help).toMatch(/mặc định:\s+"stylish"/);
    expect(runDvk(['lint', '--help', '--lang', 'en']).stdout).toMatch(/default:\s+"metadata"/);
  });

  it('says the version of package.json, in --version and in SARIF (written in at build time)', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(runDvk(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const sarif = JSON.parse(runDvk(['lint', '-f', 'sarif', 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml']).stdout);
    expect(sarif.runs[0].tool.driver).toMatchObject({ version, semanticVersion: version });
  });
});

// `dvk render` as a user runs it: the built binary, real files, exit codes and messages.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const STATE = join(repoRoot, 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml');
const PARTY = join(repoRoot, 'examples/dang-ke-hoach-dan-van-kheo-dhtn.yaml');

function copyPlan(dir: string, from = STATE, name = 'ke-hoach.yaml'): string {
  copyFileSync(from, join(dir, name));
  return join(dir, name);
}

describe('dvk render', () => {
  it('writes the .docx beside the plan and says which profile it used and why', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    const r = runDvk(['render', plan]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'ke-hoach.docx'))).toBe(true);
    expect(r.stdout).toContain('ke-hoach.docx');
    expect(r.stdout).toContain('nd30');
    expect(r.stdout).toContain('NĐ 30/2020/NĐ-CP');
  });

  it('refuses an invalid plan with the same messages as dvk validate, and writes nothing', () => {
    const dir = tempDir();
    const plan = join(dir, 'sai.yaml');
    writeFileSync(plan, readFileSync(STATE, 'utf8').replace('he_thong: nha_nuoc', 'he_thong: nha_nuocc').replace('trich_yeu: >-', 'trich_yeuu: >-'));
    const validate = runDvk(['validate', plan]);
    const render = runDvk(['render', plan]);
    expect(render.code).toBe(validate.code);
    expect(render.code).toBe(1);
    const messages = validate.stdout.split('\n').filter((l) => /lỗi|error/i.test(l) && /\d+:\d+/.test(l));
    expect(messages.length).toBeGreaterThan(0);
    for (const line of messages) expect(render.stderr).toContain(line.trim());
    expect(readdirSync(dir)).toEqual(['sai.yaml']);
  });

  it('renders several plans into a folder in one run, as .docx and .md', () => {
    const out = join(tempDir(), 'ket-qua');
    const r = runDvk(['render', STATE, PARTY, '-o', out, '--format', 'all'], { env: { PATH: '/nonexistent' } });
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'dang-ke-hoach-dan-van-kheo-dhtn.docx', 'dang-ke-hoach-dan-van-kheo-dhtn.md',
      'nha-nuoc-ke-hoach-thang-cao-diem-dan-van.docx', 'nha-nuoc-ke-hoach-thang-cao-diem-dan-van.md',
    ]);
    expect(r.stderr).toContain('Bỏ qua PDF: chưa cài LibreOffice');
    const md = readFileSync(join(out, 'dang-ke-hoach-dan-van-kheo-dhtn.md'), 'utf8');
    expect(md).toContain('**ĐẢNG CỘNG SẢN VIỆT NAM**');
    expect(md).toContain('Số 08-KH/BDVĐU');
    expect(md).toContain('- Lưu Văn phòng Đảng ủy.');
  });

  it('gives byte-identical files on a second run (so rendered output can be reviewed in diffs)', () => {
    const a = tempDir();
    const b = tempDir();
    expect(runDvk(['render', PARTY, '-o', `${a}/`, '--format', 'all'], { env: { PATH: '/nonexistent' } }).code).toBe(0);
    expect(runDvk(['render', PARTY, '-o', `${b}/`, '--format', 'all'], { env: { PATH: '/nonexistent' } }).code).toBe(0);
    for (const f of readdirSync(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).toBe(true);
  });

  it('refreshes its own unedited output, but never silently replaces an edited or foreign file', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    expect(runDvk(['render', plan, '--format', 'md']).code).toBe(0);
    expect(runDvk(['render', plan, '--format', 'md']).code).toBe(0); // its own output: refreshed
    const md = join(dir, 'ke-hoach.md');
    writeFileSync(md, `${readFileSync(md, 'utf8')}\nGhi chú sửa tay.\n`);
    const r = runDvk(['render', plan, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không ghi đè');
    expect(readFileSync(md, 'utf8')).toContain('Ghi chú sửa tay.');
    writeFileSync(join(dir, 'ke-hoach.docx'), 'not a dvk file');
    expect(runDvk(['render', plan]).code).toBe(1);
    expect(readFileSync(join(dir, 'ke-hoach.docx'), 'utf8')).toBe('not a dvk file');
    expect(runDvk(['render', plan, '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'ke-hoach.docx')).subarray(0, 2).toString()).toBe('PK');
    // Naming a hand-written file with -o is not asking to lose it: that takes --force too (issue 14).
    writeFileSync(md, 'cũ');
    expect(runDvk(['render', plan, '--format', 'md', '-o', md]).code).toBe(1);
    expect(readFileSync(md, 'utf8')).toBe('cũ');
    expect(runDvk(['render', plan, '--format', 'md', '-o', md, '--force']).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('## KẾ HOẠCH');
  });

  it('chooses HD 05 for a Party plan dated from 27/5/2026, and honours --profile', () => {
    const out = tempDir();
    const r = runDvk(['render', join(repoRoot, 'examples/dang-ke-hoach-ky-niem-96-nam-dan-van-2026.yaml'), '-o', `${out}/`]);
    expect(r.stdout).toContain('dang-hd05');
    const forced = runDvk(['render', PARTY, '-o', join(out, 'ep.docx'), '--profile', 'dang-hd05']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('--profile dang-hd05');
  });

  it('explains how to get PDF output when LibreOffice is missing', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    const r = runDvk(['render', plan, '--format', 'pdf'], { env: { PATH: '/nonexistent', DVK_SOFFICE: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Chưa cài LibreOffice');
    expect(r.stderr).toContain('libreoffice-writer-nogui');
    // Windows and macOS clerks are told where to get it too.
    expect(r.stderr).toContain('Windows và macOS tải tại https://www.libreoffice.org/download/');
    expect(r.stderr).toContain('brew install --cask libreoffice');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    const en = runDvk(['--lang', 'en', 'render', plan, '--format', 'pdf'], { env: { PATH: '/nonexistent', DVK_SOFFICE: '' } });
    expect(en.stderr).toContain('LibreOffice is not installed');
  });

  it('reports a broken own template under the template file, with its key, and writes nothing', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    mkdirSync(join(dir, 'mau'));
    writeFileSync(join(dir, 'mau', 'ke_hoach.yaml'), 'cau_ket: "{{#if nha_nuoc}}Trên đây là Kế hoạch"\n');
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\nthu_muc_mau: mau\n');
    const r = runDvk(['render', plan]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mau/ke_hoach.yaml');
    expect(r.stderr).toContain('Mẫu lời văn có lỗi ở khóa “cau_ket”');
    expect(existsSync(join(dir, 'ke-hoach.docx'))).toBe(false);
  });

  it('refuses one output file for several plans', () => {
    const r = runDvk(['render', STATE, PARTY, '-o', join(tempDir(), 'mot.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hãy chỉ một thư mục');
  });

  it('loads the docx package only for rendering (one lazily imported chunk)', () => {
    const dist = join(repoRoot, 'dist/cli');
    const files = [join(dist, 'main.js'), ...readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => join(dist, 'chunks', f))];
    const importers = files.filter((f) => /from ["']docx["']|import\(["']docx["']\)/.test(readFileSync(f, 'utf8')));
    expect(importers).toHaveLength(1);
    const chunk = importers[0]!.split('/').pop()!;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (!text.includes(chunk) || f === importers[0]) continue;
      expect(text).toMatch(new RegExp(`import\\(["']\\./${chunk.replace('.', '\\.')}["']\\)`));
      expect(text).not.toMatch(new RegExp(`from ["']\\./${chunk.replace('.', '\\.')}["']`));
    }
    mkdirSync(join(tempDir(), 'x'), { recursive: true });
  });
});

// `dvk lint` as a user runs it: the built binary, real files in a temp folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planYaml } from '../../src/lint/testing.js';
import { runDvk, tempDir } from '../helpers/cli.js';

const wrongParty = planYaml('party', { nguoi_ky: { quyen_han: 'T/M.', tap_the: 'BAN THƯỜNG VỤ' } }).replace('dvk: 1\n', 'dvk: 1 # giữ nguyên chú thích\n');

function project(files: Record<string, string>): string {
  const dir = tempDir('dvk-lint-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('dvk lint', () => {
  it('exits 0 on clean plans and 1 on errors, in Vietnamese with file:line:column', () => {
    const dir = project({ 'ok.yaml': planYaml('state'), 'sai/dang.yaml': wrongParty });
    expect(runDvk(['lint', 'ok.yaml'], { cwd: dir })).toMatchObject({ code: 0 });
    const r = runDvk(['lint'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = wrongParty.split('\n').findIndex((l) => l.includes('T/M.')) + 1;
    expect(r.stdout).toContain(`sai/dang.yaml:${line}:14  lỗi  Quyền hạn ký “T/M.” chưa đúng thể thức HD 36-HD/VPTW; viết “T/M”.  quyen-han-format`);
    expect(r.stdout).toContain('có thể sửa tự động bằng `--fix`');
    expect(runDvk(['lint', '--lang', 'en', '.'], { cwd: dir }).stdout).toContain('Signing authority “T/M.” is not in the HD 36-HD/VPTW form');
  });

  it('searches folders for plan .yaml/.yml (not dvk.config.yaml, hidden folders, node_modules or other YAML) and expands globs', () => {
    const dir = project({
      'a/x.yml': planYaml('state'),
      'a/node_modules/y.yaml': 'broken: [',
      '.github/workflows/ci.yml': 'dvk: 1\non: push\n',
      'docker-compose.yml': 'services: {}\n',
      'dvk.config.yaml': 'dvk: 1\n',
      'a/notes.txt': 'x',
    });
    const r = runDvk(['lint', '-f', 'json', '.'], { cwd: dir });
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(['a/x.yml']);
    expect(JSON.parse(runDvk(['lint', '-f', 'json', 'a/*.yml'], { cwd: dir }).stdout).files).toHaveLength(1);
    // Named on the command line, a YAML file is linted even when it does not look like a plan.
    expect(runDvk(['lint', 'docker-compose.yml'], { cwd: dir }).code).toBe(1);
  });

  it('exits 2 with a Vietnamese message for a path or glob that matches nothing', () => {
    const dir = project({ 'a.yaml': planYaml('state') });
    const r = runDvk(['lint', 'khong-co.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy tệp nào khớp với “khong-co.yaml”.');
    expect(r.stderr).not.toMatch(/at .*\.js/);
    expect(runDvk(['lint', '*.yml'], { cwd: dir }).code).toBe(2);
    expect(runDvk(['lint', '--max-warnings', 'abc', 'a.yaml'], { cwd: dir }).code).toBe(2);
  });

  it('exits 2 for an unusable file, and reports YAML errors with their position', () => {
    const dir = project({ 'a.yaml': 'dvk: 1\n\tloai: x\n', 'b.md': '# x' });
    const r = runDvk(['lint', 'a.yaml', 'b.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/a\.yaml:2:1 {2}lỗi/);
    expect(r.stdout).toContain('Không kiểm tra được tệp “.md”');
  });

  it('keeps stdout clean for machine formats', () => {
    const dir = project({ 'dang.yaml': wrongParty });
    for (const format of ['json', 'sarif']) {
      const r = runDvk(['lint', '-f', format, '--fix-dry-run', 'dang.yaml'], { cwd: dir });
      expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(r.stderr).toContain('+  quyen_han: T/M');
    }
    const github = runDvk(['lint', '-f', 'github', 'dang.yaml'], { cwd: dir });
    expect(github.stdout).toMatch(/^::error file=dang\.yaml,line=\d+,col=14,endLine=\d+,endColumn=18,title=quyen-han-format::/);
    expect(runDvk(['lint', '-f', 'junit', 'dang.yaml'], { cwd: dir }).stdout).toMatch(/^<\?xml/);
  });

  it('--fix rewrites only the fixed characters, keeping comments; --fix-dry-run writes nothing', () => {
    const dir = project({ 'dang.yaml': wrongParty });
    const dry = runDvk(['lint', '--fix-dry-run', 'dang.yaml'], { cwd: dir });
    expect(dry.stdout).toContain('-  quyen_han: T/M.\n+  quyen_han: T/M\n');
    expect(readFileSync(join(dir, 'dang.yaml'), 'utf8')).toBe(wrongParty);
    const fixed = runDvk(['lint', '--fix', 'dang.yaml'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain('Đã sửa 1 vấn đề trong dang.yaml.');
    expect(readFileSync(join(dir, 'dang.yaml'), 'utf8')).toBe(wrongParty.replace('T/M.', 'T/M'));
  });

  it('does not fix a file whose YAML is broken', () => {
    const broken = `${wrongParty}bad: [\n`;
    const dir = project({ 'dang.yaml': broken });
    expect(runDvk(['lint', '--fix', 'dang.yaml'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(join(dir, 'dang.yaml'), 'utf8')).toBe(broken);
  });

  it('honours --max-warnings, --quiet and severities from dvk.config.yaml found upward', () => {
    const dir = project({ 'dvk.config.yaml': 'dvk: 1\nquy_tac:\n  quyen-han-format: warning\n', 'sub/dang.yaml': wrongParty });
    expect(runDvk(['lint', 'sub'], { cwd: dir }).code).toBe(0);
    expect(runDvk(['lint', '--max-warnings', '0', 'sub'], { cwd: dir }).code).toBe(1);
    expect(runDvk(['lint', '--max-warnings', '1', 'sub'], { cwd: dir }).code).toBe(0);
    const quiet = runDvk(['lint', '--quiet', '-f', 'json', 'sub'], { cwd: dir });
    expect(JSON.parse(quiet.stdout).files[0].findings).toEqual([]);
    const off = project({ 'dvk.config.yaml': 'dvk: 1\nquy_tac:\n  quyen-han-format: off\n', 'dang.yaml': wrongParty });
    expect(runDvk(['lint', '-f', 'json', 'dang.yaml'], { cwd: off }).stdout).not.toContain('quyen-han-format');
  });

  it('reports a broken dvk.config.yaml as its own file', () => {
    const dir = project({ 'dvk.config.yaml': 'dvk: 1\nquy_tac:\n  quyen-han-format: nope\n', 'dang.yaml': wrongParty });
    const r = runDvk(['lint', 'dang.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/dvk\.config\.yaml:3:/);
  });

  it('suppresses with a reasoned comment and reports unused directives on request', () => {
    // Above `nguoi_ky:`, the directive covers the whole signer block.
    const suppressed = wrongParty.replace('nguoi_ky:\n', '# dvk-disable-next-line quyen-han-format -- bản sao đúng nguyên văn bản gốc\nnguoi_ky:\n');
    const dir = project({ 'dang.yaml': suppressed, 'ok.yaml': `# dvk-disable-next-line quyen-han-format -- thử\n${planYaml('state')}` });
    expect(runDvk(['lint', 'dang.yaml'], { cwd: dir }).code).toBe(0);
    const r = runDvk(['lint', '--report-unused-disable-directives', '-f', 'json', '.'], { cwd: dir });
    const files = JSON.parse(r.stdout).files;
    expect(files.find((f: { file: string }) => f.file === 'ok.yaml').findings[0].ruleId).toBe('dvk/unused-disable-directive');
    expect(files.find((f: { file: string }) => f.file === 'dang.yaml').findings).toEqual([]);
  });

  it('finds the same số/ký hiệu in two plans of one run', () => {
    const dir = project({ 'a.yaml': planYaml('state'), 'b.yaml': planYaml('state', { trich_yeu: 'Kế hoạch khác' }) });
    const r = runDvk(['lint', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Số, ký hiệu “15/KH-SKHCN” trùng với văn bản b.yaml (cùng năm 2024).  duplicate-so-ky-hieu');
  });

  it('writes the results to --output-file', () => {
    const dir = project({ 'dang.yaml': wrongParty });
    const r = runDvk(['lint', '-f', 'sarif', '-o', 'dvk.sarif', 'dang.yaml'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'dvk.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(r.code).toBe(1);
  });

  it('lints a .txt document through the reader, with positions in the original text and no fixes', () => {
    const r = runDvk(['lint', '-f', 'json', '--fix-dry-run', 'test/fixtures/txt/seed-000_aa90f0a318717af7.txt']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).files[0].findings as { ruleId: string; line: number; column: number; fix?: unknown }[];
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'quyen-han-format', line: 71, column: 1 }));
    expect(findings.some((f) => f.fix)).toBe(false);
    expect(r.stderr).toContain('--fix chỉ sửa kế hoạch YAML');
  });

  it('lints the examples shipped with dvk', () => {
    const r = runDvk(['lint', 'examples', '-f', 'json']);
    expect(r.code).toBeLessThan(2);
    expect(JSON.parse(r.stdout).files.length).toBeGreaterThanOrEqual(2);
  });
});

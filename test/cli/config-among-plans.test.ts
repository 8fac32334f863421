// `dvk validate *.yaml`, `dvk lint *.yaml` and `dvk render *.yaml` in an office folder also match
// dvk.config.yaml. It is the office configuration, not a plan: validate and lint check it against
// the config schema; render skips it with a note.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const PLAN = 'nha-nuoc-thong-bao-hoi-thi-dan-van-kheo.yaml';

function officeFolder(config: string): string {
  const dir = tempDir();
  copyFileSync(join(repoRoot, 'examples', PLAN), join(dir, PLAN));
  writeFileSync(join(dir, 'dvk.config.yaml'), config);
  return dir;
}

const GOOD_CONFIG = 'dvk: 1\nhe_thong: nha_nuoc\ndia_danh: Hà Nam\nnoi_nhan:\n  luu: VT, VP\n';

describe('a dvk.config.yaml named with the plans', () => {
  it('validate checks it against the config schema, not the plan schema', () => {
    const dir = officeFolder(GOOD_CONFIG);
    const r = runDvk(['validate', 'dvk.config.yaml', PLAN], { cwd: dir });
    expect(r.stdout).not.toContain('Thiếu phần bắt buộc');
    expect(r.stdout).toContain('2 tệp, không có vấn đề nào');
    expect(r.code).toBe(0);
  });

  it('validate reports a config mistake at its line, in the config terms', () => {
    const dir = officeFolder(`${GOOD_CONFIG}quy_tac:\n  so-leading-zero: loi\n`);
    const r = runDvk(['validate', 'dvk.config.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/dvk\.config\.yaml:7:\d+/);
    expect(r.stdout).toContain('off, info, warning, error');
    expect(r.code).toBe(1);
  });

  it('lint reports the config once, in its place, and lints the plan', () => {
    const dir = officeFolder(`${GOOD_CONFIG}quy_tac:\n  so-leading-zero: loi\n`);
    const r = runDvk(['lint', 'dvk.config.yaml', PLAN, '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as { files: { file: string; findings: { ruleId: string; line: number }[] }[] };
    expect(report.files.map((f) => f.file)).toEqual(['dvk.config.yaml', PLAN]);
    expect(report.files[0]!.findings.map((f) => f.ruleId)).toEqual(['schema/enum']);
    expect(r.code).toBe(1);
  });

  it('render skips it with a note and renders the plans', () => {
    const dir = officeFolder(GOOD_CONFIG);
    const r = runDvk(['render', 'dvk.config.yaml', PLAN, '-o', 'out/'], { cwd: dir });
    expect(r.stderr).toContain('Bỏ qua dvk.config.yaml: đây là tệp cấu hình');
    expect(existsSync(join(dir, 'out', PLAN.replace('.yaml', '.docx')))).toBe(true);
    expect(existsSync(join(dir, 'out', 'dvk.config.docx'))).toBe(false);
    expect(r.code).toBe(0);
  });

  it('render of the config alone is unusable input (exit 2), in English with --lang en', () => {
    const dir = officeFolder(GOOD_CONFIG);
    const r = runDvk(['render', 'dvk.config.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toContain('it is the office configuration, not a plan');
    expect(r.code).toBe(2);
  });

  it('a rule id under quy_tac that names no rule is a warning with a did-you-mean; the rest still applies', () => {
    const dir = officeFolder(`${GOOD_CONFIG}quy_tac:\n  so-leading-zeros: off\n  xyz-abc: off\n  extra-spaces: off\n`);
    const validate = runDvk(['validate', 'dvk.config.yaml'], { cwd: dir });
    expect(validate.stdout).toContain('dvk.config.yaml:7:3  cảnh báo  Không có quy tắc “so-leading-zeros”: dòng này không có tác dụng. Có phải ý bạn là “so-leading-zero”?  config/unknown-rule');
    expect(validate.stdout).toContain('dvk.config.yaml:8:3  cảnh báo  Không có quy tắc “xyz-abc”: dòng này không có tác dụng. Xem danh sách bằng `dvk rules`.');
    expect(validate.code).toBe(0);
    const lint = runDvk(['lint', '.', '--format', 'json', '--lang', 'en'], { cwd: dir });
    const report = JSON.parse(lint.stdout) as { files: { file: string; findings: { ruleId: string; message: string }[] }[] };
    const config = report.files.find((f) => f.file === 'dvk.config.yaml');
    expect(config?.findings.map((f) => f.message)).toEqual([
      'There is no rule “so-leading-zeros”: this line has no effect. Did you mean “so-leading-zero”?',
      'There is no rule “xyz-abc”: this line has no effect. See the list with `dvk rules`.',
    ]);
  });
});

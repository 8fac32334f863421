// One profile per document in every command (issue 10): a State plan in a folder whose
// dvk.config.yaml pins a Party profile is judged and printed as a State document by validate,
// lint, render and the .docx reader, and each of them reports the conflicting pin the same way.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const STATE = join(repoRoot, 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml');
const CONFLICT = 'dvk.config.yaml ghim the_thuc: dang-hd36 (HD 36-HD/VPTW), thể thức của văn bản Đảng, nhưng văn bản này là văn bản Nhà nước';

describe('a State plan under a config pinning dang-hd36', () => {
  const dir = tempDir();
  copyFileSync(STATE, join(dir, 'kh.yaml'));
  writeFileSync(join(dir, 'dvk.config.yaml'), 'the_thuc: dang-hd36\n');
  const json = (args: string[]) => JSON.parse(runDvk([...args, '--format', 'json'], { cwd: dir }).stdout) as { files: { file: string; findings: { ruleId: string; message: string; line: number; basis?: { source: string } }[] }[] };

  it('validate, lint, render and the reader give the same answer', () => {
    const validate = runDvk(['validate', 'kh.yaml'], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain(CONFLICT);

    const lint = json(['lint', 'kh.yaml']).files[0]!.findings;
    expect(lint.filter((f) => f.ruleId === 'profile-system-mismatch')).toHaveLength(1);
    expect(lint.find((f) => f.ruleId === 'profile-system-mismatch')!.message).toContain(CONFLICT);
    // Judged by NĐ 30: every cited basis is the State one.
    expect(lint.filter((f) => f.basis).every((f) => f.basis!.source.startsWith('NĐ 30'))).toBe(true);

    const render = runDvk(['render', 'kh.yaml', '-o', 'kh.docx'], { cwd: dir });
    expect(render.code).toBe(0);
    expect(render.stdout).toContain('thể thức nd30: văn bản Nhà nước: NĐ 30/2020/NĐ-CP (không dùng dang-hd36 ghim trong dvk.config.yaml');
    expect(render.stdout).not.toContain('ghim trong kế hoạch');
    expect(render.stderr).toContain(CONFLICT);

    const read = json(['lint', 'kh.docx']).files[0]!.findings;
    expect(read.filter((f) => f.ruleId === 'profile-system-mismatch').map((f) => f.message)).toEqual([lint.find((f) => f.ruleId === 'profile-system-mismatch')!.message]);
    expect(read.filter((f) => f.basis).every((f) => f.basis!.source.startsWith('NĐ 30'))).toBe(true);
    expect(read.map((f) => f.ruleId)).not.toContain('so-ky-hieu-system-mismatch');
  });

  it('can be switched off in quy_tac like any rule', () => {
    const quiet = tempDir();
    copyFileSync(STATE, join(quiet, 'kh.yaml'));
    writeFileSync(join(quiet, 'dvk.config.yaml'), 'the_thuc: dang-hd36\nquy_tac:\n  profile-system-mismatch: off\n');
    const r = runDvk(['lint', 'kh.yaml', '--format', 'json'], { cwd: quiet });
    expect(r.stdout).not.toContain('profile-system-mismatch');
    expect(r.stdout).not.toContain('config/unknown-rule');
  });
});

describe('dvk new under a config pinning a profile of the other system', () => {
  it('says so in the same words, writes the plan for the profile it chose, without the pin', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dvk.config.yaml'), 'the_thuc: dang-hd36\n');
    const r = runDvk(['new', 'kehoach', 'kh.yaml', '--yes', '--he-thong', 'nha_nuoc', '--co-quan', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '--viet-tat', 'SKHCN', '--dia-danh', 'Hà Nam', '--trich-yeu', 'Thực hiện thi đua', '--ngay', '2026-06-10'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(CONFLICT);
    expect(r.stdout).toContain('thể thức NĐ 30/2020/NĐ-CP (văn bản Nhà nước: NĐ 30/2020/NĐ-CP');
    expect(readFileSync(join(dir, 'kh.yaml'), 'utf8')).not.toMatch(/^the_thuc:/m);
  });
});

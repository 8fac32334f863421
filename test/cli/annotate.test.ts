// `dvk lint x.docx --annotate` and `--fix` on a .docx, as a user runs them: the copy beside the
// original (or where named), the original untouched, no overwriting without --force, never the
// input, exit codes, messages in Vietnamese and English, nothing left behind on failure.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';
import { spoiledExample } from '../review/fixtures.js';

let spoiled: Buffer;
beforeAll(async () => {
  spoiled = await spoiledExample();
}, 60_000);

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const setUp = (): { dir: string; file: string } => {
  const dir = tempDir('dvk-annotate-');
  const file = join(dir, 'ke-hoach.docx');
  writeFileSync(file, spoiled);
  return { dir, file };
};
const partOf = async (file: string, part: string): Promise<string | undefined> => (await JSZip.loadAsync(readFileSync(file))).file(part)?.async('string');

describe('dvk lint --annotate', () => {
  it('writes <name>.dvk.docx beside the original, with one comment per finding; the original is unchanged', async () => {
    const { dir, file } = setUp();
    const before = hash(file);
    const r = runDvk(['lint', file, '--annotate', '-f', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { findings: unknown[] }[] };
    const count = report.files[0]!.findings.length;
    expect(r.stderr).toContain(`Đã ghi bản sao xem lại ${join(dir, 'ke-hoach.dvk.docx')}: ${count} nhận xét, 0 phần sửa được theo dõi`);
    expect(hash(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.docx', 'ke-hoach.dvk.docx']);
    const comments = (await partOf(join(dir, 'ke-hoach.dvk.docx'), 'word/comments.xml'))!;
    expect(comments.match(/<w:comment /g)).toHaveLength(count);
    expect(comments).toContain('w:author="dvk"');
    // The copy lints like the original.
    const again = runDvk(['lint', join(dir, 'ke-hoach.dvk.docx'), '-f', 'json']);
    expect(JSON.parse(again.stdout).files[0].findings).toEqual(report.files[0]!.findings);
  });

  it('never replaces an existing copy without --force (exit 2, copy unchanged), and does with it', () => {
    const { dir, file } = setUp();
    const copy = join(dir, 'ke-hoach.dvk.docx');
    writeFileSync(copy, 'a file of the user');
    const r = runDvk(['lint', file, '--annotate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ke-hoach.dvk.docx');
    expect(r.stderr).toMatch(/--force/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readFileSync(copy, 'utf8')).toBe('a file of the user');
    const forced = runDvk(['lint', file, '--annotate', '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(copy).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes the copy under the name given; never over the input, not even with --force', () => {
    const { dir, file } = setUp();
    const named = join(dir, 'xem-lai.docx');
    expect(runDvk(['lint', file, '--annotate', named]).code).toBe(1);
    expect(existsSync(named)).toBe(true);
    const before = hash(file);
    const r = runDvk(['lint', file, '--annotate', file, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không bao giờ ghi đè tệp đầu vào');
    expect(hash(file)).toBe(before);
  });

  it('speaks English with --lang en, in the terminal and in the comments', async () => {
    const { dir, file } = setUp();
    const r = runDvk(['lint', file, '--annotate', '--lang', 'en']);
    expect(r.stderr).toMatch(/Wrote the reviewed copy .*ke-hoach\.dvk\.docx: \d+ comment\(s\), 0 tracked change\(s\) \(the original .* is unchanged\)\./);
    const comments = (await partOf(join(dir, 'ke-hoach.dvk.docx'), 'word/comments.xml'))!;
    expect(comments).toContain('Rule: extra-spaces');
    expect(comments).not.toContain('Quy tắc');
  });

  it('an unusable .docx: exit 2, the reason, no copy', () => {
    const dir = tempDir('dvk-annotate-');
    const file = join(dir, 'hong.docx');
    writeFileSync(file, 'plain text, not a Word file');
    const r = runDvk(['lint', file, '--annotate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không đọc được tệp nên không ghi bản sao xem lại');
    expect(readdirSync(dir)).toEqual(['hong.docx']);
  });

  it('a folder that cannot be written: exit 2, a message naming the copy, no partial file anywhere', () => {
    const { dir, file } = setUp();
    const r = runDvk(['lint', file, '--annotate', join(dir, 'khong-co', 'ban-sao.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ban-sao.docx');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+|ENOENT/);
    expect(readdirSync(dir)).toEqual(['ke-hoach.docx']);
  });

  it('a copy named for several files, or --annotate with --fix-dry-run, is a usage error (exit 2)', () => {
    const { dir, file } = setUp();
    const other = join(dir, 'khac.docx');
    writeFileSync(other, spoiled);
    expect(runDvk(['lint', file, other, '--annotate', join(dir, 'x.docx')]).code).toBe(2);
    expect(runDvk(['lint', file, '--annotate', '--fix-dry-run']).code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.docx', 'khac.docx']);
    // Several files with the default names: one copy each.
    expect(runDvk(['lint', file, other, '--annotate']).code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.docx', 'ke-hoach.dvk.docx', 'khac.docx', 'khac.dvk.docx']);
  });
});

describe('dvk lint --fix on a .docx', () => {
  it('writes the fixes as tracked changes into <name>.dvk.docx, never into the original', async () => {
    const { dir, file } = setUp();
    const before = hash(file);
    const r = runDvk(['lint', file, '--fix']);
    expect(r.stderr).toMatch(/Đã ghi bản sao xem lại .*ke-hoach\.dvk\.docx: 0 nhận xét, (\d+) phần sửa được theo dõi/);
    expect(Number(/0 nhận xét, (\d+) phần sửa/.exec(r.stderr)![1])).toBeGreaterThanOrEqual(6);
    expect(r.stderr).not.toContain('--fix chỉ sửa kế hoạch YAML');
    expect(hash(file)).toBe(before);
    const xml = (await partOf(join(dir, 'ke-hoach.dvk.docx'), 'word/document.xml'))!;
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="dvk" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="dvk"/);
    expect(await partOf(join(dir, 'ke-hoach.dvk.docx'), 'word/comments.xml')).toBeUndefined();
  });

  it('with --annotate: one copy with comments and tracked changes', async () => {
    const { dir, file } = setUp();
    const r = runDvk(['lint', file, '--fix', '--annotate']);
    expect(r.stderr).toMatch(/: [1-9]\d* nhận xét, [1-9]\d* phần sửa được theo dõi/);
    const comments = (await partOf(join(dir, 'ke-hoach.dvk.docx'), 'word/comments.xml'))!;
    expect(comments).toContain('thay đổi được theo dõi');
  });

  it('nothing to fix: no copy, and it says so', () => {
    const dir = tempDir('dvk-annotate-');
    const file = join(dir, 'sach.docx');
    writeFileSync(file, readFileSync(join(repoRoot, 'test/fixtures/docx/corpus-24-kehoach-libreoffice.docx')));
    const r = runDvk(['lint', file, '--fix', '--lang', 'en']);
    expect(r.stderr).toContain('there is no safe fix to write; no copy is written.');
    expect(readdirSync(dir)).toEqual(['sach.docx']);
  });

  it('a .txt is still left alone by --fix (said once), and gets no copy', () => {
    const dir = tempDir('dvk-annotate-');
    mkdirSync(join(dir, 'sub'));
    const file = join(dir, 'sub', 'van-ban.txt');
    writeFileSync(file, 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 15/KH-UBND\n');
    const r = runDvk(['lint', file, '--fix']);
    expect(r.stderr).toContain('--fix chỉ sửa kế hoạch YAML');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['van-ban.txt']);
  });
});

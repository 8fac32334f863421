// Issue 14 item 8 (all but the template items): each case as a user meets it, through the binary.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const exampleFile = join(repoRoot, 'examples', 'nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml');
const example = readFileSync(exampleFile, 'utf8');
/** The example with one extra space for --fix to remove. */
const withExtraSpace = example.replace('dia_danh: Hà Nam', 'dia_danh: Hà  Nam');

describe('import', () => {
  it('a Nơi nhận line that is only "-" is skipped, not written as - "" (which failed the schema)', () => {
    const dir = tempDir('dvk-h8-');
    const txt = join(dir, 'vb.txt');
    writeFileSync(
      txt,
      [
        'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Số: 15/KH-SKHCN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
        'Hà Nam, ngày 10 tháng 10 năm 2023', 'KẾ HOẠCH', 'Tổ chức các hoạt động tháng cao điểm', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Nâng cao nhận thức.',
        'Nơi nhận:', '- Ban Dân vận Tỉnh ủy;', '-', '- Lưu: VT, VP.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A',
      ].join('\n'),
    );
    const out = join(dir, 'vb.yaml');
    const r = runDvk(['import', txt, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml).not.toContain('- ""');
    expect(yaml).toContain('- Ban Dân vận Tỉnh ủy');
    expect(runDvk(['validate', out]).code).toBe(0);
  });
});

describe('no English fragment in a Vietnamese message', () => {
  it('a bad --max-warnings', () => {
    const r = runDvk(['lint', exampleFile, '--max-warnings', 'abc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lỗi: tùy chọn '--max-warnings <n>' không nhận giá trị 'abc': cần một số nguyên không âm");
    expect(r.stderr).not.toMatch(/error:|is invalid/);
  });
  it('deep nesting is not “Maximum call stack size exceeded”', () => {
    const dir = tempDir('dvk-h8-');
    const file = join(dir, 'k.yaml');
    writeFileSync(file, example.replace('so: ""', `so: ${'['.repeat(3000)}${']'.repeat(3000)}`));
    const r = runDvk(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('lồng nhau quá sâu');
    expect(r.stdout).not.toMatch(/Maximum call stack/);
  });
});

describe('a broken template speaks Vietnamese', () => {
  it('{{helperMissing}} is not “Cannot read properties of undefined”', () => {
    const dir = tempDir('dvk-h8-');
    mkdirSync(join(dir, 'mau'));
    writeFileSync(join(dir, 'dvk.config.yaml'), 'thu_muc_mau: mau\n');
    writeFileSync(join(dir, 'mau', 'ke_hoach.yaml'), 'mo_dau: "{{helperMissing}}"\n');
    writeFileSync(join(dir, 'k.yaml'), example.replace(/\nmo_dau: >-\n(?: {2}.*\n)+/, '\n'));
    const r = runDvk(['render', 'k.yaml', '-o', 'k.docx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mẫu gọi một hàm hoặc giá trị không có');
    expect(r.stderr).not.toMatch(/Cannot read|undefined/);
  });
});

describe('dvk.config.yaml checked on its own', () => {
  it('an impossible ngay_chuyen_hd05 is refused', () => {
    const dir = tempDir('dvk-h8-');
    writeFileSync(join(dir, 'dvk.config.yaml'), 'ngay_chuyen_hd05: 2026-13-45\n');
    const r = runDvk(['validate', 'dvk.config.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('“Ngày áp dụng HD 05-HD/VPTW” ghi "2026-13-45" chưa đúng dạng năm-tháng-ngày');
    writeFileSync(join(dir, 'dvk.config.yaml'), 'ngay_chuyen_hd05: 2026-02-30\n');
    expect(runDvk(['validate', 'dvk.config.yaml'], { cwd: dir }).stdout).toContain('tháng 2 năm 2026 có 28 ngày');
  });
  it('validate reports the margins that render warns about, with the same message', () => {
    const dir = tempDir('dvk-h8-');
    writeFileSync(join(dir, 'dvk.config.yaml'), 'he_thong: nha_nuoc\ntrinh_bay:\n  le:\n    trai: 10\n');
    writeFileSync(join(dir, 'k.yaml'), example);
    const validate = runDvk(['validate', 'dvk.config.yaml'], { cwd: dir });
    const render = runDvk(['render', 'k.yaml', '-o', 'k.docx'], { cwd: dir });
    const warning = 'Lề trái (mm) = 10 nằm ngoài khoảng 30–35 mà NĐ 30/2020/NĐ-CP cho phép';
    expect(validate.stdout).toContain(warning);
    expect(validate.stdout).toContain('dvk.config.yaml:4:11');
    expect(render.stderr).toContain(warning);
  });
});

describe('lint --fix keeps the file’s encoding, BOM and line endings, or says what changed', () => {
  const fix = (bytes: Buffer) => {
    const dir = tempDir('dvk-h8-');
    const file = join(dir, 'k.yaml');
    writeFileSync(file, bytes);
    const r = runDvk(['lint', '--fix', file]);
    return { r, after: readFileSync(file) };
  };
  it('UTF-16 LE with BOM and CRLF stay so', () => {
    const text = withExtraSpace.replace(/\n/g, '\r\n');
    const { r, after } = fix(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(r.stderr).toContain('Đã sửa 1 vấn đề');
    expect([...after.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(after.subarray(2).toString('utf16le')).toBe(example.replace(/\n/g, '\r\n'));
  });
  it('UTF-8 with BOM keeps the BOM', () => {
    const { after } = fix(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(withExtraSpace)]));
    expect(after.equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example)]))).toBe(true);
  });
  it('a decomposed (NFD) file: the message says it was written back as NFC', () => {
    const { r, after } = fix(Buffer.from(withExtraSpace.normalize('NFD')));
    expect(r.stderr).toContain('đã được ghi lại ở dạng dựng sẵn (NFC) toàn tệp');
    expect(after.toString()).toBe(example.normalize('NFC'));
  });
  it('CR-only line endings are read as lines (not “not a plan”) and kept by --fix', () => {
    const cr = withExtraSpace.replace(/\n/g, '\r');
    const dir = tempDir('dvk-h8-');
    writeFileSync(join(dir, 'cr.yaml'), cr);
    const v = runDvk(['validate', join(dir, 'cr.yaml')]);
    expect(v.code, v.stdout).toBe(0);
    const { after } = fix(Buffer.from(cr));
    expect(after.toString()).toBe(example.replace(/\n/g, '\r'));
  });
});

describe('render names the output consistently', () => {
  it('--format md -o x.docx is refused; -o x.md alone writes Markdown', () => {
    const dir = tempDir('dvk-h8-');
    const refused = runDvk(['render', exampleFile, '--format', 'md', '-o', join(dir, 'x.docx')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('-o');
    expect(refused.stderr).toContain('có đuôi .docx nhưng --format là md');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    const md = runDvk(['render', exampleFile, '-o', join(dir, 'x.md')]);
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toContain('**SỞ KHOA HỌC VÀ CÔNG NGHỆ**');
  });
});

describe('a malformed document.xml is a damaged file, not layout findings', () => {
  it('unbalanced tags → input/corrupt-docx with line and column, exit 2', () => {
    const dir = tempDir('dvk-h8-');
    const good = join(dir, 'k.docx');
    expect(runDvk(['render', exampleFile, '-o', good]).code).toBe(0);
    const parts = unzipSync(readFileSync(good));
    let n = 0;
    parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace(/<\/w:p>/g, (m) => (++n % 7 === 0 ? '' : m)));
    const bad = join(dir, 'bad.docx');
    writeFileSync(bad, zipSync(parts));
    const r = runDvk(['lint', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input/corrupt-docx');
    expect(r.stdout).toMatch(/XML sai cấu trúc ở dòng \d+, cột \d+/);
    expect(r.stdout).not.toContain('docx-page-size');
  });
});

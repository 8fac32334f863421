// Issue 14 item 5: large but legal inputs. Past the limits of src/shared/limits.ts (far above a
// real document) an input is refused with one clear finding, fast; below them nothing spreads a
// huge array into a call (V8's "Maximum call stack size exceeded") and stylish output splits a
// file's source once, not once per finding.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatStylish } from '../../src/format/stylish.js';
import { capFindings } from '../../src/lint/pipeline.js';
import { loadPlanText } from '../../src/plan/index.js';
import { decodePlanBytes } from '../../src/plan/read.js';
import { readDocument } from '../../src/reader/index.js';
import { join as joinVals, val } from '../../src/reader/val.js';
import type { Finding, RunReport } from '../../src/report/finding.js';
import { appendAll } from '../../src/shared/append.js';
import { MAX_FINDINGS_PER_FILE, MAX_LIST_ITEMS, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from '../../src/shared/limits.js';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const example = readFileSync(join(repoRoot, 'examples', 'nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'), 'utf8');
const withGui = (items: string[]) => example.replace('  gui:\n', `  gui:\n${items.map((i) => `    - ${i}\n`).join('')}`);
const fatalOf = (text: string) => {
  const loaded = loadPlanText(text, 'k.yaml', 'vi');
  return loaded.report.findings.find((f) => f.fatal);
};

afterEach(() => vi.restoreAllMocks());

describe('no spread of a huge array into a call', () => {
  it('joins the offsets of a 200,000-character paragraph', () => {
    const long = val('a'.repeat(200_000), 0);
    expect(joinVals([long, val('b', 200_001)], ' ').offsets).toHaveLength(200_003);
  });
  it('appendAll takes 500,000 items', () => {
    expect(appendAll([0], Array.from({ length: 500_000 }, () => 1))).toHaveLength(500_001);
  });
});

describe('reading stays linear', () => {
  it('a plan that opens with many comment lines is not checked by a backtracking regex (npm run fuzz found 3.4 s for 2.4 KB)', () => {
    const text = `${'# một dòng ghi chú  \n'.repeat(40)}dvk: 1\nhe_thong: nha_nuoc\n`;
    const read = decodePlanBytes(Buffer.from(text), 'k.yaml', 'vi');
    expect('fatal' in read).toBe(false);
    const onlyComments = decodePlanBytes(Buffer.from('# a\n  # b\n\n'), 'k.yaml', 'vi');
    expect('fatal' in onlyComments && onlyComments.fatal.ruleId).toBe('input/empty');
  });
});

describe('YAML plans past the limits', () => {
  it('a flow list of 150,000 items is refused before parsing', () => {
    const f = fatalOf(`${example}\nthem: [${Array.from({ length: 150_000 }, () => 'a').join(',')}]\n`);
    expect(f?.ruleId).toBe('input/too-large');
    expect(f?.message).toMatch(/hơn 100000 mục và khóa YAML/);
  });
  it(`a list of more than ${MAX_LIST_ITEMS} items is refused at the list`, () => {
    const f = fatalOf(withGui(Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `Sở ${i}`)));
    expect(f?.ruleId).toBe('input/too-large');
    expect(f?.path).toEqual(['noi_nhan', 'gui']);
    expect(f?.message).toContain(`đến ${MAX_LIST_ITEMS} mục`);
    expect(f?.range.start.line).toBe(102);
  });
  it('a list at the limit is read', () => {
    expect(fatalOf(withGui(Array.from({ length: MAX_LIST_ITEMS - 3 }, (_, i) => `Sở ${i}`)))).toBeUndefined();
  });
  it(`a value longer than ${MAX_PARAGRAPH_CHARS} characters is refused`, () => {
    const f = fatalOf(example.replace(/^mo_dau: >-/m, `mo_dau: ${'chữ '.repeat(MAX_PARAGRAPH_CHARS / 2)}\nxx_old: >-`));
    expect(f?.ruleId).toBe('input/too-large');
    expect(f?.path).toEqual(['mo_dau']);
  });
  it('deep nesting gets a Vietnamese message, not V8’s “Maximum call stack size exceeded”', () => {
    const f = fatalOf(example.replace('so: ""', `so: ${'['.repeat(5000)}${']'.repeat(5000)}`));
    expect(f?.message).toContain('lồng nhau quá sâu');
    expect(f?.message).not.toMatch(/Maximum call stack/);
  });
});

describe('.txt and .docx past the limits', () => {
  const dir = tempDir('dvk-limits-');
  it(`a .txt of more than ${MAX_PARAGRAPHS} lines is refused`, async () => {
    const file = join(dir, 'many.txt');
    writeFileSync(file, `KẾ HOẠCH\n${'- Một dòng.\n'.repeat(MAX_PARAGRAPHS + 1)}`);
    const r = await readDocument(file, 'vi');
    expect('fatal' in r && r.fatal.message).toMatch(/đoạn \(dòng\); dvk đọc văn bản đến 20000 đoạn/);
  });
  it('a paragraph past the limit is refused at its line', async () => {
    const file = join(dir, 'long.txt');
    writeFileSync(file, `KẾ HOẠCH\nTổ chức\n${'chữ '.repeat(MAX_PARAGRAPH_CHARS)}\n`);
    const r = await readDocument(file, 'vi');
    expect('fatal' in r && r.fatal.range.start.line).toBe(3);
  });
  it('a .docx with more paragraphs than the limit is refused by counting, before the XML is parsed', async () => {
    const p = (i: number) => `<w:p><w:r><w:t>Đoạn ${i}</w:t></w:r></w:p>`;
    const body = Array.from({ length: MAX_PARAGRAPHS + 1 }, (_, i) => p(i)).join('');
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    const file = join(dir, 'many.docx');
    writeFileSync(file, zipSync({ 'word/document.xml': strToU8(xml) }));
    const r = await readDocument(file, 'vi');
    expect('fatal' in r && r.fatal.message).toContain(`có ${MAX_PARAGRAPHS + 1} đoạn`);
  });
});

describe('findings per file', () => {
  const finding = (i: number, severity: Finding['severity']): Finding => ({
    ruleId: 'extra-spaces',
    severity,
    message: 'm',
    file: 'a.yaml',
    range: { start: { line: i + 1, column: 1, offset: i * 10 }, end: { line: i + 1, column: 2, offset: i * 10 + 1 } },
  });
  it('beyond the cap one finding says how many were left out; errors are kept first', () => {
    const many = [...Array.from({ length: 1500 }, (_, i) => finding(i, 'warning')), finding(2000, 'error')];
    const out = capFindings(many, 'a.yaml', 'vi');
    expect(out).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(out.some((f) => f.severity === 'error' && f.ruleId === 'extra-spaces')).toBe(true);
    const summary = out.at(-1)!;
    expect(summary.ruleId).toBe('dvk/too-many-findings');
    expect(summary.severity).toBe('warning');
    expect(summary.message).toContain('Còn 501 vấn đề nữa (0 lỗi, 501 cảnh báo, 0 gợi ý)');
  });
  it('stylish splits a file’s source once, whatever the number of findings', () => {
    const source = Array.from({ length: 3000 }, (_, i) => `dòng ${i}`).join('\n');
    const findings = Array.from({ length: 1000 }, (_, i) => finding(i, 'warning'));
    const report: RunReport = { files: [{ file: 'a.yaml', source, findings }] };
    const split = vi.spyOn(String.prototype, 'split');
    const out = formatStylish(report, { lang: 'vi', color: false });
    const splitsOfSource = split.mock.contexts.filter((c) => String(c) === source).length;
    expect(splitsOfSource).toBe(1);
    expect(out).toContain('> 1000 | dòng 999');
  });
});

describe('the 4.8 MB plan with a 2.4-million-item list (CLI)', () => {
  it('validate, lint and render refuse it with a message, exit 2', () => {
    const dir = tempDir('dvk-big-');
    const file = join(dir, 'big.yaml');
    writeFileSync(file, `${example}\nthem: [${Array.from({ length: 2_400_000 }, () => 'a').join(',')}]\n`);
    for (const args of [['validate', file], ['lint', file], ['render', file, '-o', join(dir, 'big.docx')]]) {
      const r = runDvk(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stdout + r.stderr).toContain('mục và khóa YAML');
    }
  });
});

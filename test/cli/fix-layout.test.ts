// `dvk lint x.docx --fix-layout` as a user runs it: a dvk-rendered .docx whose margins were
// spoiled in the XML gets a copy with the profile's margins, listed after the report; the copy
// lints without a margin finding, the original is unchanged, every other part byte-identical.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDvk, tempDir } from '../helpers/cli.js';
import { editDocx, renderExample } from '../reader/docx-fixtures.js';

let spoiled: Buffer;
beforeAll(async () => {
  // Rendered with 20/20/30/15 mm (NĐ 30); left and right set to 25 mm (1417 twips) by hand.
  spoiled = await editDocx(renderExample('nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'), {
    'word/document.xml': (xml) => xml.replace(/(<w:pgMar [^>]*w:left=")\d+"/, '$11417"').replace(/(<w:pgMar [^>]*w:right=")\d+"/, '$11417"'),
  });
}, 60_000);

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const setUp = () => {
  const dir = tempDir('dvk-fix-layout-');
  const file = join(dir, 'ke-hoach.docx');
  writeFileSync(file, spoiled);
  return { dir, file, copy: join(dir, 'ke-hoach.dvk.docx') };
};
async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}
type Report = { files: { findings: { ruleId: string }[] }[] };
const margins = (stdout: string) => (JSON.parse(stdout) as Report).files[0]!.findings.filter((f) => f.ruleId === 'docx-margins');

describe('dvk lint --fix-layout', () => {
  it('sets the margins to the profile values in the copy, lists each change, leaves the original and the other parts as they were', async () => {
    const { dir, file, copy } = setUp();
    const before = hash(file);
    expect(margins(runDvk(['lint', file, '-f', 'json']).stdout)).toHaveLength(2);
    const r = runDvk(['lint', file, '--fix-layout']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(r.stderr).toContain(`Đã sửa lề trang trong ${copy}: trái 30 mm (trước 25 mm), phải 15 mm (trước 25 mm).`);
    expect(hash(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.docx', 'ke-hoach.dvk.docx']);
    const original = await parts(file);
    const fixed = await parts(copy);
    expect([...fixed.keys()].sort()).toEqual([...original.keys()].sort());
    for (const [name, bytes] of original) if (name !== 'word/document.xml') expect(fixed.get(name)!.equals(bytes), name).toBe(true);
    const xml = fixed.get('word/document.xml')!.toString();
    expect(xml.match(/<w:pgMar [^>]*>/)![0]).toBe('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>');
    // Only the margins changed in the body.
    expect(xml.replace('w:right="850"', 'w:right="1417"').replace('w:left="1701" w:header', 'w:left="1417" w:header')).toBe(original.get('word/document.xml')!.toString());
    // The copy lints with no margin finding, and otherwise like the original.
    const again = runDvk(['lint', copy, '-f', 'json']);
    expect(margins(again.stdout)).toEqual([]);
    const rest = (out: string) => (JSON.parse(out) as Report).files[0]!.findings.filter((f) => f.ruleId !== 'docx-margins').map((f) => ({ ...f, file: '' }));
    expect(rest(again.stdout)).toEqual(rest(runDvk(['lint', file, '-f', 'json']).stdout));
  });

  it('speaks English with --lang en; with --annotate the fixed margins are not left as comments', async () => {
    const { file, copy } = setUp();
    const r = runDvk(['lint', file, '--fix-layout', '--annotate', '--lang', 'en', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Fixed the page margins in ${copy}: left 30 mm (was 25 mm), right 15 mm (was 25 mm).`);
    const findings = (JSON.parse(r.stdout) as Report).files[0]!.findings;
    const comments = (await parts(copy)).get('word/comments.xml')!.toString();
    expect(comments.match(/<w:comment /g)).toHaveLength(findings.length - 2);
    expect(comments).not.toContain('margin');
  });

  it('sets a Letter page to A4 in the copy; re-linting it finds no paper-size problem', async () => {
    const dir = tempDir('dvk-fix-layout-');
    const file = join(dir, 'letter.docx');
    writeFileSync(file, await editDocx(spoiled, { 'word/document.xml': (xml) => xml.replace(/<w:pgSz [^>]*>/, '<w:pgSz w:w="12240" w:h="15840"/>') }));
    const size = (stdout: string) => (JSON.parse(stdout) as Report).files[0]!.findings.filter((f) => f.ruleId === 'docx-page-size');
    expect(size(runDvk(['lint', file, '-f', 'json']).stdout)).toHaveLength(1);
    const r = runDvk(['lint', file, '--fix-layout', '-f', 'json']);
    expect(r.stderr).toContain(`Đã đặt khổ giấy trong ${join(dir, 'letter.dvk.docx')}: 210 × 297 mm (trước 215,9 × 279,4 mm).`);
    const again = runDvk(['lint', join(dir, 'letter.dvk.docx'), '-f', 'json']).stdout;
    expect(size(again)).toEqual([]);
    expect(margins(again)).toEqual([]);
  });

  it('without --fix-layout the margins stay as they are, even with --fix', async () => {
    const { file, copy } = setUp();
    runDvk(['lint', file, '--annotate', '--fix']);
    expect((await parts(copy)).get('word/document.xml')!.toString()).toContain('w:left="1417"');
  });
});

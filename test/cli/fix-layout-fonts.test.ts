// `dvk lint x.docx --fix-layout` on fonts and sizes, as a clerk meets them: a dvk-rendered .docx
// spoiled in its XML the way a drafter's Word leaves it (Arial 12 pt typed on the body, the
// header in the Calibri theme font, the recipients taking Arial from the document defaults, no
// page size). The copy gets tracked formatting changes on the runs and a direct change in
// styles.xml, each listed; it lints without those findings and with nothing new; rejecting every
// tracked change brings the run findings back (they were real revisions, not silent edits).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDvk, tempDir } from '../helpers/cli.js';
import { editDocx, renderExample } from '../reader/docx-fixtures.js';

const TNR = '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>';
const PLAIN = '<w:b w:val="false"/><w:bCs w:val="false"/><w:i w:val="false"/><w:iCs w:val="false"/>';
const ARIAL = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>';
const THEME = '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:cstheme="minorBidi"/>';

let spoiled: Buffer;
beforeAll(async () => {
  spoiled = await editDocx(renderExample('nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'), {
    'word/document.xml': (xml) =>
      xml
        .replaceAll(`${TNR}${PLAIN}<w:sz w:val="28"/><w:szCs w:val="28"/>`, `${ARIAL}${PLAIN}<w:sz w:val="24"/><w:szCs w:val="24"/>`)
        .replaceAll(`${TNR}<w:b/><w:bCs/><w:i w:val="false"/><w:iCs w:val="false"/><w:sz w:val="26"/>`, `${THEME}<w:b/><w:bCs/><w:i w:val="false"/><w:iCs w:val="false"/><w:sz w:val="26"/>`)
        .replaceAll(`${TNR}${PLAIN}<w:sz w:val="22"/>`, `${PLAIN}<w:sz w:val="22"/>`)
        .replace(/<w:pgSz [^>]*\/>/, ''),
    'word/styles.xml': (xml) => xml.replace(`<w:rPrDefault><w:rPr>${TNR}`, `<w:rPrDefault><w:rPr>${ARIAL}`),
  });
}, 60_000);

type Report = { files: { findings: { ruleId: string; message: string; line: number }[] }[] };
const findings = (stdout: string) => (JSON.parse(stdout) as Report).files[0]!.findings;
const layout = (stdout: string) => findings(stdout).filter((f) => /^docx-(font|component-style|page-size)$/.test(f.ruleId));
async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}

describe('dvk lint --fix-layout: fonts and sizes', () => {
  it('fixes them at their source in the copy, lists each change, re-lints clean of them and with nothing new', async () => {
    const dir = tempDir('dvk-fix-fonts-');
    const file = join(dir, 'ke-hoach.docx');
    writeFileSync(file, spoiled);
    const before = runDvk(['lint', file, '-f', 'json']).stdout;
    expect(layout(before).map((f) => f.ruleId).sort()).toEqual(['docx-component-style', 'docx-component-style', 'docx-font', 'docx-font', 'docx-page-size']);

    const r = runDvk(['lint', file, '--fix-layout', '--annotate']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    const copy = join(dir, 'ke-hoach.dvk.docx');
    expect(r.stderr).toContain(`Đã đặt khổ giấy trong ${copy}: A4 dọc 210 × 297 mm`);
    expect(r.stderr).toContain(`Đã sửa định dạng mặc định của tệp (docDefaults) trong ${copy}: phông Times New Roman (trước: Arial).`);
    expect(r.stderr).toMatch(/Đã sửa phông Times New Roman, cỡ chữ 14 pt \(trước: 12 pt, Arial\) ở đoạn [\d–, ]+ trong .*là thay đổi định dạng được theo dõi/);
    expect(r.stderr).toMatch(/Đã sửa phông Times New Roman \(trước: minorHAnsi \(Calibri\)/);

    // Only document.xml, styles.xml and the comment parts changed.
    const original = await parts(file);
    const fixed = await parts(copy);
    for (const [name, bytes] of original) if (!['word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'].includes(name)) expect(fixed.get(name)!.equals(bytes), name).toBe(true);
    const xml = fixed.get('word/document.xml')!.toString();
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    const ids = [...xml.matchAll(/<w:rPrChange w:id="(\d+)" w:author="dvk"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fixed.get('word/styles.xml')!.toString()).toContain(`<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`);
    // The fixed findings are no comments.
    expect(fixed.get('word/comments.xml')?.toString() ?? '').not.toMatch(/Arial|minorHAnsi/);

    // Re-linting the copy: what was fixed is gone, nothing new.
    const again = runDvk(['lint', copy, '-f', 'json']).stdout;
    const key = (f: { ruleId: string; message: string; line: number }) => `${f.ruleId}:${f.line}:${f.message}`;
    const beforeKeys = new Set(findings(before).map(key));
    expect(findings(again).filter((f) => !beforeKeys.has(key(f)))).toEqual([]);
    expect(layout(again).filter((f) => f.ruleId !== 'docx-component-style')).toEqual([]);
    // What stays: at most the body paragraph the reader was unsure of (a comment, not a guess).
    expect(layout(again).length).toBeLessThanOrEqual(1);

    // Rejecting every tracked formatting change brings back the fonts and sizes of the runs.
    const rejected = join(dir, 'rejected.docx');
    const zip = await JSZip.loadAsync(readFileSync(copy));
    zip.file('word/document.xml', xml.replace(/<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*?<w:rPrChange w:id="\d+" w:author="dvk"[^>]*><w:rPr>([\s\S]*?)<\/w:rPr><\/w:rPrChange><\/w:rPr>/g, '<w:rPr>$1</w:rPr>'));
    writeFileSync(rejected, await zip.generateAsync({ type: 'nodebuffer' }));
    const back = layout(runDvk(['lint', rejected, '-f', 'json']).stdout).map((f) => f.message);
    expect(back.some((m) => m.includes('Arial'))).toBe(true);
    expect(back.some((m) => m.includes('12 pt'))).toBe(true);
  });

  it('speaks English with --lang en, and leaves the original untouched', () => {
    const dir = tempDir('dvk-fix-fonts-');
    const file = join(dir, 'plan.docx');
    writeFileSync(file, spoiled);
    const r = runDvk(['lint', file, '--fix-layout', '--lang', 'en']);
    expect(r.stderr).toContain('Fixed the document defaults (docDefaults) in');
    expect(r.stderr).toMatch(/Set font Times New Roman, size 14 pt \(was 12 pt, Arial\) in paragraph/);
    expect(readFileSync(file).equals(spoiled)).toBe(true);
  });
});

// The review copy (src/review): findings as Word comments on the words they concern, safe fixes
// as tracked changes, every other part of the package unchanged. Documents: an example rendered
// by dvk and spoiled by hand (a dozen defects of different kinds), a corpus document converted by
// LibreOffice (committed: tests do not need LibreOffice), a LibreOffice file with a text box.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLintFiles } from '../../src/lint/run.js';
import type { Finding } from '../../src/report/finding.js';
import { annotateDocx } from '../../src/review/annotate.js';
import { documentFix } from '../../src/review/revisions.js';
import { repoRoot, tempDir } from '../helpers/cli.js';
import { editDocx } from '../reader/docx-fixtures.js';
import { spoiledExample } from './fixtures.js';

let dir: string;
let spoiled: string;
beforeAll(async () => {
  dir = tempDir('dvk-review-');
  spoiled = join(dir, 'spoiled.docx');
  writeFileSync(spoiled, await spoiledExample());
}, 60_000);

const lint = async (file: string, lang: 'vi' | 'en' = 'vi'): Promise<Finding[]> => {
  const run = await runLintFiles([file], { lang, keepSource: true });
  return run.report.files[0]!.findings;
};
const save = (name: string, bytes: Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
/** What a finding says, without the file's name. */
const shape = (f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, range: f.range, fix: f.fix });

async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) out.set(name, await zip.files[name]!.async('nodebuffer'));
  return out;
}

/** The text a comment covers: w:t between its range start and end (deleted text left out). */
function commentedText(xml: string, id: number): string {
  const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const between = xml.slice(start, end).replace(/<w:del\b[\s\S]*?<\/w:del>/g, '');
  return [...between.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)].map((m) => (m[0] === '</w:p>' ? '\n' : m[1]!)).join('');
}

/** Accepts every tracked change on the XML: deletions go, insertions stay. */
const acceptAll = (xml: string): string => xml.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '').replace(/<w:ins\b[^>]*>|<\/w:ins>/g, '');

const WHEN = new Date('2026-12-03T08:00:00Z');
const CHANGED = ['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'];

describe('comments', () => {
  it('puts every finding of a spoiled example on the words its range covers, and changes only the parts it must', async () => {
    const findings = await lint(spoiled);
    const ruleIds = new Set(findings.map((f) => f.ruleId));
    // A dozen defects of different kinds were typed in: the lint sees them.
    for (const id of ['extra-spaces', 'punctuation-spacing', 'roman-heading-uppercase', 'doubled-punctuation', 'citation-ten-loai-capital']) expect(ruleIds).toContain(id);
    const original = readFileSync(spoiled);
    const result = await annotateDocx(original, findings, { lang: 'vi', comments: true, fix: false, date: WHEN });
    expect(result.comments).toBe(findings.length);
    expect(result.approximate).toBe(0);

    const before = await parts(original);
    const after = await parts(result.bytes);
    for (const [name, bytes] of before) if (!CHANGED.includes(name)) expect(after.get(name)!.equals(bytes), name).toBe(true);
    expect([...after.keys()].sort()).toEqual([...new Set([...before.keys(), 'word/comments.xml'])].sort());

    const types = after.get('[Content_Types].xml')!.toString();
    expect(types).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    const rels = after.get('word/_rels/document.xml.rels')!.toString();
    expect(rels).toMatch(/<Relationship Id="rId\d+" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"\/>/);
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);

    const xml = after.get('word/document.xml')!.toString();
    const comments = after.get('word/comments.xml')!.toString();
    const source = readFileSync(spoiled) && (await runLintFiles([spoiled], { lang: 'vi', keepSource: true })).report.files[0]!.source!;
    findings.forEach((finding, i) => {
      // One start, one end, one reference per comment, in that order.
      for (const tag of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) expect(xml.split(`<w:${tag} w:id="${i}"/>`).length - 1).toBe(1);
      expect(xml.indexOf(`<w:commentRangeEnd w:id="${i}"/>`)).toBeLessThan(xml.indexOf(`<w:commentReference w:id="${i}"/>`));
      const { start, end } = finding.range;
      if (start.line === end.line && end.offset > start.offset) expect(commentedText(xml, i), finding.ruleId).toBe(source.slice(start.offset, end.offset));
      const comment = new RegExp(`<w:comment w:id="${i}" w:author="dvk" w:date="2026-12-03T08:00:00Z" w:initials="dvk">([\\s\\S]*?)</w:comment>`).exec(comments);
      expect(comment, `comment ${i}`).not.toBeNull();
      const said = comment![1]!.replace(/<[^>]+>/g, '');
      expect(said).toContain(finding.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
      expect(said).toContain(`Quy tắc: ${finding.ruleId}`);
      if (finding.basis) expect(said).toContain(`Căn cứ: ${finding.basis.source}`);
    });
    // The extra space: the comment sits on the two spaces, which were inside one run (cut in three).
    const extra = findings.findIndex((f) => f.ruleId === 'extra-spaces');
    expect(commentedText(xml, extra)).toBe('  ');
    expect(comments).toMatch(/Cách sửa: thay “··” bằng “·”/);
  });

  it('round trip: the annotated copy lints exactly like the original', async () => {
    const findings = await lint(spoiled);
    const copy = save('spoiled.annotated.docx', (await annotateDocx(readFileSync(spoiled), findings, { lang: 'vi', comments: true, fix: false, date: WHEN })).bytes);
    expect((await lint(copy)).map(shape)).toEqual(findings.map(shape));
  });

  it('speaks English with --lang en', async () => {
    const findings = await lint(spoiled, 'en');
    const result = await annotateDocx(readFileSync(spoiled), findings, { lang: 'en', comments: true, fix: false, date: WHEN });
    const comments = (await parts(result.bytes)).get('word/comments.xml')!.toString();
    expect(comments).toContain('Rule: extra-spaces');
    expect(comments).toContain('Basis: NĐ 30/2020/NĐ-CP');
    expect(comments).toContain('Warning: ');
    expect(comments).not.toContain('Quy tắc');
  });

  it('keeps the comments already in a document and numbers new ones after them', async () => {
    const findings = await lint(spoiled);
    const once = (await annotateDocx(readFileSync(spoiled), findings, { lang: 'vi', comments: true, fix: false, date: WHEN })).bytes;
    const twice = await annotateDocx(once, findings, { lang: 'vi', comments: true, fix: false, date: WHEN });
    const after = await parts(twice.bytes);
    const comments = after.get('word/comments.xml')!.toString();
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(2 * findings.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(comments.startsWith((await parts(once)).get('word/comments.xml')!.toString().replace(/<\/w:comments>$/, ''))).toBe(true);
    // Still one relationship and one content type for the part.
    expect(after.get('word/_rels/document.xml.rels')!.toString().match(/relationships\/comments"/g)).toHaveLength(1);
    expect(after.get('[Content_Types].xml')!.toString().match(/\/word\/comments\.xml/g)).toHaveLength(1);
    const xml = after.get('word/document.xml')!.toString();
    for (const id of ids) expect(xml.split(`<w:commentRangeStart w:id="${id}"/>`).length - 1).toBe(1);
  });

  it('a corpus document converted by LibreOffice: every finding a comment, the copy lints the same', async () => {
    const file = join(repoRoot, 'test/fixtures/docx/corpus-24-kehoach-libreoffice.docx');
    const findings = await lint(file);
    expect(findings.length).toBeGreaterThan(10);
    const result = await annotateDocx(readFileSync(file), findings, { lang: 'vi', comments: true, fix: false, date: WHEN });
    expect(result.comments).toBe(findings.length);
    const copy = save('corpus.annotated.docx', result.bytes);
    expect((await lint(copy)).map(shape)).toEqual(findings.map(shape));
  });

  it('a paragraph in a text box: the comment is put on the box in the body, and the copy lints the same', async () => {
    const file = join(repoRoot, 'test/fixtures/docx/textbox-libreoffice.docx');
    const findings = await lint(file);
    const result = await annotateDocx(readFileSync(file), findings, { lang: 'vi', comments: true, fix: false, date: WHEN });
    const xml = (await parts(result.bytes)).get('word/document.xml')!.toString();
    // No comment mark inside a text box.
    for (const box of xml.match(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g) ?? []) expect(box).not.toContain('commentRange');
    findings.forEach((_f, i) => expect(xml.split(`<w:commentRangeStart w:id="${i}"/>`).length - 1).toBe(1));
    const copy = save('textbox.annotated.docx', result.bytes);
    expect((await lint(copy)).map(shape)).toEqual(findings.map(shape));
  });
});

describe('tracked changes (--fix)', () => {
  it('writes each safe fix as w:del/w:ins by dvk; accepting them all leaves none of the fixed findings and no new one', async () => {
    const findings = await lint(spoiled);
    const result = await annotateDocx(readFileSync(spoiled), findings, { lang: 'vi', comments: false, fix: true, date: WHEN });
    const fixable = findings.filter((f) => documentFix(f));
    // A plan-form fix (the renderer prints what it removes) is never written into a document.
    const planForm = findings.filter((f) => f.fix && !documentFix(f));
    expect(planForm.map((f) => f.ruleId)).toContain('noi-nhan-luu-form');
    expect(fixable.length).toBeGreaterThanOrEqual(6);
    // Every fix is written but one overlapping a fix taken before it (“ ,t”: remove the space, add one after).
    const overlaps = (f: Finding, g: Finding) => f.fix!.edits.some((e) => g.fix!.edits.some((t) => e.start <= t.end && t.start <= e.end));
    const left = fixable.filter((f) => !result.revised.includes(f));
    expect(left).toHaveLength(1);
    for (const f of left) expect(result.revised.some((g) => overlaps(f, g))).toBe(true);
    expect(result.comments).toBe(0);
    const after = await parts(result.bytes);
    expect(after.has('word/comments.xml')).toBe(false);
    const xml = after.get('word/document.xml')!.toString();
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="dvk" w:date="2026-12-03T08:00:00Z"><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:delText xml:space="preserve">  <\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="dvk" w:date="2026-12-03T08:00:00Z"><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t xml:space="preserve"> <\/w:t><\/w:r><\/w:ins>/);
    const revisionIds = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(revisionIds).size).toBe(revisionIds.length);

    // The copy as it stands reads as Word shows it with the changes (the reader reads w:ins, skips w:del).
    const key = (f: Finding) => `${f.ruleId}@${f.range.start.line}`;
    const count = (list: Finding[]) => list.reduce((m, f) => m.set(key(f), (m.get(key(f)) ?? 0) + 1), new Map<string, number>());
    const expected = count(findings.filter((f) => !result.revised.includes(f)));
    for (const accepted of [save('fixed.docx', result.bytes), save('accepted.docx', await editDocx(result.bytes, { 'word/document.xml': acceptAll }))]) {
      const remaining = count(await lint(accepted));
      for (const [k, n] of remaining) expect(n, `${k} is new after fixing`).toBeLessThanOrEqual(expected.get(k) ?? 0);
      for (const f of result.revised) expect(remaining.get(key(f)) ?? 0, `${key(f)} was fixed`).toBeLessThan(count(findings).get(key(f))!);
    }
  });

  it('with comments too: the comment of a fixed finding says the fix is a tracked change', async () => {
    const findings = await lint(spoiled);
    const result = await annotateDocx(readFileSync(spoiled), findings, { lang: 'vi', comments: true, fix: true, date: WHEN });
    const after = await parts(result.bytes);
    const comments = after.get('word/comments.xml')!.toString();
    expect(comments.match(/thay đổi được theo dõi/g)).toHaveLength(result.revised.length);
    const xml = after.get('word/document.xml')!.toString();
    // Comment and revision ids never collide.
    const ids = [...xml.matchAll(/<w:(?:ins|del|commentRangeStart) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('documents from elsewhere', () => {
  /** The spoiled example as Word leaves a document: a hyperlink, a word split over runs, Alice's tracked changes and comment, a field, bookmarks. */
  const fromElsewhere = async (): Promise<Buffer> =>
    editDocx(readFileSync(spoiled), {
      'word/document.xml': (xml) => {
        const m = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t xml:space="preserve">Thực hiện Công văn số 365-CV\/ĐUK  ngày([^<]*)<\/w:t><\/w:r>/.exec(xml);
        if (!m) throw new Error('no run to edit');
        const [run, rPr = "", rest = ""] = m;
        const r = (t: string) => `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>`;
        const edited =
          `<w:bookmarkStart w:id="0" w:name="can_cu"/>${r('Th')}${r('ực hiện ')}` +
          `<w:del w:id="9001" w:author="Alice" w:date="2026-11-01T00:00:00Z"><w:r>${rPr}<w:delText>theo </w:delText></w:r></w:del>` +
          `<w:commentRangeStart w:id="9003"/><w:hyperlink w:anchor="muc1">${r('Công văn số 365-CV/ĐUK  ngày')}</w:hyperlink><w:commentRangeEnd w:id="9003"/><w:r><w:commentReference w:id="9003"/></w:r>` +
          `<w:ins w:id="9002" w:author="Alice" w:date="2026-11-01T00:00:00Z">${r(rest)}</w:ins><w:bookmarkEnd w:id="0"/>` +
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ muc </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
        return xml.replace(run, edited);
      },
      '[Content_Types].xml': (types) => types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'),
      'word/_rels/document.xml.rels': (rels) => rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'),
    }).then(async (bytes) => {
      const zip = await JSZip.loadAsync(bytes);
      zip.file('word/comments.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="9003" w:author="Alice" w:initials="A"><w:p><w:r><w:t>Kiểm tra số công văn</w:t></w:r></w:p></w:comment></w:comments>');
      return zip.generateAsync({ type: 'nodebuffer' });
    });

  it('keeps the other reviewer’s comment and tracked changes, numbers after them, and still fixes and round-trips', async () => {
    const file = save('elsewhere.docx', await fromElsewhere());
    const findings = await lint(file);
    const extra = findings.find((f) => f.ruleId === 'extra-spaces');
    expect(extra?.fix).toBeDefined();
    const result = await annotateDocx(readFileSync(file), findings, { lang: 'vi', comments: true, fix: true, date: WHEN });
    expect(result.approximate).toBe(0);
    expect(result.revised).toContain(extra);
    const after = await parts(result.bytes);
    const xml = after.get('word/document.xml')!.toString();
    expect(xml).toContain('<w:del w:id="9001" w:author="Alice"');
    expect(xml).toContain('<w:ins w:id="9002" w:author="Alice"');
    expect(xml).toContain('<w:commentRangeStart w:id="9003"/><w:hyperlink w:anchor="muc1">');
    const comments = after.get('word/comments.xml')!.toString();
    expect(comments).toContain('<w:comment w:id="9003" w:author="Alice"');
    const ids = [...xml.matchAll(/<w:(?:ins|del|commentRangeStart) w:id="(\d+)" w:author="dvk"|<w:commentRangeStart w:id="(\d+)"\/>/g)].map((m) => Number(m[1] ?? m[2]));
    for (const id of ids.filter((i) => i !== 9003)) expect(id).toBeGreaterThan(9003);
    // The rels and content types already named the comments part: left as they were.
    expect(after.get('word/_rels/document.xml.rels')!.equals((await parts(readFileSync(file))).get('word/_rels/document.xml.rels')!)).toBe(true);
    // The extra spaces sit inside the hyperlink: the revision is written there, the link kept around it.
    expect(xml).toMatch(/<w:hyperlink w:anchor="muc1">(?:(?!<\/w:hyperlink>).)*<w:delText xml:space="preserve">  <\/w:delText>(?:(?!<\/w:hyperlink>).)*<\/w:hyperlink>/);

    // Annotated only: the copy lints like the original; with the fixes accepted, the extra spaces are gone.
    const commentsOnly = save('elsewhere.annotated.docx', (await annotateDocx(readFileSync(file), findings, { lang: 'vi', comments: true, fix: false, date: WHEN })).bytes);
    expect((await lint(commentsOnly)).map(shape)).toEqual(findings.map(shape));
    const accepted = save('elsewhere.accepted.docx', await editDocx(result.bytes, { 'word/document.xml': acceptAll }));
    expect((await lint(accepted)).some((f) => f.ruleId === 'extra-spaces')).toBe(false);
  });
});

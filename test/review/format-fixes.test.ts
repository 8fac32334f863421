// --fix-layout for fonts and sizes on the XML: w:rPr rewritten in the schema's order with the
// old properties in a w:rPrChange by dvk, styles and docDefaults set directly, a finding fixed
// all or not at all, and a section without w:pgSz given A4 portrait.
import { describe, expect, it } from 'vitest';
import type { Finding, FormatFix } from '../../src/report/finding.js';
import { fixFormats, rewriteRPr } from '../../src/review/format-fixes.js';
import { fixLayout, layoutChangeLines } from '../../src/review/layout-fixes.js';
import { locateParagraphs } from '../../src/review/locate.js';
import { parseXmlTree } from '../../src/review/xml.js';

const at = { line: 1, column: 1, offset: 0 };
const finding = (ruleId: string, format: FormatFix[]): Finding => ({ ruleId, severity: 'error', message: ruleId, file: 'x.docx', range: { start: at, end: at }, layoutFix: { format } });
const doc = (...paras: string[]) => `<w:document><w:body>${paras.join('')}<w:sectPr/></w:body></w:document>`;
const run = (rPr: string, text: string) => `<w:r>${rPr}<w:t>${text}</w:t></w:r>`;
const rPrOf = (xml: string) => parseXmlTree(xml).children[0]!;

describe('rewriteRPr', () => {
  it('sets the four font slots, drops theme attributes, keeps w:hint and the schema order, and tracks the old properties', () => {
    const xml = '<w:rPr><w:rStyle w:val="X"/><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:hint="eastAsia"/><w:color w:val="FF0000"/><w:lang w:val="vi-VN"/></w:rPr>';
    const out = rewriteRPr(xml, rPrOf(xml), { font: 'Times New Roman', sizePt: 14, bold: false }, { id: 7, date: '2026-01-02T03:04:05Z' });
    expect(out).toBe(
      '<w:rPr><w:rStyle w:val="X"/><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman" w:hint="eastAsia"/><w:b w:val="0"/><w:bCs w:val="0"/><w:color w:val="FF0000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/>' +
        '<w:rPrChange w:id="7" w:author="dvk" w:date="2026-01-02T03:04:05Z"><w:rPr><w:rStyle w:val="X"/><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:hint="eastAsia"/><w:color w:val="FF0000"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrChange></w:rPr>',
    );
  });

  it('replaces what is there, writes a run without w:rPr one, and keeps an earlier tracked change instead of adding one', () => {
    const xml = '<w:rPr><w:i/><w:sz w:val="24"/><w:rPrChange w:id="1" w:author="A"><w:rPr/></w:rPrChange></w:rPr>';
    expect(rewriteRPr(xml, rPrOf(xml), { sizePt: 13, italic: false }, { id: 9, date: 'D' })).toBe('<w:rPr><w:i w:val="0"/><w:iCs w:val="0"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:rPrChange w:id="1" w:author="A"><w:rPr/></w:rPrChange></w:rPr>');
    expect(rewriteRPr('', undefined, { bold: true })).toBe('<w:rPr><w:b/><w:bCs/></w:rPr>');
  });
});

describe('fixFormats', () => {
  const styles = '<w:styles><w:docDefaults><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style></w:styles>';
  const xml = doc(`<w:p>${run('<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>', 'Một')}${run('', ' hai')}</w:p>`, `<w:p>${run('<w:rPr><w:sz w:val="24"/></w:rPr>', 'Ba')}</w:p>`);
  const paragraphs = locateParagraphs(xml, parseXmlTree(xml));
  let id = 100;
  const options = { paragraphs, exact: () => true, newId: () => id++, date: 'D' };

  it('changes the runs as tracked changes, a style and the defaults directly, and lists them', () => {
    const font = finding('docx-font', [{ at: { runs: { para: 0, start: 0, end: 3 } }, set: { font: 'Times New Roman' }, was: 'Arial' }, { at: { defaults: true }, set: { font: 'Times New Roman' }, was: 'Arial' }]);
    const size = finding('docx-component-style', [{ at: { style: 'Body' }, set: { sizePt: 14 }, was: '12 pt' }, { at: { runs: { para: 1, start: 0, end: 2 } }, set: { sizePt: 14 }, was: '12 pt' }]);
    const r = fixFormats(xml, styles, [font, size], options);
    expect(r.fixed).toEqual(new Set([font, size]));
    expect(r.documentXml).toContain('<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:rPrChange w:id="100" w:author="dvk" w:date="D"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:rPrChange></w:rPr><w:t>Một</w:t></w:r><w:r><w:t> hai</w:t></w:r>');
    expect(r.documentXml).toContain('<w:sz w:val="28"/><w:szCs w:val="28"/><w:rPrChange w:id="101" w:author="dvk" w:date="D"><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrChange>');
    expect(r.stylesXml).toBe(
      '<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>' +
        '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style></w:styles>',
    );
    expect(layoutChangeLines('a.docx', 'a.dvk.docx', r.changes, 'vi')).toEqual([
      'Đã sửa kiểu (style) “Body” trong a.dvk.docx: cỡ chữ 14 pt (trước: 12 pt).',
      'Đã sửa định dạng mặc định của tệp (docDefaults) trong a.dvk.docx: phông Times New Roman (trước: Arial).',
      'Đã sửa phông Times New Roman (trước: Arial) ở đoạn 1 trong a.dvk.docx, là thay đổi định dạng được theo dõi (chấp nhận hay từ chối ở thẻ Review).',
      'Đã sửa cỡ chữ 14 pt (trước: 12 pt) ở đoạn 2 trong a.dvk.docx, là thay đổi định dạng được theo dõi (chấp nhận hay từ chối ở thẻ Review).',
    ]);
    expect(layoutChangeLines('a.docx', 'a.dvk.docx', r.changes, 'en')[3]).toBe('Set size 14 pt (was 12 pt) in paragraph 2 in a.dvk.docx, as tracked formatting changes (accept or reject them in the Review tab).');
  });

  it('fixes a finding all or not at all: a missing style, a paragraph read differently, or two sizes for one run leave it a comment', () => {
    const missing = finding('docx-font', [{ at: { runs: { para: 0, start: 0, end: 3 } }, set: { font: 'Times New Roman' } }, { at: { style: 'Nope' }, set: { font: 'Times New Roman' } }]);
    const a = finding('docx-component-style', [{ at: { runs: { para: 1, start: 0, end: 2 } }, set: { sizePt: 14 } }]);
    const b = finding('docx-component-style', [{ at: { runs: { para: 1, start: 0, end: 2 } }, set: { sizePt: 13 } }]);
    const r = fixFormats(xml, styles, [missing, a, b], options);
    expect(r.fixed).toEqual(new Set([a]));
    expect(r.documentXml).not.toContain('Arial"/><w:rPrChange');
    expect(r.documentXml).toContain('<w:sz w:val="28"/>');
    expect(fixFormats(xml, styles, [a], { ...options, exact: () => false }).fixed.size).toBe(0);
    expect(fixFormats(xml, undefined, [finding('docx-font', [{ at: { defaults: true }, set: { font: 'Times New Roman' } }])], options).fixed.size).toBe(0);
    // Footnotes may take their size from the style too: a size is then set on runs only.
    expect(fixFormats(xml, styles, [finding('docx-component-style', [{ at: { style: 'Body' }, set: { sizePt: 14 } }])], { ...options, notes: true }).fixed.size).toBe(0);
    expect(fixFormats(xml, styles, [finding('docx-font', [{ at: { style: 'Body' }, set: { font: 'Times New Roman' } }])], { ...options, notes: true }).fixed.size).toBe(1);
  });
});

describe('fixLayout: a section without w:pgSz', () => {
  const size: Finding = { ruleId: 'docx-page-size', severity: 'error', message: 'unknown', file: 'x.docx', range: { start: at, end: at }, layoutFix: { pageSize: { w: 210, h: 297 } } };
  it('adds A4 portrait before w:pgMar, into an empty w:sectPr, and a w:sectPr to a body without one', () => {
    const xml = '<w:body><w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="r1"/><w:pgMar w:top="1134"/></w:sectPr></w:pPr></w:p><w:sectPr/></w:body>';
    const { xml: out, changes, fixed } = fixLayout(xml, [size]);
    expect(out).toBe('<w:body><w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="r1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134"/></w:sectPr></w:pPr></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>');
    expect(changes).toHaveLength(2);
    expect(fixed).toEqual(new Set([size]));
    expect(fixLayout('<w:body><w:p/></w:body>', [size]).xml).toBe('<w:body><w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>');
    expect(layoutChangeLines('a.docx', 'a.dvk.docx', [changes[1]!], 'en')).toEqual(['Set the paper size (section 2) in a.dvk.docx: A4 portrait 210 × 297 mm (the file set none; Word would use the machine default).']);
  });
});

// Where a run's font and size come from (the reader's `from`), and the one place --fix-layout
// changes for it: the most specific place that sets it, the runs themselves when two styles or
// pieces set apart share it.
import { describe, expect, it } from 'vitest';
import type { DocxRun } from '../../src/reader/docx/model.js';
import { parseDocxParts } from '../../src/reader/docx/parse.js';
import { placeOf, targetOf } from '../../src/reader/layout/format-fix.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styles = `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>` +
  '<w:style w:type="paragraph" w:styleId="Body"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="Big"><w:rPr><w:sz w:val="24"/></w:rPr></w:style></w:styles>';
const body = (paras: string) => `<w:document ${W}><w:body>${paras}</w:body></w:document>`;
async function runsOf(paras: string): Promise<DocxRun[]> {
  const parts: Record<string, string> = { 'word/document.xml': body(paras), 'word/styles.xml': styles };
  const { paragraphs } = await parseDocxParts(async (name) => parts[name]);
  return paragraphs.flatMap((p) => p.runs);
}

describe('the reader records where run properties come from', () => {
  it('docDefaults, a paragraph style, a character style, the run', async () => {
    const [plain, styled, big, direct] = await runsOf(
      '<w:p><w:r><w:t>a</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>' +
        '<w:p><w:r><w:rPr><w:rStyle w:val="Big"/></w:rPr><w:t>c</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial"/><w:sz w:val="20"/></w:rPr><w:t>d</w:t></w:r></w:p>',
    );
    expect(plain!.from).toEqual({ fonts: { ascii: 'defaults', hAnsi: 'defaults' }, size: 'defaults' });
    expect(placeOf(plain!, [plain!.from!.fonts.ascii])).toBe('defaults');
    expect(styled!.from!.fonts.ascii).toBe('style:Body');
    expect(placeOf(styled!, [styled!.from!.fonts.ascii, 'defaults'])).toBe('style:Body');
    expect(big!.from!.size).toBe('style:Big');
    expect(direct!.from).toMatchObject({ fonts: { ascii: 'direct', hAnsi: 'style:Body' }, size: 'direct' });
    expect(placeOf(direct!, [direct!.from!.fonts.ascii, direct!.from!.fonts.hAnsi])).toBe('direct');
  });

  it('runs read as one but set in different places are fixed on the runs; two styles too', async () => {
    const [merged] = await runsOf('<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>Một </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t>hai</w:t></w:r></w:p>');
    expect(merged!.text).toBe('Một hai');
    expect(merged!.from!.mixed).toBe(true);
    expect(placeOf(merged!, ['style:Body'])).toBe('direct');
    const [one] = await runsOf('<w:p><w:r><w:t>x</w:t></w:r></w:p>');
    expect(placeOf(one!, ['style:A', 'style:B'])).toBe('direct');
    expect(targetOf('direct', { no: 3, start: 10, text: 'x' }, one!)).toEqual({ runs: { para: 2, start: 0, end: 1 } });
    expect(targetOf('style:Body', { no: 3, start: 10, text: 'x' }, one!)).toEqual({ style: 'Body' });
    expect(targetOf('defaults', { no: 3, start: 10, text: 'x' }, one!)).toEqual({ defaults: true });
  });
});

// --fix-layout on the XML: margins a docx-margins finding reports are set to the profile's value
// in every section that has them, history (w:sectPrChange) and other attributes untouched, and
// each change listed in Vietnamese and English.
import { describe, expect, it } from 'vitest';
import type { Finding, MarginSide } from '../../src/report/finding.js';
import { fixLayout, layoutChangeLines } from '../../src/review/layout-fixes.js';

const margin = (side: MarginSide, min: number, max: number, to: number): Finding => ({
  ruleId: 'docx-margins',
  severity: 'error',
  message: `margin ${side}`,
  file: 'x.docx',
  range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  layoutFix: { margin: { side, min, max, to } },
});
const sect = (pgMar: string, inner = '') => `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>${pgMar}${inner}</w:sectPr>`;
const body = (...sections: string[]) => `<w:document><w:body><w:p><w:pPr>${sections[0]}</w:pPr></w:p>${sections.slice(1).join('')}</w:body></w:document>`;

describe('fixLayout', () => {
  it('sets the reported margins to the profile value (twips), keeps the others and every other attribute', () => {
    const xml = body(sect('<w:pgMar w:top="1134" w:right="1417" w:bottom="1134" w:left="1417" w:header="567" w:footer="567" w:gutter="0"/>'));
    const left = margin('left', 30, 35, 30);
    const right = margin('right', 15, 20, 15);
    const other = { ...left, ruleId: 'docx-font', layoutFix: undefined } as Finding;
    const { xml: out, changes, fixed } = fixLayout(xml, [left, right, other]);
    expect(out).toBe(xml.replace('w:right="1417"', 'w:right="850"').replace('w:left="1417"', 'w:left="1701"'));
    expect(changes).toEqual([
      { kind: 'margin', side: 'right', section: 1, sections: 1, fromMm: 25, toMm: 15 },
      { kind: 'margin', side: 'left', section: 1, sections: 1, fromMm: 25, toMm: 30 },
    ]);
    expect(fixed).toEqual(new Set([left, right]));
  });

  it('changes only the sections whose margin is out of range, keeps a negative top negative, never touches w:sectPrChange', () => {
    const history = '<w:sectPrChange w:id="9" w:author="A"><w:sectPr><w:pgMar w:top="567" w:left="567"/></w:sectPr></w:sectPrChange>';
    const xml = body(sect('<w:pgMar w:top="-567" w:left="1701"/>', history), sect('<w:pgMar w:top="1134" w:left="1134"/>'));
    const { xml: out, changes } = fixLayout(xml, [margin('top', 20, 25, 20), margin('left', 30, 35, 30)]);
    expect(out).toContain('<w:pgMar w:top="-1134" w:left="1701"/>');
    expect(out).toContain('<w:pgMar w:top="1134" w:left="1701"/>');
    expect(out).toContain(history);
    expect(changes).toEqual([
      { kind: 'margin', side: 'top', section: 1, sections: 2, fromMm: 10, toMm: 20 },
      { kind: 'margin', side: 'left', section: 2, sections: 2, fromMm: 20, toMm: 30 },
    ]);
  });

  it('changes nothing without a margin finding, and keeps a target inside the range', () => {
    const xml = body(sect('<w:pgMar w:top="1134" w:left="1134"/>'));
    expect(fixLayout(xml, [])).toEqual({ xml, changes: [], fixed: new Set() });
    // A config that moved the range: the value set never leaves it.
    expect(fixLayout(xml, [margin('left', 31, 35, 30)]).xml).toContain(`w:left="${Math.round(31 * (1440 / 25.4))}"`);
  });

  it('sets a portrait page of another size to A4, never a landscape one, and lists it', () => {
    const size: Finding = { ...margin('left', 30, 35, 30), ruleId: 'docx-page-size', layoutFix: { pageSize: { w: 210, h: 297 } } };
    const letter = '<w:pgSz w:w="12240" w:h="15840"/>';
    const landscape = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>';
    const xml = `<w:body><w:p><w:pPr><w:sectPr>${letter}</w:sectPr></w:pPr></w:p><w:sectPr>${landscape}</w:sectPr></w:body>`;
    const { xml: out, changes, fixed } = fixLayout(xml, [size]);
    expect(out).toBe(xml.replace(letter, '<w:pgSz w:w="11906" w:h="16838"/>'));
    expect(changes).toEqual([{ kind: 'pageSize', section: 1, sections: 2, from: [215.9, 279.4], to: [210, 297] }]);
    expect(fixed).toEqual(new Set([size]));
    expect(layoutChangeLines('a.docx', 'a.dvk.docx', changes, 'vi')).toEqual(['Đã đặt khổ giấy (phần 1) trong a.dvk.docx: 210 × 297 mm (trước 215,9 × 279,4 mm).']);
    expect(layoutChangeLines('a.docx', 'a.dvk.docx', changes, 'en')).toEqual(['Set the paper size (section 1) in a.dvk.docx: 210 × 297 mm (was 215.9 × 279.4 mm).']);
  });

  it('lists the changes per section, in Vietnamese and English', () => {
    const changes = [
      { kind: 'margin' as const, side: 'right' as const, section: 1, sections: 1, fromMm: 25, toMm: 15 },
      { kind: 'margin' as const, side: 'left' as const, section: 1, sections: 1, fromMm: 25.5, toMm: 30 },
    ];
    expect(layoutChangeLines('a.docx', 'a.dvk.docx', changes, 'vi')).toEqual(['Đã sửa lề trang trong a.dvk.docx: trái 30 mm (trước 25,5 mm), phải 15 mm (trước 25 mm).']);
    expect(layoutChangeLines('a.docx', 'a.dvk.docx', changes, 'en')).toEqual(['Fixed the page margins in a.dvk.docx: left 30 mm (was 25.5 mm), right 15 mm (was 25 mm).']);
    expect(layoutChangeLines('a.docx', 'a.dvk.docx', [{ ...changes[0]!, section: 2, sections: 2 }], 'vi')).toEqual(['Đã sửa lề trang (phần 2) trong a.dvk.docx: phải 15 mm (trước 25 mm).']);
    expect(layoutChangeLines('a.docx', 'a.dvk.docx', [], 'en')[0]).toContain('found no page margin, paper size, font or size it could fix');
  });
});

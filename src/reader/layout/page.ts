// Page size and margins (NĐ 30, Phụ lục I, mục I.2 and I.4; HD 36 for Party documents), for
// every section of the document: a section break (a landscape table, an appendix) can change
// them in the middle. In a document of several sections each problem is reported once, at the
// first paragraph of the first section that has it, naming the sections that have it.
import type { DocxSection } from '../docx/model.js';
import type { LayoutContext, LayoutIssue } from './check.js';
import { defineLayoutCheck } from './check.js';
import { fmt } from './util.js';

function perSection(ctx: LayoutContext, check: (section: DocxSection, report: (issue: LayoutIssue, key: string) => void) => void) {
  const sections = ctx.source.docx!.sections;
  const found = new Map<string, { issue: LayoutIssue; numbers: number[] }>();
  sections.forEach(({ section, firstParagraph }, i) => {
    check(section, (issue, key) => {
      const entry = found.get(key);
      if (entry) return void entry.numbers.push(i + 1);
      const line = ctx.source.lines[firstParagraph];
      const at = sections.length > 1 && line ? { start: line.start, end: line.start + line.text.length } : {};
      found.set(key, { issue: { ...issue, ...at }, numbers: [i + 1] });
    });
  });
  for (const { issue, numbers } of found.values()) {
    if (sections.length === 1) ctx.report(issue);
    else ctx.report({ ...issue, messageId: `${issue.messageId}Sections`, data: { ...issue.data, sections: numbers.join(', ') } });
  }
}

const inSections = { vi: ' (ở phần {{sections}} của văn bản, tức section trong Word)', en: ' (in section {{sections}} of the document)' };
const withSections = (m: { vi: string; en: string }) => ({ vi: m.vi.replace(/\.$/, '') + inSections.vi + '.', en: m.en.replace(/\.$/, '') + inSections.en + '.' });

const A4 = { w: 210, h: 297 };
const SIZE = { vi: 'Khổ giấy {{w}} × {{h}} mm, không phải A4 (210 × 297 mm). Chọn Bố trí → Kích thước → A4.', en: 'Paper is {{w}} × {{h}} mm, not A4 (210 × 297 mm). Choose Layout → Size → A4.' };
const LANDSCAPE = { vi: 'Trang in ngang; văn bản in dọc (khổ A4 dọc).', en: 'The page is landscape; documents are portrait A4.' };
const UNKNOWN = { vi: 'Tệp không ghi khổ giấy (Word sẽ dùng khổ mặc định của máy, thường là Letter); đặt khổ A4.', en: 'The file sets no paper size (Word uses the machine default, often Letter); set A4.' };
const MARGIN = { vi: 'Lề {{side}} {{value}} mm, ngoài khoảng {{min}}–{{max}} mm của {{profile}}.', en: 'The {{sideEn}} margin is {{value}} mm, outside {{min}}–{{max}} mm ({{profile}}).' };

export const pageSize = defineLayoutCheck({
  meta: {
    id: 'docx-page-size',
    title: { vi: 'Khổ giấy A4, in dọc', en: 'A4 paper, portrait' },
    kind: 'layout',
    description: { vi: 'Văn bản in trên khổ A4 (210 × 297 mm), trang dọc; dvk đọc kích thước trang của từng phần (section) trong tệp .docx.', en: 'The document is printed on A4 (210 × 297 mm), portrait; dvk reads the page size of each section of the .docx file.' },
    systems: ['state', 'party'],
    fix: 'none',
    tags: ['docx', 'trinh-bay'],
    examples: { wrong: 'Layout → Size: Letter (216 × 279 mm)', right: 'Layout → Size: A4 (210 × 297 mm), Orientation: Portrait' },
    severity: 'error',
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục I.2' }, party: { source: 'HD 36-HD/VPTW', where: 'mục khổ giấy' } },
    messages: {
      size: SIZE,
      landscape: LANDSCAPE,
      unknown: UNKNOWN,
      sizeSections: withSections(SIZE),
      landscapeSections: withSections(LANDSCAPE),
      unknownSections: withSections(UNKNOWN),
    },
  },
  run(ctx) {
    perSection(ctx, (s, report) => {
      // No w:pgSz: Word falls back to its own default (Letter in many installs); --fix-layout adds A4 portrait.
      if (s.pageWidthMm === undefined || s.pageHeightMm === undefined) return report({ messageId: 'unknown', layoutFix: { pageSize: { ...A4 } } }, 'unknown');
      if (s.orientation === 'landscape' || s.pageWidthMm > s.pageHeightMm) return report({ messageId: 'landscape' }, 'landscape');
      if (Math.abs(s.pageWidthMm - A4.w) > 1 || Math.abs(s.pageHeightMm - A4.h) > 1) report({ messageId: 'size', data: { w: fmt(s.pageWidthMm), h: fmt(s.pageHeightMm) }, layoutFix: { pageSize: { ...A4 } } }, `size:${s.pageWidthMm}x${s.pageHeightMm}`);
    });
  },
});

const SIDES = { tren: ['top', 'trên'], duoi: ['bottom', 'dưới'], trai: ['left', 'trái'], phai: ['right', 'phải'] } as const;

export const pageMargins = defineLayoutCheck({
  meta: {
    id: 'docx-margins',
    title: { vi: 'Lề trang trong khoảng thể thức cho phép', en: 'Page margins within the allowed range' },
    kind: 'layout',
    description: { vi: 'Lề trang nằm trong khoảng thể thức cho phép (NĐ 30: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm), theo từng phần (section) của tệp .docx.', en: 'Page margins within the ranges the format allows (NĐ 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), per section of the .docx file.' },
    systems: ['state', 'party'],
    fix: 'none',
    tags: ['docx', 'trinh-bay'],
    examples: { wrong: 'Lề trái 25 mm, lề phải 25 mm', right: 'Lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm' },
    severity: 'error',
    // The values are HD 36's kỹ thuật trình bày (the first Party guide “về thể thức và kỹ thuật trình
    // bày”; HD 11-HD/VPTW of 2004 was “về thể thức”, and a handbook's older margins differ): not
    // checked on Party documents dated before it.
    appliesFrom: { party: 'HD 36-HD/VPTW' },
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục I.4' }, party: { source: 'HD 36-HD/VPTW', where: 'mục định lề trang' } },
    messages: { margin: MARGIN, marginSections: withSections(MARGIN) },
  },
  run(ctx) {
    const { profile } = ctx;
    const limits = (profile.gioi_han.le ?? {}) as Record<string, [number, number]>;
    const target = (profile.trang?.le ?? {}) as Record<string, number | undefined>;
    perSection(ctx, (section, report) => {
      for (const [key, [side, vi]] of Object.entries(SIDES)) {
        const value = section.margins[side];
        const range = limits[key];
        if (value === undefined || !range) continue;
        // 0.5 mm of slack: Word stores twips, and 20 mm is 1133.86 of them.
        if (value < range[0] - 0.5 || value > range[1] + 0.5) {
          // The value dvk renders (inside the range): what --fix-layout sets.
          const to = target[key] ?? range[0];
          const layoutFix = { margin: { side, min: range[0], max: range[1], to } };
          report({ messageId: 'margin', data: { side: vi, sideEn: side, value: fmt(value), min: range[0], max: range[1], profile: profile.can_cu.nguon }, layoutFix }, `${side}:${value}`);
        }
      }
    });
  },
});

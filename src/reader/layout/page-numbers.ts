// Page numbers: Arabic, centred in the header, none on the first page (NĐ 30, Phụ lục I, mục
// II.10 and I.5: "không hiển thị số trang thứ nhất"; HD 36 likewise). In Word that is a PAGE
// field in the default header and a "different first page" (w:titlePg) whose header has none.
import { defineLayoutCheck } from './check.js';

export const pageNumbers = defineLayoutCheck({
  meta: {
    id: 'docx-page-number',
    title: { vi: 'Số trang: giữa đầu trang, không đánh ở trang 1', en: 'Page numbers: top centre, none on page 1' },
    kind: 'layout',
    description: { vi: 'Văn bản nhiều trang đánh số trang ở giữa đầu trang, bắt đầu từ trang 2 (trang 1 không có số).', en: 'A multi-page document numbers its pages at the top centre, from page 2 (page 1 has no number).' },
    systems: ['state', 'party'],
    fix: 'none',
    tags: ['docx', 'trinh-bay'],
    examples: { wrong: 'Số trang ở chân trang, có cả trang 1', right: 'Số trang giữa đầu trang; bật “Trang đầu khác”' },
    severity: 'error',
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục II.10' }, party: { source: 'HD 36-HD/VPTW', where: 'mục đánh số trang' } },
    messages: {
      firstPage: {
        vi: 'Trang 1 có số trang. Bật “Trang đầu khác” (Different First Page) ở đầu trang để trang 1 không có số.',
        en: 'Page 1 shows a page number. Turn on “Different First Page” in the header so that page 1 has none.',
      },
      inFooter: { vi: 'Số trang đặt ở chân trang; thể thức đặt ở giữa đầu trang.', en: 'The page number is in the footer; the format puts it at the top centre.' },
      none: {
        vi: 'Văn bản dài nhiều trang nhưng không có số trang (từ trang 2, giữa đầu trang).',
        en: 'A multi-page document without page numbers (from page 2, top centre).',
        },
    },
  },
  run({ source, report }) {
    // Page 1 is in the first section: its "different first page" and its headers decide it.
    const s = source.docx!.section;
    const parts = [...s.headers.map((h) => ({ ...h, footer: false })), ...s.footers.map((f) => ({ ...f, footer: true }))];
    const numbered = parts.filter((p) => p.hasPageField);
    const numberedLater = source.docx!.sections.slice(1).some(({ section }) => [...section.headers, ...section.footers].some((p) => p.hasPageField));
    if (numbered.length === 0) {
      if (numberedLater) return;
      // About 2,500 characters fill an A4 page at 14 pt: only a longer text needs numbers.
      if (source.text.length > 3000) report({ messageId: 'none', severity: 'warning' });
      return;
    }
    const firstPageHasNumber = s.titlePage ? numbered.some((p) => p.type === 'first') : numbered.some((p) => p.type === 'default');
    if (firstPageHasNumber) report({ messageId: 'firstPage' });
    if (numbered.every((p) => p.footer)) report({ messageId: 'inFooter', severity: 'warning' });
  },
});

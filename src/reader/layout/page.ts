// Page size and margins (NĐ 30, Phụ lục I, mục I.2 and I.4; HD 36 for Party documents).
import { defineLayoutCheck } from './check.js';
import { fmt } from './util.js';

const A4 = { w: 210, h: 297 };

export const pageSize = defineLayoutCheck({
  meta: {
    id: 'docx-page-size',
    title: { vi: 'Khổ giấy A4, in dọc', en: 'A4 paper, portrait' },
    severity: 'error',
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục I.2' }, party: { source: 'HD 36-HD/VPTW', where: 'mục khổ giấy' } },
    messages: {
      size: { vi: 'Khổ giấy {{w}} × {{h}} mm, không phải A4 (210 × 297 mm). Chọn Bố trí → Kích thước → A4.', en: 'Paper is {{w}} × {{h}} mm, not A4 (210 × 297 mm). Choose Layout → Size → A4.' },
      landscape: { vi: 'Trang in ngang; văn bản in dọc (khổ A4 dọc).', en: 'The page is landscape; documents are portrait A4.' },
      unknown: { vi: 'Tệp không ghi khổ giấy (Word sẽ dùng khổ mặc định của máy, thường là Letter); đặt khổ A4.', en: 'The file sets no paper size (Word uses the machine default, often Letter); set A4.' },
    },
  },
  run({ source, report }) {
    const s = source.docx!.section;
    if (s.pageWidthMm === undefined || s.pageHeightMm === undefined) return report({ messageId: 'unknown' });
    if (s.orientation === 'landscape' || s.pageWidthMm > s.pageHeightMm) return report({ messageId: 'landscape' });
    if (Math.abs(s.pageWidthMm - A4.w) > 1 || Math.abs(s.pageHeightMm - A4.h) > 1) report({ messageId: 'size', data: { w: fmt(s.pageWidthMm), h: fmt(s.pageHeightMm) } });
  },
});

const SIDES = { tren: ['top', 'trên'], duoi: ['bottom', 'dưới'], trai: ['left', 'trái'], phai: ['right', 'phải'] } as const;

export const pageMargins = defineLayoutCheck({
  meta: {
    id: 'docx-margins',
    title: { vi: 'Lề trang trong khoảng thể thức cho phép', en: 'Page margins within the allowed range' },
    severity: 'error',
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục I.4' }, party: { source: 'HD 36-HD/VPTW', where: 'mục định lề trang' } },
    messages: {
      margin: {
        vi: 'Lề {{side}} {{value}} mm, ngoài khoảng {{min}}–{{max}} mm của {{profile}}.',
        en: 'The {{sideEn}} margin is {{value}} mm, outside {{min}}–{{max}} mm ({{profile}}).',
      },
    },
  },
  run({ source, profile, report }) {
    const margins = source.docx!.section.margins;
    const limits = (profile.gioi_han.le ?? {}) as Record<string, [number, number]>;
    for (const [key, [side, vi]] of Object.entries(SIDES)) {
      const value = margins[side];
      const range = limits[key];
      if (value === undefined || !range) continue;
      // 0.5 mm of slack: Word stores twips, and 20 mm is 1133.86 of them.
      if (value < range[0] - 0.5 || value > range[1] + 0.5) {
        report({ messageId: 'margin', data: { side: vi, sideEn: side, value: fmt(value), min: range[0], max: range[1], profile: profile.can_cu.nguon } });
      }
    }
  },
});

// The printed page (issue 12, items 1–2): the header table stays inside the text area with one
// column split per profile (profiles/*.yaml `dau_trang.bang`), for every example and a fresh
// `dvk new` draft of each type in both systems; a trích yếu or phụ lục title is narrowed so that
// Word and LibreOffice wrap it evenly, never inside a date range, never with one word alone on
// its last line. Measured with the same width table the renderer uses (Times New Roman metrics).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/index.js';
import { balancedWidth, breakUnits, greedyLines, mm, textWidth } from '../../src/render/docx/measure.js';
import { runDvk, tempDir } from '../helpers/cli.js';
import { renderFile, type Para, type Rendered } from './helpers.js';

const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => join('examples', f));
const office = {
  nha_nuoc: ['--he-thong', 'nha_nuoc', '--cap-tren', 'Ủy ban nhân dân tỉnh Thái Nguyên', '--co-quan', 'Sở Khoa học và Công nghệ', '--viet-tat', 'SKHCN'],
  dang: ['--he-thong', 'dang', '--cap-tren', 'Đảng bộ tỉnh Thái Nguyên', '--co-quan', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', '--viet-tat', 'BTGDVTU'],
};
const SUBJECT = 'Tổ chức các hoạt động kỷ niệm 95 năm Ngày truyền thống công tác dân vận (15/10/1930-15/10/2025)';
const drafts: string[] = [];

beforeAll(() => {
  const dir = tempDir('dvk-page-');
  for (const system of ['nha_nuoc', 'dang'] as const) {
    for (const type of ['kehoach', 'huongdan', 'baocao', 'thongbao']) {
      const file = join(dir, `${system}-${type}.yaml`);
      const r = runDvk(['new', type, file, '-y', ...office[system], '--dia-danh', 'Thái Nguyên', '--trich-yeu', SUBJECT, '--ngay', '2026-10-05'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      drafts.push(file);
    }
  }
}, 120_000);

const body = (r: Rendered) => r.document['w:document']['w:body'];
const headerTable = (r: Rendered) => (body(r)['w:tbl'] as any[])[0];
const num = (v: unknown) => Number(v ?? 0);

function textArea(r: Rendered): number {
  const s = body(r)['w:sectPr'];
  return num(s['w:pgSz']['w:w']) - num(s['w:pgMar']['w:left']) - num(s['w:pgMar']['w:right']);
}

describe('header table geometry', () => {
  const splits = new Map<string, Set<string>>();

  it.each([...examples, 'drafts'])('%s: inside the text area, columns as the profile says', async (which) => {
    const files = which === 'drafts' ? drafts : [which];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const r = await renderFile(file);
      const profile = r.profileId;
      const table = headerTable(r);
      const pr = table['w:tblPr'];
      const width = num(pr['w:tblW']['w:w']);
      const cols = (table['w:tblGrid']['w:gridCol'] as any[]).map((c) => num(c['w:w']));
      expect(width, file).toBeLessThanOrEqual(textArea(r));
      expect(cols.reduce((a, b) => a + b, 0), file).toBe(width);
      expect(num(pr['w:tblInd']?.['w:w']), file).toBeGreaterThanOrEqual(0);
      expect(cols[1], file).toBe(mm(loadProfile(profile).dau_trang.bang.cot_phai_mm));
      // The gap between the columns' text: the left cell's right padding plus the right cell's left one.
      const firstRow = (table['w:tr'] as any[])[0]['w:tc'] as any[];
      const gap = num(firstRow[0]['w:tcPr']['w:tcMar']['w:right']['w:w']) + num(firstRow[1]['w:tcPr']['w:tcMar']['w:left']['w:w']);
      expect(gap, file).toBeGreaterThanOrEqual(mm(loadProfile(profile).dau_trang.bang.khoang_giua_mm) - 1);
      if (!splits.has(profile)) splits.set(profile, new Set());
      splits.get(profile)!.add(cols.join('/'));
    }
  });

  it('one split per profile across all examples and drafts', () => {
    expect([...splits.keys()].sort()).toEqual(['dang-hd05', 'dang-hd36', 'nd30']);
    for (const [profile, set] of splits) expect([...set], profile).toHaveLength(1);
  });

  it('a long organ name wraps inside its column instead of widening the table', async () => {
    const r = await renderFile('examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml');
    const left = num((headerTable(r)['w:tblGrid']['w:gridCol'] as any[])[0]['w:w']);
    const organ = r.paras.filter((p) => p.inTable).slice(0, 4).map((p) => p.text);
    expect(organ).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', 'SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ']);
    for (const [text, bold] of [['ỦY BAN NHÂN DÂN', false], ['SỞ KHOA HỌC', true]] as const) expect(textWidth(text, 13, { bold })).toBeLessThan(left);
  });

  it('a DỰ THẢO box ends inside the right margin', async () => {
    const r = await renderFile('examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml');
    const box = r.paras.find((p) => p.text.trim() === 'DỰ THẢO')!;
    expect(num(box.pPr['w:ind']['w:right'])).toBeGreaterThanOrEqual(mm(1));
    expect(num(box.pPr['w:ind']['w:left'])).toBeGreaterThan(0);
  });
});

/** The lines Word makes of a centred title paragraph: greedy wrapping in the width its indents leave. */
function wrapped(r: Rendered, p: Para, sizePt: number): string[] {
  const ind = p.pPr['w:ind'] ?? {};
  const width = textArea(r) - num(ind['w:left']) - num(ind['w:right']);
  return greedyLines(p.text, width, (t) => textWidth(t, sizePt, { bold: true }));
}

function expectGoodBreaks(lines: string[], text: string): void {
  const ranges = breakUnits(text).filter((u) => u.includes(' '));
  for (let i = 0; i < lines.length - 1; i++) {
    // Neither "15/10/1930-" nor "2021 -" at a line end, and no range split over two lines.
    expect(lines[i]).not.toMatch(/\d[-–]$|\d -$/);
    for (const range of ranges) expect(`${lines[i]}\n${lines[i + 1]}`).not.toContain(range.replace(/ ([-–]) /, '\n$1 '));
  }
  if (lines.length > 1) expect(lines.at(-1), `one word alone: ${lines.join(' / ')}`).toMatch(/ /);
}

describe('titles: even lines, never inside a date range', () => {
  it.each([...examples, 'drafts'])('%s', async (which) => {
    const files = which === 'drafts' ? drafts : [which];
    for (const file of files) {
      const r = await renderFile(file);
      const size = 14; // trích yếu: 14 pt bold in all three profiles
      const typeIndex = r.paras.findIndex((p) => !p.inTable && /^(KẾ HOẠCH|HƯỚNG DẪN|BÁO CÁO|THÔNG BÁO)$/.test(p.text));
      const subject = r.paras[typeIndex + 1]!;
      expectGoodBreaks(wrapped(r, subject, size), subject.text);
    }
  });

  it('a range that would fall at the end of a line moves whole to the next one', () => {
    const measure = (t: string) => textWidth(t, 14, { bold: true });
    const text = 'Tổ chức các hoạt động “Tháng cao điểm” thực hiện công tác dân vận nhân kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930-15/10/2023)';
    const full = mm(165 * 0.98);
    const width = balancedWidth(text, full, measure)!;
    expect(width).toBeLessThanOrEqual(full);
    const lines = greedyLines(text, width, measure);
    expectGoodBreaks(lines, text);
    expect(lines.at(-1)).toContain('(15/10/1930-15/10/2023)');
  });

  it('a spaced range ("2021 - 2025") is one unit, and a title that fits is left alone', () => {
    expect(breakUnits('giai đoạn 2021 - 2025 của tỉnh')).toEqual(['giai', 'đoạn', '2021 - 2025', 'của', 'tỉnh']);
    expect(balancedWidth('Lịch làm việc', mm(160), (t) => textWidth(t, 14, { bold: true }))).toBeUndefined();
  });
});

// Size, bold, italic, underline and capitals of each recognised component against the
// profile's `thanh_phan` (NĐ 30, Phụ lục I, bảng mẫu chữ; HD 36, Phụ lục). A style the profile
// leaves out means "không" for the header and signature parts (the date line is italic, not
// bold); body text may carry inline bold/italic, so only its size is checked.
import type { ComponentName, TextStyle } from '../../profile/index.js';
import { TO_WRITE } from '../../shared/placeholders.js';
import type { FormatFix } from '../../report/finding.js';
import type { DocxRun } from '../docx/model.js';
import type { SourceLine } from '../source.js';
import { defineLayoutCheck, type LayoutContext } from './check.js';
import { distinct, placeOf, targetOf, unsureLines } from './format-fix.js';
import { fmt, linesOf, rangeOfLine, rangeOfRun, textRuns } from './util.js';

const NAMES: Partial<Record<ComponentName, { vi: string; en: string }>> = {
  quoc_hieu: { vi: 'Quốc hiệu', en: 'the national title' },
  tieu_ngu: { vi: 'Tiêu ngữ', en: 'the motto' },
  tieu_de_dang: { vi: 'tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”', en: 'the Party header' },
  co_quan_cap_tren: { vi: 'tên cơ quan cấp trên', en: 'the parent organ' },
  co_quan_ban_hanh: { vi: 'tên cơ quan ban hành', en: 'the issuing organ' },
  so_ky_hieu: { vi: 'số, ký hiệu', en: 'the number' },
  dia_danh_ngay: { vi: 'dòng địa danh, ngày tháng', en: 'the place and date line' },
  ten_loai: { vi: 'tên loại văn bản', en: 'the document type' },
  trich_yeu: { vi: 'trích yếu', en: 'the subject' },
  trich_yeu_cong_van: { vi: 'trích yếu công văn (dưới số, ký hiệu)', en: 'the letter’s subject (under the number)' },
  tieu_de_phan: { vi: 'tiêu đề phần (I., II.)', en: 'a part heading (I., II.)' },
  tieu_de_muc: { vi: 'tiêu đề mục (1., 2.)', en: 'an item heading (1., 2.)' },
  tieu_de_tieu_muc: { vi: 'tiêu đề tiểu mục', en: 'a sub-item heading' },
  kinh_gui: { vi: 'dòng kính gửi', en: 'the addressee line' },
  quyen_han: { vi: 'quyền hạn ký (TM., KT., T/M…)', en: 'the signing authority' },
  chuc_vu: { vi: 'chức vụ người ký', en: "the signer's title" },
  ho_ten: { vi: 'họ tên người ký', en: "the signer's name" },
  noi_nhan_nhan: { vi: '“Nơi nhận:”', en: '“Nơi nhận:”' },
  noi_nhan_muc: { vi: 'dòng nơi nhận', en: 'a recipient line' },
  du_thao: { vi: 'dấu “DỰ THẢO”', en: 'the draft mark' },
  dau_mat_khan: { vi: 'dấu mật, khẩn', en: 'the secrecy/urgency mark' },
  noi_dung: { vi: 'nội dung', en: 'body text' },
  can_cu: { vi: 'đoạn mở đầu, căn cứ', en: 'the opening' },
};

/** Body-like parts: inline emphasis is allowed, only the size (within the profile's range) counts. */
const BODY = new Set<ComponentName>(['noi_dung', 'can_cu']);

/**
 * The size --fix-layout may set on each paragraph: the one the profile renders for it, when every
 * component the reader put the paragraph in agrees on it and the reader was sure of it.
 */
function sizeTargets(ctx: LayoutContext, range: [number, number]): Map<number, number | undefined> {
  const unsure = unsureLines(ctx);
  const out = new Map<number, number | undefined>();
  for (const [name, style] of Object.entries(ctx.profile.thanh_phan) as [ComponentName, TextStyle][]) {
    const size = BODY.has(name) ? Math.min(Math.max(style.co, range[0]), range[1]) : style.co;
    // A component sits in one place (a header cell, the signature's cell): a line of it found in
    // another cell than most of its lines (a title read as a recipient line) is not fixed.
    const lines = linesOf(ctx, name);
    const cellOf = (l: SourceLine) => (l.para?.table ? `${l.para.table.index}:${l.para.table.cell}` : '-');
    const counts = new Map<string, number>();
    for (const l of lines) counts.set(cellOf(l), (counts.get(cellOf(l)) ?? 0) + 1);
    const most = [...counts].sort((a, b) => b[1] - a[1]);
    const home = most.length > 1 && most[0]![1] === most[1]![1] ? undefined : most[0]?.[0];
    for (const line of lines) {
      const known = out.has(line.no) ? out.get(line.no) : size;
      out.set(line.no, unsure.has(line.no) || known !== size || cellOf(line) !== home ? undefined : size);
    }
  }
  return out;
}

/**
 * The fix of a run's size: set where its size comes from when every run taking it from there is
 * to get the same size (and no header or footer text might rely on it), otherwise on the run.
 */
function sizeFixer(ctx: LayoutContext, targets: Map<number, number | undefined>) {
  const hasHeaderText = ctx.source.docx!.sections.some(({ section }) => [...section.headers, ...section.footers].some((h) => h.text.trim() !== ''));
  const safe = new Map<string, boolean>();
  const placeSafe = (place: string, size: number): boolean => {
    const key = `${place}|${size}`;
    if (!safe.has(key)) {
      safe.set(key, !hasHeaderText && ctx.source.lines.every((l) => textRuns(l.para).every((r) => r.from?.mixed || r.from?.size !== place || targets.get(l.no) === size)));
    }
    return safe.get(key)!;
  };
  return (line: SourceLine, run: DocxRun, size: number): FormatFix => {
    const place = placeOf(run, [run.from?.size]);
    const at = place !== 'direct' && placeSafe(place, size) ? place : 'direct';
    return { at: targetOf(at, line, run), set: { sizePt: size }, was: `${fmt(run.sizePt!)} pt` };
  };
}

export const componentStyle = defineLayoutCheck({
  meta: {
    id: 'docx-component-style',
    title: { vi: 'Cỡ chữ và kiểu chữ từng thành phần', en: 'Size and style of each component' },
    kind: 'layout',
    description: { vi: 'Cỡ chữ và kiểu chữ (đậm, nghiêng, in hoa) của từng thành phần thể thức (Quốc hiệu, tên cơ quan, số ký hiệu, tên loại, trích yếu, nội dung, chữ ký, nơi nhận…) đúng bảng mẫu chữ của thể thức.', en: 'Size and style (bold, italic, capitals) of each component (national title, organ, number, type, subject, body, signature, recipients…) as the format’s type table sets them.' },
    systems: ['state', 'party'],
    fix: 'none',
    tags: ['docx', 'trinh-bay'],
    examples: { wrong: 'KẾ HOẠCH — cỡ 12, không đậm', right: 'KẾ HOẠCH — cỡ 14, đậm' },
    severity: 'error',
    // The values are HD 36's kỹ thuật trình bày (the first Party guide “về thể thức và kỹ thuật trình
    // bày”; HD 11-HD/VPTW of 2004 was “về thể thức”, and a handbook's older margins differ): not
    // checked on Party documents dated before it.
    appliesFrom: { party: 'HD 36-HD/VPTW' },
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục II (bảng mẫu chữ)' }, party: { source: 'HD 36-HD/VPTW', where: 'Phụ lục (mẫu chữ)' } },
    messages: {
      size: { vi: 'Cỡ chữ của {{part}} là {{actual}} pt; {{profile}} quy định {{expected}} pt.', en: 'The size of {{partEn}} is {{actual}} pt; {{profile}} sets {{expected}} pt.' },
      bodySize: { vi: 'Cỡ chữ nội dung {{actual}} pt, ngoài khoảng {{min}}–{{max}} pt ({{count}} đoạn như vậy).', en: 'Body text is {{actual}} pt, outside {{min}}–{{max}} pt ({{count}} paragraphs like this).' },
      styleOn: { vi: '{{Part}} phải {{style}}: “{{text}}”.', en: '{{PartEn}} must be {{styleEn}}: “{{text}}”.' },
      styleOff: { vi: '{{Part}} không {{style}}: “{{text}}”.', en: '{{PartEn}} must not be {{styleEn}}: “{{text}}”.' },
      upper: { vi: '{{Part}} viết IN HOA: “{{text}}”.', en: '{{PartEn}} is written in capitals: “{{text}}”.' },
    },
  },
  run(ctx) {
    const { profile, report } = ctx;
    const styles = profile.thanh_phan;
    const range = (profile.gioi_han.co_noi_dung as [number, number] | undefined) ?? [13, 14];
    const bodyIssues = new Map<string, { size: number; start: number; end: number; n: number; fixes?: FormatFix[] }>();
    const targets = sizeTargets(ctx, range);
    const sizeFix = sizeFixer(ctx, targets);
    // How many components the reader put each paragraph in: bold and italic are fixed only in a paragraph of one.
    const partsOf = new Map<number, number>();
    for (const name of Object.keys(styles) as ComponentName[]) for (const line of linesOf(ctx, name)) partsOf.set(line.no, (partsOf.get(line.no) ?? 0) + 1);
    // The fixes of every run of the line that is off, or none when the paragraph's size or style is not certain.
    const fixesOf = (line: SourceLine, off: DocxRun[], fix: (r: DocxRun) => FormatFix): { layoutFix: { format: FormatFix[] } } | Record<string, never> =>
      targets.get(line.no) === undefined || off.length === 0 ? {} : { layoutFix: { format: distinct(off.map(fix)) } };
    for (const [name, style] of Object.entries(styles) as [ComponentName, TextStyle][]) {
      const part = NAMES[name] ?? { vi: name, en: name };
      const Part = part.vi.charAt(0).toLocaleUpperCase('vi') + part.vi.slice(1);
      const PartEn = part.en.charAt(0).toUpperCase() + part.en.slice(1);
      for (const line of linesOf(ctx, name)) {
        const runs = textRuns(line.para);
        if (runs.length === 0) continue;
        // A line that is only a number and a placeholder ("3. [CẦN BỔ SUNG: CHẾ ĐỘ BÁO CÁO]") says
        // nothing yet about what it will be (heading or text): no style finding on it.
        if (new RegExp(`^\\S*\\s*\\[${TO_WRITE}[^\\]]*\\][.;:]?$`, 'u').test(line.text.trim())) continue;
        const text = line.text.trim().slice(0, 40);
        if (BODY.has(name)) {
          const bad = runs.find((r) => r.sizePt !== undefined && (r.sizePt < range[0] || r.sizePt > range[1]));
          if (bad) {
            // Paragraphs whose size --fix-layout can set are counted apart from the others (they stay comments).
            const to = targets.get(line.no);
            const key = `${bad.sizePt!}|${to === undefined ? '' : to}`;
            const e = bodyIssues.get(key) ?? { size: bad.sizePt!, ...rangeOfRun(line, bad), n: 0, ...(to === undefined ? {} : { fixes: [] }) };
            e.n++;
            const off = runs.filter((r) => r.sizePt !== undefined && (r.sizePt < range[0] || r.sizePt > range[1]));
            if (to !== undefined) e.fixes?.push(...off.map((r) => sizeFix(line, r, to)));
            bodyIssues.set(key, e);
          }
          continue;
        }
        const wrongSize = runs.find((r) => r.sizePt !== undefined && Math.abs(r.sizePt - style.co) > 0.25);
        if (wrongSize) {
          const off = runs.filter((r) => r.sizePt !== undefined && Math.abs(r.sizePt - style.co) > 0.25);
          report({ messageId: 'size', data: { part: part.vi, partEn: part.en, actual: fmt(wrongSize.sizePt!), expected: fmt(style.co), profile: profile.can_cu.nguon }, ...rangeOfRun(line, wrongSize), ...fixesOf(line, off, (r) => sizeFix(line, r, style.co)) });
        }
        const attrs: [keyof TextStyle, 'bold' | 'italic' | 'underline', string, string][] = [
          ['dam', 'bold', 'in đậm', 'bold'],
          ['nghieng', 'italic', 'in nghiêng', 'italic'],
          ['gach_chan', 'underline', 'gạch chân', 'underlined'],
        ];
        for (const [key, prop, vi, en] of attrs) {
          const want = Boolean(style[key]);
          // Underline is only checked where the profile asks for it (a drawn line is not underline).
          if (key === 'gach_chan' && !want) continue;
          const off = runs.find((r) => r[prop] !== want);
          // Bold and italic are set on the runs themselves (a style's emphasis is shared with text the check does not see); underline is left.
          const fix = prop === 'underline' || (partsOf.get(line.no) ?? 0) > 1 ? {} : fixesOf(line, runs.filter((r) => r[prop] !== want), (r) => ({ at: targetOf('direct', line, r), set: { [prop]: want } }));
          if (off) report({ messageId: want ? 'styleOn' : 'styleOff', data: { Part, PartEn, style: vi, styleEn: en, text }, ...rangeOfRun(line, off), ...fix });
        }
        if (style.in_hoa) {
          // "kiêm" joins two titles of one signer and stays lower case (NĐ 30, Phụ lục I, II.7).
          const lower = runs.find((r) => !r.caps && r.text.replace(/\bkiêm\b/gu, '') !== r.text.replace(/\bkiêm\b/gu, '').toLocaleUpperCase('vi'));
          if (lower) report({ messageId: 'upper', data: { Part, PartEn, text }, ...rangeOfLine(line) });
        }
      }
    }
    for (const { size, ...e } of bodyIssues.values()) report({ messageId: 'bodySize', data: { actual: fmt(size), min: range[0], max: range[1], count: e.n }, start: e.start, end: e.end, ...(e.fixes?.length ? { layoutFix: { format: distinct(e.fixes) } } : {}) });
  },
});

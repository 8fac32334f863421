// The short rule lines of the header and the Party "*" (NĐ 30, Phụ lục I, II.1–2: a line under
// the Tiêu ngữ and under the issuing organ; HD 36: a line under "ĐẢNG CỘNG SẢN VIỆT NAM" and a
// "*" under the organ). A rule line is a bottom border on the paragraph or on an empty one right
// after it, a drawn shape there, or a typed line of dashes/underscores.
//
// Where the profile gives the length (dau_trang.gach_duoi_phai: as long as the Tiêu ngữ or the
// Party header line; ti_le_gach_co_quan: a share of the organ name, NĐ 30 allowing 1/3–1/2),
// the line is measured: a border spans the paragraph (the table cell, or the page between the
// margins, less the indents), a drawn shape has its width in the file, an underline is as long
// as the words under it. The text is measured in Times New Roman metrics, like dvk render does.
// Hand-drawn lines are never exact, so a length is a warning and only outside a margin
// (right line: ±15 % of the text; organ line: 30–55 % of the name). A typed line of dashes is
// not measured.
import type { ComponentName } from '../../profile/index.js';
import { textWidth } from '../../shared/text-width.js';
import type { SourceLine } from '../source.js';
import { defineLayoutCheck, type LayoutContext } from './check.js';
import { fmt, linesOf, rangeOfLine, textRuns } from './util.js';

const TWIP_PER_MM = 1440 / 25.4;

/** Width in mm of the lines' text as set (size and bold of their first visible run). */
function textWidthMm(ctx: LayoutContext, line: SourceLine, component: ComponentName): number {
  const run = textRuns(line.para)[0];
  const size = run?.sizePt ?? ctx.profile.thanh_phan[component]?.co ?? 13;
  // A line break inside the paragraph (read as a tab) starts a new printed line: the widest counts.
  return Math.max(...line.text.split('\t').map((piece) => textWidth(piece.trim(), size, { bold: run?.bold ?? false, italic: run?.italic ?? false }))) / TWIP_PER_MM;
}

/** The length in mm of the rule under `line`, when it can be measured. */
function ruleLengthMm(ctx: LayoutContext, line: SourceLine): number | undefined {
  const spanOf = (l: SourceLine): number | undefined => {
    const p = l.para!;
    const section = ctx.source.docx!.section;
    const page = section.pageWidthMm !== undefined && section.margins.left !== undefined && section.margins.right !== undefined ? section.pageWidthMm - section.margins.left - section.margins.right : undefined;
    const room = p.table ? p.table.innerMm : page;
    return room === undefined ? undefined : room - 10 * ((p.leftCm ?? 0) + (p.rightCm ?? 0));
  };
  const p = line.para!;
  if (p.borderBottom) return spanOf(line);
  if (p.shapeWidthsMm?.length) return p.shapeWidthsMm[0];
  const underlined = p.runs.filter((r) => r.underline && r.text.trim() !== '');
  if (underlined.length) return underlined.reduce((sum, r) => sum + textWidth(r.text.trim(), r.sizePt ?? 13, { bold: r.bold, italic: r.italic }) / TWIP_PER_MM, 0);
  const next = ctx.source.lines[line.no];
  if (!next?.para || JSON.stringify(next.para.table) !== JSON.stringify(p.table) || next.text.trim() !== '') return undefined;
  if (next.para.borderBottom || next.para.borderTop) return spanOf(next);
  return next.para.shapeWidthsMm?.[0];
}

function hasRuleUnder(ctx: LayoutContext, line: SourceLine): boolean {
  const p = line.para!;
  if (p.borderBottom || p.hasShape || p.runs.some((r) => r.underline && r.text.trim() !== '')) return true;
  const next = ctx.source.lines[line.no] ;
  if (!next?.para) return false;
  const sameCell = JSON.stringify(next.para.table) === JSON.stringify(p.table);
  if (!sameCell) return false;
  return next.para.borderTop || ((next.text.trim() === '' || /^[-_–—]{3,}$/.test(next.text.trim())) && (next.para.borderBottom || next.para.hasShape || /^[-_–—]{3,}$/.test(next.text.trim())));
}

export const ruleLines = defineLayoutCheck({
  meta: {
    id: 'docx-rule-lines',
    title: { vi: 'Đường kẻ dưới tiêu ngữ, tiêu đề và tên cơ quan', en: 'Rule lines under the motto, header and organ' },
    kind: 'layout',
    description: { vi: 'Có đường kẻ ngang nét liền dưới Tiêu ngữ (văn bản Nhà nước) hoặc dưới tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” (văn bản Đảng), và dưới tên cơ quan ban hành của văn bản Nhà nước, dài đúng tỉ lệ thể thức quy định so với dòng chữ phía trên.', en: 'A solid rule line under the motto (State) or under “ĐẢNG CỘNG SẢN VIỆT NAM” (Party), and under the issuing organ of a State document, as long as the format sets relative to the text above it.' },
    systems: ['state', 'party'],
    fix: 'none',
    tags: ['docx', 'trinh-bay'],
    examples: { wrong: 'Độc lập - Tự do - Hạnh phúc   (không có đường kẻ dưới)', right: 'Độc lập - Tự do - Hạnh phúc\n──────────────────────────' },
    severity: 'error',
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục II.1–2' }, party: { source: 'HD 36-HD/VPTW', where: 'mục tiêu đề, tên cơ quan ban hành' } },
    messages: {
      missing: { vi: 'Thiếu đường kẻ ngang dưới {{part}} (“{{text}}”).', en: 'No rule line under {{partEn}} (“{{text}}”).' },
      starNotAlone: { vi: 'Dấu “*” dưới tên cơ quan phải đứng riêng một dòng, căn giữa.', en: 'The “*” under the organ stands alone on its line, centred.' },
      lengthLike: {
        vi: 'Đường kẻ dưới {{part}} dài {{actual}} mm; {{profile}} quy định dài bằng dòng “{{text}}” (khoảng {{expected}} mm).',
        en: 'The rule under {{partEn}} is {{actual}} mm long; {{profile}} makes it as long as “{{text}}” (about {{expected}} mm).',
      },
      lengthRatio: {
        vi: 'Đường kẻ dưới tên cơ quan ban hành dài {{actual}} mm, bằng {{percent}}% tên cơ quan ({{name}} mm); {{profile}}: từ 1/3 đến 1/2 độ dài tên (thể thức dùng {{ratio}}%).',
        en: 'The rule under the issuing organ is {{actual}} mm, {{percent}}% of the name ({{name}} mm); {{profile}}: 1/3 to 1/2 of the name (the profile uses {{ratio}}%).',
      },
    },
  },
  run(ctx) {
    const { profile, report } = ctx;
    const want: [ComponentName, { vi: string; en: string }][] =
      profile.he_thong === 'dang'
        ? [['tieu_de_dang', { vi: 'tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”', en: 'the Party header' }]]
        : [
            ['tieu_ngu', { vi: 'Tiêu ngữ', en: 'the motto' }],
            ['co_quan_ban_hanh', { vi: 'tên cơ quan ban hành', en: 'the issuing organ' }],
          ];
    const dau = profile.dau_trang;
    const source = profile.can_cu.nguon;
    for (const [name, part] of want) {
      const lines = linesOf(ctx, name);
      const last = lines.at(-1);
      if (!last) continue;
      if (!hasRuleUnder(ctx, last)) {
        report({ messageId: 'missing', data: { part: part.vi, partEn: part.en, text: last.text.trim() }, ...rangeOfLine(last) });
        continue;
      }
      const length = ruleLengthMm(ctx, last);
      if (length === undefined) continue;
      if (name === 'co_quan_ban_hanh') {
        const ratio = dau.ti_le_gach_co_quan;
        if (dau.duoi_co_quan !== 'gach' || ratio === undefined) continue;
        const nameMm = Math.max(...lines.map((l) => textWidthMm(ctx, l, name)));
        const share = length / nameMm;
        if (share < 0.3 || share > 0.55) {
          report({ messageId: 'lengthRatio', severity: 'warning', data: { actual: fmt(length), percent: Math.round(share * 100), name: fmt(nameMm), profile: source, ratio: Math.round(ratio * 100) }, ...rangeOfLine(last) });
        }
      } else {
        const expected = textWidthMm(ctx, last, name);
        if (Math.abs(length - expected) > 0.15 * expected) {
          report({ messageId: 'lengthLike', severity: 'warning', data: { part: part.vi, partEn: part.en, actual: fmt(length), expected: fmt(expected), text: last.text.trim(), profile: source }, ...rangeOfLine(last) });
        }
      }
    }
    if (profile.he_thong === 'dang') {
      const star = ctx.source.lines.find((l) => l.text.trim() === '*');
      if (star?.para && star.para.align !== 'center') report({ messageId: 'starNotAlone', ...rangeOfLine(star) });
    }
  },
});

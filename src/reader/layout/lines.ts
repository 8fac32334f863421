// The short rule lines of the header and the Party "*" (NĐ 30, Phụ lục I, II.1–2: a line under
// the Tiêu ngữ and under the issuing organ; HD 36: a line under "ĐẢNG CỘNG SẢN VIỆT NAM" and a
// "*" under the organ). A rule line is a bottom border on the paragraph or on an empty one right
// after it, a drawn shape there, or a typed line of dashes/underscores.
import type { ComponentName } from '../../profile/index.js';
import type { SourceLine } from '../source.js';
import { defineLayoutCheck, type LayoutContext } from './check.js';
import { linesOf, rangeOfLine } from './util.js';

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
    severity: 'error',
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục II.1–2' }, party: { source: 'HD 36-HD/VPTW', where: 'mục tiêu đề, tên cơ quan ban hành' } },
    messages: {
      missing: { vi: 'Thiếu đường kẻ ngang dưới {{part}} (“{{text}}”).', en: 'No rule line under {{partEn}} (“{{text}}”).' },
      starNotAlone: { vi: 'Dấu “*” dưới tên cơ quan phải đứng riêng một dòng, căn giữa.', en: 'The “*” under the organ stands alone on its line, centred.' },
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
    for (const [name, part] of want) {
      const lines = linesOf(ctx, name);
      const last = lines.at(-1);
      if (!last) continue;
      if (!hasRuleUnder(ctx, last)) report({ messageId: 'missing', data: { part: part.vi, partEn: part.en, text: last.text.trim() }, ...rangeOfLine(last) });
    }
    if (profile.he_thong === 'dang') {
      const star = ctx.source.lines.find((l) => l.text.trim() === '*');
      if (star?.para && star.para.align !== 'center') report({ messageId: 'starNotAlone', ...rangeOfLine(star) });
    }
  },
});

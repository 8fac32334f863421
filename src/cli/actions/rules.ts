// The work behind `dvk rules`: the catalog as a table (or JSON for tools).
import { catalogMetas } from '../../lint/catalog.js';
import { docsUrlFor } from '../../lint/docs-page.js';
import type { RuleMeta } from '../../lint/rule.js';
import type { Lang } from '../../i18n/index.js';
import type { CliContext } from '../context.js';

const heading = {
  vi: ['Quy tắc', 'Mức độ', 'Hệ thống', 'Tự sửa', 'Mô tả'],
  en: ['Rule', 'Severity', 'Systems', 'Fixable', 'Title'],
};
const severityName = { error: { vi: 'lỗi', en: 'error' }, warning: { vi: 'cảnh báo', en: 'warning' }, info: { vi: 'gợi ý', en: 'info' } } as const;
const systemName = { state: { vi: 'Nhà nước', en: 'State' }, party: { vi: 'Đảng', en: 'Party' } } as const;

export function ruleRow(meta: RuleMeta, lang: Lang): string[] {
  const systems = meta.systems.map((s) => systemName[s][lang]).join(', ') + (meta.profiles ? ` (${meta.profiles.join(', ')})` : '');
  const fixable = meta.fix === 'safe' ? (lang === 'vi' ? 'có' : 'yes') : meta.fix === 'suggestion' ? (lang === 'vi' ? 'gợi ý' : 'suggestion') : '';
  return [meta.id, severityName[meta.severity][lang], systems, fixable, meta.title[lang]];
}

export function runRules(options: { format: 'table' | 'json' }, ctx: CliContext): number {
  const metas = catalogMetas();
  if (options.format === 'json') {
    const rows = metas.map((m) => ({
      id: m.id,
      kind: m.kind ?? 'plan',
      severity: m.severity,
      systems: m.systems,
      ...(m.profiles ? { profiles: m.profiles } : {}),
      fixable: m.fix === 'safe',
      fix: m.fix,
      title: m.title[ctx.lang],
      description: m.description[ctx.lang],
      tags: m.tags,
      basis: m.basis,
      ...(m.options ? { options: m.options } : {}),
      docsUrl: docsUrlFor(m.id),
    }));
    ctx.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const rows = [heading[ctx.lang], ...metas.map((m) => ruleRow(m, ctx.lang))];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ').trimEnd();
  const out = [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  out.push('', ctx.lang === 'vi' ? `${metas.length} quy tắc. Xem chi tiết: dvk explain <quy-tắc>` : `${metas.length} rules. Details: dvk explain <rule>`);
  ctx.stdout(`${out.join('\n')}\n`);
  return 0;
}

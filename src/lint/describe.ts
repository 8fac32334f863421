// One rule in words, from its meta: used by `dvk explain` (text) and scripts/gen-rule-docs
// (Markdown for docs/rules/<id>.md), so the terminal and the docs always say the same.
import type { Lang } from '../i18n/index.js';
import { legalText } from '../profile/in-force.js';
import { displayDate } from '../shared/dates.js';
import { rulePage } from './docs-page.js';
import type { RuleMeta, RuleSystem } from './rule.js';

const words = {
  vi: {
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'gợi ý' },
    system: { state: 'Nhà nước', party: 'Đảng' },
    fix: { safe: 'có (`dvk lint --fix`)', suggestion: 'chỉ gợi ý, người soạn xác nhận', none: 'không' },
    olderText: 'văn bản ban hành khi {{text}} còn hiệu lực', appliesFrom: 'Áp dụng từ', datedFrom: 'văn bản ngày {{date}} trở đi ({{text}})', before: 'văn bản ngày trước đó: dvk không kiểm tra quy tắc này; văn bản không ghi ngày: theo quy định hiện hành',
    what: 'Kiểm tra gì', why: 'Căn cứ', applies: 'Áp dụng cho', defaultSeverity: 'Mức độ mặc định', fixable: 'Tự sửa',
    wrong: 'Sai', right: 'Đúng', profiles: 'chỉ thể thức', config: 'Cấu hình (dvk.config.yaml)', suppress: 'Tắt tại chỗ (phải ghi lý do)',
    reason: 'lý do',
    options: 'Tùy chọn (quy_tac: { <mã>: { tuy_chon } }), theo JSON Schema',
    inDocument: 'Chỉ thị chỉ đặt được trong kế hoạch YAML; với văn bản .txt/.docx, dùng quy_tac.',
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    system: { state: 'State', party: 'Party' },
    fix: { safe: 'yes (`dvk lint --fix`)', suggestion: 'suggestion only, confirmed by the drafter', none: 'no' },
    olderText: 'documents issued while {{text}} was in force', appliesFrom: 'Applies from', datedFrom: 'documents dated {{date}} or later ({{text}})', before: 'on older documents dvk does not check this rule; a document without a date is judged by today\'s rules',
    what: 'What it checks', why: 'Legal basis', applies: 'Applies to', defaultSeverity: 'Default severity', fixable: 'Fixable',
    wrong: 'Wrong', right: 'Right', profiles: 'only profiles', config: 'Configuration (dvk.config.yaml)', suppress: 'Suppress in place (a reason is required)',
    reason: 'reason',
    options: 'Options (quy_tac: { <id>: { tuy_chon } }), as JSON Schema',
    inDocument: 'Directives live in YAML plans only; for .txt/.docx documents, use quy_tac.',
  },
} as const;

export function describeRule(meta: RuleMeta, lang: Lang, style: 'text' | 'markdown'): string {
  const w = words[lang];
  const md = style === 'markdown';
  const systems = meta.systems.map((s) => w.system[s]).join(', ') + (meta.profiles ? ` (${w.profiles} ${meta.profiles.join(', ')})` : '');
  // A basis may also be keyed by a profile id (`dang-hd05`), shown as it is.
  // A key naming an older text (`'TT 01/2011/TT-BNV'`) is what documents of its time cite.
  const basisLabel = (key: string): string => {
    const text = legalText(key);
    if (text) return `${w.system[text.system]}, ${w.olderText.replace('{{text}}', key)}`;
    return w.system[key as RuleSystem] ?? key;
  };
  const basis = (Object.entries(meta.basis) as [string, { source: string; where: string }][]).map(([s, b]) => `${basisLabel(s)}: ${b.source}, ${b.where}`);
  // Examples of plan and input ids are YAML; those of the reader and the layout checks are document text.
  const fence = meta.kind === 'layout' || meta.kind === 'reader' ? 'text' : 'yaml';
  const code = (example: string, lang = fence) => (md ? ['```' + lang, example, '```'] : example.split('\n').map((l) => `    ${l}`));
  const inDocument = meta.kind === 'layout' || meta.kind === 'reader';
  // From when the rule applies (src/profile/in-force.ts has the dates; HD 05's may be moved by the config).
  const since = (Object.entries(meta.appliesFrom ?? {}) as [RuleSystem, string][]).map(([system, name]) => {
    const text = legalText(name);
    const date = text ? displayDate(text.from, 'vi') : '?';
    return `${w.system[system]}: ${w.datedFrom.replace('{{date}}', date).replace('{{text}}', name)}`;
  });
  const h = (title: string) => (md ? `## ${title}` : `${title}:`);
  const lines = [
    md ? `# \`${meta.id}\` — ${meta.title[lang]}` : `${meta.id} — ${meta.title[lang]}`,
    '',
    h(w.what),
    meta.description[lang],
    '',
    `${md ? '- ' : ''}${w.applies}: ${systems}`,
    `${md ? '- ' : ''}${w.defaultSeverity}: ${w.severity[meta.severity]}`,
    `${md ? '- ' : ''}${w.fixable}: ${w.fix[meta.fix]}`,
    ...(since.length ? [`${md ? '- ' : ''}${w.appliesFrom}: ${since.join('; ')}; ${w.before}`] : []),
    '',
    h(w.why),
    ...basis.map((b) => `- ${b}`),
    '',
    h(w.wrong),
    ...code(meta.examples.wrong),
    '',
    h(w.right),
    ...code(meta.examples.right),
    '',
    h(w.config),
    ...code(`quy_tac:\n  ${meta.id}: off        # off | info | warning | error`, 'yaml'),
    ...(meta.options ? ['', h(w.options), ...code(JSON.stringify(meta.options, null, 2), 'json')] : []),
    '',
    h(w.suppress),
    ...code(`# dvk-disable-next-line ${meta.id} -- <${w.reason}>`, 'yaml'),
    ...(inDocument ? [w.inDocument] : []),
  ];
  return `${lines.join('\n')}\n`;
}

const severityVi = { error: 'lỗi', warning: 'cảnh báo', info: 'gợi ý' } as const;
const kindVi = { plan: 'kế hoạch', run: 'cả lượt kiểm tra', layout: 'tệp .docx', reader: 'đọc văn bản', input: 'đầu vào' } as const;
const systemVi = { state: 'Nhà nước', party: 'Đảng' } as const;

/** The generated pages of docs/rules/: `<id>.md` for each rule and `README.md` (the catalog). */
export function renderRuleDocs(metas: RuleMeta[]): Map<string, string> {
  const pages = new Map<string, string>();
  const notice = '<!-- Sinh tự động từ meta của quy tắc: node --import tsx scripts/gen-rule-docs.ts — đừng sửa tay. -->';
  for (const meta of metas) {
    const english = [
      '---',
      '',
      `**English.** ${meta.title.en}. ${meta.description.en}`,
      '',
    ];
    pages.set(rulePage(meta.id), `${notice}\n${describeRule(meta, 'vi', 'markdown')}\n${english.join('\n')}`);
  }
  const rows = metas.map((m) => {
    const systems = m.systems.map((s) => systemVi[s]).join(', ') + (m.profiles ? ` (${m.profiles.join(', ')})` : '');
    return `| [\`${m.id}\`](${rulePage(m.id)}) | ${kindVi[m.kind ?? 'plan']} | ${severityVi[m.severity]} | ${systems} | ${m.fix === 'safe' ? 'có' : m.fix === 'suggestion' ? 'gợi ý' : ''} | ${m.title.vi.replace(/\|/g, '\\|')} |`;
  });
  pages.set(
    'README.md',
    [
      notice,
      '# Các quy tắc kiểm tra của dvk',
      '',
      `${metas.length} quy tắc, theo thứ tự của \`dvk rules\`. Mức độ là mặc định; đổi hoặc tắt trong \`dvk.config.yaml\` (\`quy_tac\`). “Tự sửa”: \`dvk lint --fix\` sửa được một cách an toàn.`,
      '',
      '“Nguồn”: kế hoạch (quy tắc trên một kế hoạch), cả lượt kiểm tra (so các văn bản với nhau), tệp .docx (kiểm tra trình bày), đọc văn bản (do bộ đọc .txt/.docx báo), đầu vào (YAML, cấu hình, chỉ thị).',
      '',
      '| Quy tắc | Nguồn | Mức độ | Hệ thống | Tự sửa | Mô tả |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
  return pages;
}

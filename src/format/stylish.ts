// Human output for a terminal: file:line:column, severity, message, rule id, and a short code
// frame under each finding so the clerk sees the line without opening the file.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/index.js';
import type { RuleMeta } from '../lint/rule.js';
import { sortFindings, type Finding, type RunReport, type Severity } from '../report/finding.js';
import { escapeControls, showControls } from '../shared/terminal.js';

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Show a code frame under each finding (stylish only). */
  codeFrame?: boolean;
  /** The command offers --fix, so say how many findings it could fix. */
  fixHint?: boolean;
  /** Rule metadata, for formatters that describe rules (SARIF). */
  rules?: RuleMeta[];
  /** Base for relative paths in machine formats (defaults to process.cwd()). */
  cwd?: string;
}

const severityLabel: Record<Severity, Record<Lang, string>> = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'gợi ý', en: 'info' },
};

/** Lines longer than this are shown as a window around the finding. */
const FRAME_WIDTH = 100;
const FRAME_CONTEXT = 30;

/**
 * The lines around a finding. `source` is the file's text, or its lines split once per file: a
 * file with thousands of findings must not be split again for each (findings × file size).
 */
/** CRLF, LF and a lone CR (old Mac files) each end a line, as they do for the YAML loader. */
const splitLines = (source: string): string[] => source.split(/\r\n|\r|\n/);

export function codeFrame(source: string | readonly string[], finding: Finding, c: ChalkInstance): string {
  const lines = typeof source === 'string' ? splitLines(source) : source;
  const { line, column } = finding.range.start;
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  // A folded paragraph read from .txt/.docx can be one 600-character line: show a window of it
  // around the finding, the same window on every line of the frame.
  const from = Math.max(0, column - 1 - FRAME_CONTEXT);
  const clip = (text: string): string => {
    if (text.length <= FRAME_WIDTH) return text;
    const slice = text.slice(from, from + FRAME_WIDTH);
    return `${from > 0 ? '…' : ''}${slice}${from + FRAME_WIDTH < text.length ? '…' : ''}`;
  };
  // Columns on the finding's line move left by what the window cut off (less the '…' it adds).
  const shift = (lines[line - 1] ?? '').length > FRAME_WIDTH && from > 0 ? from - 1 : 0;
  for (let n = first; n <= last; n++) {
    // Control characters from the plan are shown, never sent to the terminal (src/shared/terminal.ts).
    const text = showControls(clip((lines[n - 1] ?? '').replace(/\t/g, '→')));
    const gutter = `${String(n).padStart(width)} | `;
    out.push(n === line ? `${c.red('>')} ${c.dim(gutter)}${text}` : `  ${c.dim(gutter)}${text}`);
    if (n === line) {
      const endColumn = (finding.range.end.line === line ? finding.range.end.column : (lines[n - 1] ?? '').length + 1) - shift;
      const length = Math.max(1, Math.min(endColumn, text.length + 1) - (column - shift));
      out.push(`  ${c.dim(`${' '.repeat(width)} | `)}${' '.repeat(Math.max(0, column - 1 - shift))}${c.red('^'.repeat(length))}`);
    }
  }
  return out.join('\n');
}

export function formatStylish(report: RunReport, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const colorOf: Record<Severity, ChalkInstance> = { error: c.red, warning: c.yellow, info: c.cyan };
  const out: string[] = [];
  const total = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const name = escapeControls(file.file);
    out.push(c.underline(name));
    const lines = options.codeFrame !== false && file.source !== undefined ? splitLines(file.source) : undefined;
    for (const f of sortFindings(file.findings)) {
      total[f.severity]++;
      if (f.fix) fixable++;
      const where = `${name}:${f.range.start.line}:${f.range.start.column}`;
      out.push(`  ${c.dim(where)}  ${colorOf[f.severity](severityLabel[f.severity][options.lang])}  ${escapeControls(f.message)}  ${c.dim(f.ruleId)}`);
      if (f.basis) out.push(`      ${c.dim(`${options.lang === 'vi' ? 'Căn cứ' : 'Basis'}: ${f.basis.source}, ${f.basis.where}`)}`);
      if (lines) out.push(codeFrame(lines, f, c).replace(/^/gm, '    '));
    }
    out.push('');
  }
  const problems = total.error + total.warning + total.info;
  if (problems === 0) {
    const n = report.files.length;
    out.push(c.green(options.lang === 'vi' ? `✓ ${n} tệp, không có vấn đề nào.` : `✓ ${n} file(s), no problems.`));
  } else {
    out.push(
      options.lang === 'vi'
        ? `${c.bold(`✖ ${problems} vấn đề`)} (${total.error} lỗi, ${total.warning} cảnh báo, ${total.info} gợi ý) trong ${report.files.length} tệp.`
        : `${c.bold(`✖ ${problems} problem(s)`)} (${total.error} error(s), ${total.warning} warning(s), ${total.info} info) in ${report.files.length} file(s).`,
    );
    if (fixable > 0 && options.fixHint) {
      out.push(options.lang === 'vi' ? `  ${fixable} vấn đề có thể sửa tự động bằng \`--fix\`.` : `  ${fixable} problem(s) can be fixed with \`--fix\`.`);
    }
  }
  return `${out.join('\n')}\n`;
}


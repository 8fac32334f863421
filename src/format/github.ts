// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { sortFindings, type RunReport, type Severity } from '../report/finding.js';
import { escapeControls } from '../shared/terminal.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message part: %, CR and LF must be escaped; other control characters are shown as <U+001B> (the log is a terminal). */
export const escapeData = (s: string): string => escapeControls(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
/** A property value: also ':' and ','. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: RunReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of sortFindings(file.findings)) {
      const { start, end } = f.range;
      const props = [`file=${escapeProperty(f.file || file.file)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, `title=${escapeProperty(f.ruleId)}`];
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

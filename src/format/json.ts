// Machine output. The shape is documented in docs/json-output.md and kept stable: one object
// per file with its findings (sorted), counts, and whether the file was unusable.
import { countBySeverity, sortFindings, type RunReport } from '../report/finding.js';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(report: RunReport): string {
  const files = report.files.map((file) => {
    const counts = countBySeverity(file.findings);
    return {
      file: file.file,
      unusable: Boolean(file.unusable || file.findings.some((f) => f.fatal)),
      errorCount: counts.error,
      warningCount: counts.warning,
      infoCount: counts.info,
      fixableCount: file.findings.filter((f) => f.fix).length,
      findings: sortFindings(file.findings).map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.range.start.line,
        column: f.range.start.column,
        endLine: f.range.end.line,
        endColumn: f.range.end.column,
        ...(f.path ? { path: f.path } : {}),
        ...(f.fatal ? { fatal: true } : {}),
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.suggestions ? { suggestions: f.suggestions } : {}),
        ...(f.basis ? { basis: f.basis } : {}),
        ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}),
        ...(f.related ? { related: f.related.map((r) => ({ file: r.file, line: r.range.start.line, column: r.range.start.column, message: r.message })) } : {}),
      })),
      ...(file.output !== undefined ? { output: file.output } : {}),
    };
  });
  return `${JSON.stringify({ version: JSON_FORMAT_VERSION, files }, null, 2)}\n`;
}

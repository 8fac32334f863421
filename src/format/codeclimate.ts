// GitLab Code Quality (the Code Climate issue format GitLab reads from `artifacts: reports:
// codequality`): a JSON array, one issue per finding, with the fields GitLab requires —
// description, check_name, fingerprint, severity, location.path and location.lines.begin.
// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
// The fingerprint is what GitLab compares between the base and the merge request to say which
// problems are new: it hashes the file, the rule, the message and the occurrence, not the line,
// so a problem does not look new when lines above it move.
import { createHash } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import { sortFindings, type Finding, type RunReport } from '../report/finding.js';

type CodeClimateSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** Errors are major, warnings minor, information info; an unusable file blocks. */
function severityOf(f: Finding): CodeClimateSeverity {
  if (f.fatal) return 'blocker';
  return f.severity === 'error' ? 'major' : f.severity === 'warning' ? 'minor' : 'info';
}

/** Relative to where dvk runs (the repository root in CI), '/' separators. */
function pathOf(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return rel.split(/[\\/]/).filter((s) => s !== '.').join('/');
}

export interface CodeClimateIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: CodeClimateSeverity;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

export function formatCodeClimate(report: RunReport, options: { cwd?: string } = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const issues: CodeClimateIssue[] = [];
  const seen = new Map<string, number>();
  for (const file of report.files) {
    for (const f of sortFindings(file.findings)) {
      const path = pathOf(f.file || file.file, cwd);
      const base = `${path}\u0000${f.ruleId}\u0000${f.message}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      issues.push({
        type: 'issue',
        check_name: f.ruleId,
        description: f.message,
        categories: [f.ruleId.startsWith('schema/') || f.ruleId.startsWith('yaml/') || f.fatal ? 'Bug Risk' : 'Style'],
        severity: severityOf(f),
        fingerprint: createHash('md5').update(`${base}\u0000${n}`).digest('hex'),
        location: { path, lines: { begin: f.range.start.line, end: Math.max(f.range.start.line, f.range.end.line) } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}

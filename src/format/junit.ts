// JUnit XML for CI dashboards: one testsuite per file, one failing testcase per finding, or one
// passing testcase for a clean file (so the dashboard counts every plan).
import { countBySeverity, sortFindings, type RunReport } from '../report/finding.js';

/** XML text/attribute escaping, dropping characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(report: RunReport): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const file of report.files) {
    const findings = sortFindings(file.findings);
    const name = escapeXml(file.file);
    const cases: string[] = [];
    for (const f of findings) {
      const where = `${f.range.start.line}:${f.range.start.column}`;
      const detail = escapeXml(`${file.file}:${where} ${f.severity} ${f.message} (${f.ruleId})`);
      cases.push(
        `    <testcase classname="${name}" name="${escapeXml(`${f.ruleId} ${where}`)}" time="0">\n      <failure message="${escapeXml(f.message)}" type="${f.severity}">${detail}</failure>\n    </testcase>`,
      );
    }
    if (findings.length === 0) cases.push(`    <testcase classname="${name}" name="dvk lint" time="0"/>`);
    const n = Math.max(1, findings.length);
    tests += n;
    failures += findings.length;
    const c = countBySeverity(findings);
    suites.push(
      `  <testsuite name="${name}" tests="${n}" failures="${findings.length}" errors="${file.unusable ? 1 : 0}" skipped="0" time="0">\n    <properties><property name="errors" value="${c.error}"/><property name="warnings" value="${c.warning}"/><property name="infos" value="${c.info}"/></properties>\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  out.push(`<testsuites name="dvk lint" tests="${tests}" failures="${failures}" errors="0" time="0">`, ...suites, '</testsuites>');
  return `${out.join('\n')}\n`;
}

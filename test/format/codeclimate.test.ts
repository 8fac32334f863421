// --format codeclimate: GitLab's Code Quality report. Validated against the fields GitLab's
// documentation requires (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format:
// description, check_name, fingerprint, severity in info/minor/major/critical/blocker,
// location.path, location.lines.begin), written here as a JSON Schema; fingerprints are unique
// (GitLab keeps only the first issue of a fingerprint) and do not change when lines move.
import Ajv from 'ajv/dist/ajv.js';
import { describe, expect, it } from 'vitest';
import { formatCodeClimate } from '../../src/format/codeclimate.js';
import { formatters, MACHINE_FORMATS } from '../../src/format/index.js';
import { isLintReport } from '../../src/shared/write-output.js';
import type { Finding, RunReport } from '../../src/report/finding.js';

const GITLAB_CODE_QUALITY = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\./|[A-Za-z]:)' } },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

const at = (line: number) => ({ start: { line, column: 1, offset: 0 }, end: { line, column: 5, offset: 4 } });
const finding = (o: Partial<Finding>): Finding => ({ ruleId: 'extra-spaces', severity: 'warning', message: 'Hai dấu cách liền nhau.', file: 'kế hoạch/a.yaml', range: at(3), ...o });
const report: RunReport = {
  files: [
    { file: 'kế hoạch/a.yaml', findings: [finding({}), finding({ range: at(9) }), finding({ ruleId: 'quyen-han-format', severity: 'error', message: 'Viết “T/M”.', range: at(40) }), finding({ ruleId: 'number-series-gap', severity: 'info', message: 'Không có số 4.' })] },
    { file: `${process.cwd()}/plans/b.yaml`, findings: [finding({ ruleId: 'schema/required', severity: 'error', message: 'Thiếu trich_yeu.', fatal: true, file: `${process.cwd()}/plans/b.yaml` })] },
    { file: 'clean.yaml', findings: [] },
  ],
};

describe('codeclimate (GitLab Code Quality)', () => {
  const validate = new Ajv.default({ allErrors: true }).compile(GITLAB_CODE_QUALITY);
  const issues = JSON.parse(formatCodeClimate(report));

  it('has every field GitLab requires, one issue per finding', () => {
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues).toHaveLength(5);
    expect(issues[0]).toMatchObject({ type: 'issue', check_name: 'extra-spaces', description: 'Hai dấu cách liền nhau.', severity: 'minor', location: { path: 'kế hoạch/a.yaml', lines: { begin: 3, end: 3 } } });
  });

  it('maps severities: error major, warning minor, info info, an unusable file blocker; paths relative', () => {
    const bySeverity = Object.fromEntries(issues.map((i: { check_name: string; severity: string }) => [i.check_name, i.severity]));
    expect(bySeverity).toEqual({ 'extra-spaces': 'minor', 'quyen-han-format': 'major', 'number-series-gap': 'info', 'schema/required': 'blocker' });
    expect(issues[4].location.path).toBe('plans/b.yaml');
  });

  it('gives unique fingerprints that survive lines moving', () => {
    const fingerprints = issues.map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const moved: RunReport = { files: [{ ...report.files[0]!, findings: report.files[0]!.findings.map((f) => ({ ...f, range: at(f.range.start.line + 10) })) }] };
    expect(JSON.parse(formatCodeClimate(moved)).map((i: { fingerprint: string }) => i.fingerprint)).toEqual(fingerprints.slice(0, 4));
  });

  it('is a registered machine format, and a report dvk may write over with -o', () => {
    expect(MACHINE_FORMATS).toContain('codeclimate');
    const out = formatters.codeclimate!(report, { lang: 'vi', color: false });
    expect(isLintReport(out)).toBe(true);
    expect(isLintReport('[{"a": 1}]')).toBe(false);
    expect(formatCodeClimate({ files: [] })).toBe('[]\n');
  });
});

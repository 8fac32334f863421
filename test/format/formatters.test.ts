// Each machine formatter, from a literal report (Spectral's habit): SARIF validated against the
// SARIF 2.1.0 schema, GitHub annotations escaped, JUnit well-formed.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/ajv.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatGithub, escapeProperty } from '../../src/format/github.js';
import { formatJson } from '../../src/format/json.js';
import { formatJunit } from '../../src/format/junit.js';
import { artifactUri, formatSarif } from '../../src/format/sarif.js';
import { catalogMetas } from '../../src/lint/catalog.js';
import type { Finding, RunReport } from '../../src/report/finding.js';

const at = (line: number, column: number, endColumn: number, offset: number) => ({
  start: { line, column, offset },
  end: { line, column: endColumn, offset: offset + endColumn - column },
});

const lintFinding: Finding = {
  ruleId: 'quyen-han-format',
  severity: 'error',
  message: 'Quyền hạn ký “T/M.” chưa đúng thể thức HD 36-HD/VPTW; viết “T/M”.',
  file: 'kế hoạch/dang 01.yaml',
  range: at(117, 14, 18, 5228),
  path: ['nguoi_ky', 'quyen_han'],
  fix: { edits: [{ start: 5228, end: 5232, text: 'T/M' }] },
  basis: { source: 'HD 36-HD/VPTW', where: 'quyền hạn ký' },
  docsUrl: 'docs/rules/quyen-han-format.md',
};
const warning: Finding = { ruleId: 'yaml/colon-in-text', severity: 'warning', message: 'Dòng “Lưu: VT” bị hiểu là khóa, nội dung: 50%, a,b', file: 'kế hoạch/dang 01.yaml', range: at(3, 5, 9, 40) };
const info: Finding = { ruleId: 'duplicate-so-ky-hieu', severity: 'info', message: 'Số trùng\nvới b.yaml', file: 'b.yaml', range: at(1, 1, 1, 0) };
const report: RunReport = {
  files: [
    { file: 'kế hoạch/dang 01.yaml', findings: [lintFinding, warning] },
    { file: 'b.yaml', findings: [info] },
    { file: 'clean.yaml', findings: [] },
  ],
};

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that the u flag rejects.
  const ajv = new Ajv.default({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(formatSarif(report, { lang: 'vi', color: false, rules: catalogMetas() }));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('also validates with no rule metadata and no findings', () => {
    expect(validate(JSON.parse(formatSarif({ files: [] }, { lang: 'en', color: false })))).toBe(true);
  });

  it('links each result to its rule, with level, region, relative URI and fix', () => {
    const log = JSON.parse(formatSarif(report, { lang: 'vi', color: false, rules: catalogMetas() }));
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('dvk');
    const [second, first, third] = run.results; // sorted by position within each file
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('quyen-han-format');
    expect(run.tool.driver.rules[first.ruleIndex].defaultConfiguration.level).toBe('error');
    expect(run.tool.driver.rules[first.ruleIndex].properties.tags).toContain('party');
    expect(run.tool.driver.rules[second.ruleIndex].id).toBe('yaml/colon-in-text');
    expect(third.level).toBe('note');
    expect(second.level).toBe('warning');
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('k%E1%BA%BF%20ho%E1%BA%A1ch/dang%2001.yaml');
    expect(first.locations[0].physicalLocation.region).toMatchObject({ startLine: 117, startColumn: 14, endLine: 117, endColumn: 18 });
    expect(first.fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { charOffset: 5228, charLength: 4 }, insertedContent: { text: 'T/M' } });
    expect(first.message.text).toBe(lintFinding.message);
  });

  it('gives a run-level finding the other plan as a related location, still valid SARIF', () => {
    const related = { file: 'a.yaml', range: at(12, 5, 7, 200), message: 'Cũng số, ký hiệu “15/KH-SKHCN”.' };
    const withRelated: RunReport = { files: [{ file: 'b.yaml', findings: [{ ...info, related: [related] }] }] };
    const log = JSON.parse(formatSarif(withRelated, { lang: 'vi', color: false, rules: catalogMetas() }));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results[0].relatedLocations).toEqual([
      { id: 0, message: { text: related.message }, physicalLocation: { artifactLocation: { uri: 'a.yaml' }, region: expect.objectContaining({ startLine: 12, startColumn: 5 }) } },
    ]);
    expect(JSON.parse(formatJson(withRelated)).files[0].findings[0].related).toEqual([{ file: 'a.yaml', line: 12, column: 5, message: related.message }]);
  });

  it('meets GitHub code scanning ingestion: every rule, of every kind, has a full description, help (text and markdown) and a help URI', () => {
    const kinds = ['plan', 'run', 'layout', 'reader', 'input'];
    const ids = [...kinds.map((k) => catalogMetas().find((m) => (m.kind ?? 'plan') === k)!.id), 'schema/required', 'yaml/bad-indent', 'input/not-found', 'dvk/internal-error'];
    const many: RunReport = { files: [{ file: 'a.yaml', findings: ids.map((ruleId) => ({ ...info, ruleId, file: 'a.yaml' })) }] };
    const log = JSON.parse(formatSarif(many, { lang: 'vi', color: false, rules: catalogMetas() }));
    expect(validate(log)).toBe(true);
    const rules = log.runs[0].tool.driver.rules as { id: string; fullDescription?: { text: string }; help?: { text: string; markdown: string }; helpUri?: string }[];
    expect(rules.length).toBe(catalogMetas().length + 4);
    for (const rule of rules) {
      expect(rule.fullDescription?.text, rule.id).toBeTruthy();
      expect(rule.help?.text, rule.id).toBeTruthy();
      expect(rule.help?.markdown, rule.id).toBeTruthy();
      expect(rule.helpUri, rule.id).toMatch(/^file:\/\/\//);
    }
    expect(new Set(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId))).toEqual(new Set(ids));
  });

  it('links rule pages to DVK_DOCS_BASE_URL when the GitHub Action gives one', () => {
    const before = process.env.DVK_DOCS_BASE_URL;
    try {
      process.env.DVK_DOCS_BASE_URL = 'https://github.com/office/dvk/blob/v1/';
      const rules = JSON.parse(formatSarif(report, { lang: 'en', color: false, rules: catalogMetas() })).runs[0].tool.driver.rules;
      expect(rules.find((r: { id: string }) => r.id === 'quyen-han-format').helpUri).toBe('https://github.com/office/dvk/blob/v1/docs/rules/quyen-han-format.md');
      process.env.DVK_DOCS_BASE_URL = 'https://github.com//blob//';
      expect(JSON.parse(formatSarif(report, { lang: 'en', color: false, rules: catalogMetas() })).runs[0].tool.driver.rules[0].helpUri).toMatch(/^file:/);
      process.env.DVK_DOCS_BASE_URL = 'not a url';
      expect(JSON.parse(formatSarif(report, { lang: 'en', color: false, rules: catalogMetas() })).runs[0].tool.driver.rules[0].helpUri).toMatch(/^file:/);
    } finally {
      if (before === undefined) delete process.env.DVK_DOCS_BASE_URL;
      else process.env.DVK_DOCS_BASE_URL = before;
    }
  });

  it('makes absolute paths relative with / separators', () => {
    expect(artifactUri('/repo/plans/a.yaml', '/repo')).toBe('plans/a.yaml');
  });
});

describe('github annotations', () => {
  it('prints one workflow command per finding, escaping data and properties', () => {
    const lines = formatGithub(report).trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::warning file=kế hoạch/dang 01.yaml,line=3,col=5,endLine=3,endColumn=9,title=yaml/colon-in-text::Dòng “Lưu: VT” bị hiểu là khóa, nội dung: 50%25, a,b',
    );
    expect(lines[1]).toMatch(/^::error file=.*,line=117,col=14,endLine=117,endColumn=18,title=quyen-han-format::Quyền hạn ký/);
    expect(lines[2]).toBe('::notice file=b.yaml,line=1,col=1,endLine=1,endColumn=1,title=duplicate-so-ky-hieu::Số trùng%0Avới b.yaml');
    expect(escapeProperty('a:b,c%\r\n')).toBe('a%3Ab%2Cc%25%0D%0A');
    expect(formatGithub({ files: [{ file: 'a.yaml', findings: [] }] })).toBe('');
  });
});

describe('junit', () => {
  it('has one suite per file, a failing case per finding and a passing case for a clean file', () => {
    const xml = formatJunit(report);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="dvk lint" tests="4" failures="3"/);
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml).toContain('<testcase classname="clean.yaml" name="dvk lint" time="0"/>');
    expect(xml).toContain('<failure message="Quyền hạn ký “T/M.” chưa đúng thể thức HD 36-HD/VPTW; viết “T/M”." type="error">');
    expect(xml).not.toMatch(/<[^>]*&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('escapes markup in messages', () => {
    const xml = formatJunit({ files: [{ file: 'a&b.yaml', findings: [{ ...warning, message: '<x> & "y"' }] }] });
    expect(xml).toContain('message="&lt;x&gt; &amp; &quot;y&quot;"');
    expect(xml).toContain('name="a&amp;b.yaml"');
  });
});

describe('json', () => {
  it('keeps its documented shape (docs/json-output.md)', () => {
    const out = JSON.parse(formatJson(report));
    expect(out.version).toBe(1);
    expect(Object.keys(out.files[0])).toEqual(['file', 'unusable', 'errorCount', 'warningCount', 'infoCount', 'fixableCount', 'findings']);
    expect(out.files[0].findings[1]).toEqual({
      ruleId: 'quyen-han-format',
      severity: 'error',
      message: lintFinding.message,
      line: 117,
      column: 14,
      endLine: 117,
      endColumn: 18,
      path: ['nguoi_ky', 'quyen_han'],
      fix: lintFinding.fix,
      basis: lintFinding.basis,
      docsUrl: 'docs/rules/quyen-han-format.md',
    });
  });
});

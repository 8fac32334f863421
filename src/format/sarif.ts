// SARIF 2.1.0 for GitHub code scanning and other viewers. One run, dvk as the driver with every
// rule of the catalog (and the loader's yaml/… and schema/… ids that occur), one result per
// finding. Columns are UTF-16 code units, as in every dvk finding. Validated against the SARIF
// 2.1.0 schema in test/format/sarif.test.ts.
import { isAbsolute, relative } from 'node:path';
import type { Localized } from '../i18n/index.js';
import type { RuleMeta } from '../lint/rule.js';
import { sortFindings, type Finding, type RunReport, type Severity } from '../report/finding.js';
import { VERSION } from '../shared/version.js';
import type { FormatOptions } from './stylish.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative URI with '/' separators, each segment percent-encoded (Vietnamese file names). */
export function artifactUri(file: string, cwd: string = process.cwd()): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return rel.split(/[\\/]/).filter((s) => s !== '.').map(encodeURIComponent).join('/');
}

interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' | 'none' };
  properties: Record<string, unknown>;
}

function describeRule(meta: RuleMeta, lang: FormatOptions['lang']): SarifRule {
  const t = (l: Localized) => l[lang];
  const basis = Object.entries(meta.basis).map(([system, b]) => `${system === 'state' ? (lang === 'vi' ? 'Nhà nước' : 'State') : lang === 'vi' ? 'Đảng' : 'Party'}: ${b!.source}, ${b!.where}`);
  const doc = `docs/rules/${meta.id}.md`;
  const helpText = [t(meta.description), ...basis.map((b) => `${lang === 'vi' ? 'Căn cứ' : 'Basis'} — ${b}`), doc].join('\n');
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: t(meta.title) },
    fullDescription: { text: t(meta.description) },
    help: {
      text: helpText,
      markdown: `${t(meta.description)}\n\n${basis.map((b) => `- ${lang === 'vi' ? 'Căn cứ' : 'Basis'}: ${b}`).join('\n')}\n\n${lang === 'vi' ? 'Sai' : 'Wrong'}:\n\n\`\`\`yaml\n${meta.examples.wrong}\n\`\`\`\n\n${lang === 'vi' ? 'Đúng' : 'Right'}:\n\n\`\`\`yaml\n${meta.examples.right}\n\`\`\`\n\n${doc}`,
    },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [...meta.tags, ...meta.systems], fixable: meta.fix === 'safe', docsUrl: doc },
  };
}

function describeLoaderRule(id: string): SarifRule {
  return { id, shortDescription: { text: id }, defaultConfiguration: { level: 'error' }, properties: { tags: [id.split('/')[0] ?? 'dvk'] } };
}

function region(f: Finding) {
  const { start, end } = f.range;
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: start.offset, charLength: Math.max(0, end.offset - start.offset) };
}

export function formatSarif(report: RunReport, options: FormatOptions): string {
  const metas = options.rules ?? [];
  const rules: SarifRule[] = metas.map((m) => describeRule(m, options.lang));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = rules.push(describeLoaderRule(id)) - 1;
      index.set(id, i);
    }
    return i;
  };
  const results = report.files.flatMap((file) =>
    sortFindings(file.findings).map((f) => {
      const uri = artifactUri(f.file || file.file, options.cwd);
      return {
        ruleId: f.ruleId,
        ruleIndex: indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(f) } }],
        ...(f.fix
          ? {
              fixes: [
                {
                  description: { text: f.message },
                  artifactChanges: [
                    {
                      artifactLocation: { uri },
                      replacements: f.fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
                    },
                  ],
                },
              ],
            }
          : {}),
        ...(f.path || f.basis ? { properties: { ...(f.path ? { planPath: f.path.join('.') } : {}), ...(f.basis ? { basis: `${f.basis.source}, ${f.basis.where}` } : {}) } } : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dvk', version: VERSION, semanticVersion: VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        artifacts: report.files.map((file) => ({ location: { uri: artifactUri(file.file, options.cwd) } })),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

// SARIF 2.1.0 for GitHub code scanning and other viewers. One run, dvk as the driver with every
// id of the catalog (and the input's fatal yaml/…, schema/…, input/… ids that occur, described by
// their family), each with a description, help text and help URI; one result per
// finding. Columns are UTF-16 code units, as in every dvk finding. Validated against the SARIF
// 2.1.0 schema in test/format/sarif.test.ts.
import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsUrlFor } from '../lint/docs-page.js';
import { dataPath } from '../shared/paths.js';
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
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' | 'none' };
  properties: Record<string, unknown>;
}

function describeRule(meta: RuleMeta, lang: FormatOptions['lang']): SarifRule {
  const t = (l: Localized) => l[lang];
  const basis = Object.entries(meta.basis).map(([system, b]) => `${system === 'state' ? (lang === 'vi' ? 'Nhà nước' : 'State') : lang === 'vi' ? 'Đảng' : 'Party'}: ${b!.source}, ${b!.where}`);
  const doc = docsUrlFor(meta.id);
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
    helpUri: helpUriOf(doc),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [...meta.tags, ...meta.systems, meta.kind ?? 'plan'], fixable: meta.fix === 'safe', docsUrl: doc },
  };
}

/**
 * The rule's page: under DVK_DOCS_BASE_URL when it is an http(s) URL (the GitHub Action sets it
 * to the repository dvk was installed from, so code scanning links to a page people can open),
 * otherwise the page in the installed package as a file URI (SARIF asks for an absolute URI;
 * viewers on the machine where dvk ran open it).
 */
function helpUriOf(doc: string): string {
  const base = process.env.DVK_DOCS_BASE_URL;
  if (base && /^https?:\/\/[^/]+\/[^/]/.test(base)) {
    try {
      return new URL(doc, base.endsWith('/') ? base : `${base}/`).href;
    } catch {
      // not a URL: the file URI below
    }
  }
  return pathToFileURL(dataPath(doc)).href;
}

/**
 * Ids outside the catalog are the input's fatal problems and the schema's keywords
 * (`input/not-found`, `yaml/…`, `schema/required`…): described by their family.
 */
const FAMILIES: Record<string, { title: Localized; description: Localized; doc: string }> = {
  input: {
    title: { vi: 'Không đọc được tệp', en: 'The file cannot be read' },
    description: { vi: 'Tệp không dùng được: không có, là thư mục, quá lớn, không phải văn bản UTF-8, .docx hỏng hoặc có mật khẩu. dvk không kiểm tra tiếp tệp này.', en: 'The file cannot be used: missing, a folder, too large, not UTF-8 text, a broken or encrypted .docx. dvk checks nothing more in it.' },
    doc: 'docs/import.md',
  },
  yaml: {
    title: { vi: 'Lỗi cú pháp YAML', en: 'YAML syntax error' },
    description: { vi: 'Kế hoạch không đọc được như YAML (thụt lề, dấu hai chấm, dấu nháy, khóa trùng); các quy tắc không chạy cho đến khi sửa.', en: 'The plan cannot be read as YAML (indentation, colons, quotes, duplicate keys); no rule runs until it is fixed.' },
    doc: 'docs/plan-format.md',
  },
  schema: {
    title: { vi: 'Kế hoạch không khớp schemas/plan.schema.json', en: 'The plan does not match schemas/plan.schema.json' },
    description: { vi: 'Một khóa thiếu, thừa, sai kiểu hoặc sai giá trị so với schema của kế hoạch (mã sau “schema/” là từ khóa JSON Schema); các quy tắc không chạy cho đến khi sửa.', en: 'A key is missing, unknown, or of the wrong type or value for the plan schema (the part after “schema/” is the JSON Schema keyword); no rule runs until it is fixed.' },
    doc: 'docs/plan-format.md',
  },
  config: {
    title: { vi: 'Lỗi trong dvk.config.yaml', en: 'A problem in dvk.config.yaml' },
    description: { vi: 'Cấu hình của cơ quan có giá trị không dùng được (thư mục mẫu không có…).', en: 'The office config has a value that cannot be used (a template folder that does not exist…).' },
    doc: 'docs/rules/README.md',
  },
  render: {
    title: { vi: 'Không in được văn bản', en: 'The document cannot be rendered' },
    description: { vi: 'dvk render không ghi được tệp kết quả (trùng tên, tệp của người khác, mẫu hỏng, không chuyển được PDF).', en: 'dvk render could not write an output (a clash of names, a file dvk did not write, a broken template, no PDF converter).' },
    doc: 'docs/rendering.md',
  },
  dvk: {
    title: { vi: 'Lỗi của dvk', en: 'A problem in dvk' },
    description: { vi: 'dvk gặp lỗi nội bộ; đây là lỗi của dvk, không phải của tệp.', en: 'dvk hit an internal error; this is a bug in dvk, not in the file.' },
    doc: 'docs/rules/README.md',
  },
};

function describeLoaderRule(id: string, lang: FormatOptions['lang']): SarifRule {
  const family = id.includes('/') ? id.slice(0, id.indexOf('/')) : 'dvk';
  const known = FAMILIES[family] ?? FAMILIES.dvk!;
  const description = `${known.description[lang]} (${id})`;
  return {
    id,
    shortDescription: { text: known.title[lang] },
    fullDescription: { text: description },
    help: { text: `${description}\n${known.doc}`, markdown: `${description}\n\n${known.doc}` },
    helpUri: helpUriOf(known.doc),
    defaultConfiguration: { level: 'error' },
    properties: { tags: [family] },
  };
}

function region(f: Pick<Finding, 'range'>) {
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
      i = rules.push(describeLoaderRule(id, options.lang)) - 1;
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
        ...(f.related
          ? {
              relatedLocations: f.related.map((r, id) => ({
                id,
                message: { text: r.message },
                physicalLocation: { artifactLocation: { uri: artifactUri(r.file, options.cwd) }, region: region({ range: r.range }) },
              })),
            }
          : {}),
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

// One lint run, owned here: for each file, read it (a YAML plan, or a .txt/.docx through the
// reader), choose its profile, validate, run the rules, fix (when asked) and re-lint; then the
// run-level rules over every plan of the run; then directives, configured severities, dedupe and
// sort. Files and options in, a RunReport out: no printing, no process exit and no file written
// (the fixed texts are returned; the caller writes them). `dvk lint`, the golden test and the
// bench all call runLintFiles.
import { extname, resolve } from 'node:path';
import { configFileReport, isConfigFile, loadConfigFor, type DvkConfig } from '../config/index.js';
import { localize, type Lang } from '../i18n/index.js';
import type { ProfileId } from '../plan/model.js';
import { readPlanFile } from '../plan/read.js';
import type { FileStamp } from '../shared/read-input.js';
import { START_OF_FILE, type FileReport, type Finding, type RunReport } from '../report/finding.js';
import { catalogIds, configCheck, crossRules, rules as catalogRules } from './catalog.js';
import { runPlanOf, type RunPlan } from './cross/run-plan.js';
import { parseDirectives, type Directive } from './directives.js';
import { resolveRuleSetting, RuleError } from './engine.js';
import { displayPath, PLAN_EXTENSIONS } from './files.js';
import { fixText } from './fix.js';
import { lintLoaded, lintText, type LintOptions, type LintResult, type LoadedDocument } from './index.js';
import { postProcess } from './pipeline.js';
import type { Rule } from './rule.js';

const text = {
  unsupported: {
    vi: 'Không kiểm tra được tệp “{{ext}}”: dvk kiểm tra kế hoạch .yaml/.yml và văn bản .txt/.docx.',
    en: 'Cannot lint a “{{ext}}” file: dvk lints .yaml/.yml plans and .txt/.docx documents.',
  },
  docFormat: { vi: 'Tệp .doc (Word 97–2003) không đọc được; hãy lưu lại dạng .docx.', en: 'A .doc file (Word 97–2003) cannot be read; save it as .docx.' },
  internal: {
    vi: 'dvk gặp lỗi nội bộ khi kiểm tra tệp này: {{message}}. Đây là lỗi của dvk, không phải của tệp; hãy báo cho nhóm phát triển.',
    en: 'dvk hit an internal error on this file: {{message}}. This is a bug in dvk, not in your file; please report it.',
  },
  fixNotYaml: { vi: '{{file}}: --fix chỉ sửa kế hoạch YAML; văn bản .txt/.docx không bị thay đổi.', en: '{{file}}: --fix only fixes YAML plans; .txt/.docx documents are left unchanged.' },
};

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.docx']);
const FILES_IN_FLIGHT = 16;

export interface LintRunOptions {
  lang: Lang;
  /** `--profile`. */
  profile?: ProfileId;
  /** Fix safe problems: the report then describes the fixed texts ('apply') or the files as they are ('dry-run'). */
  fix?: 'apply' | 'dry-run';
  reportUnusedDirectives?: boolean;
  /** Keep each file's source in its report (the stylish format draws code frames from it). */
  keepSource?: boolean;
  /** The rules to run; the catalog when omitted. */
  rules?: readonly Rule[];
  /** One config for every file; when omitted, each file's nearest dvk.config.yaml. */
  config?: DvkConfig;
}

/** A file whose text the fixer changed: written by the caller (`--fix`) or shown as a diff (`--fix-dry-run`). */
export interface FixedFile {
  file: string;
  source: string;
  output: string;
  applied: number;
  /** The file as it was read (size, mtime, hash): the writer refuses if it changed meanwhile. */
  stamp?: FileStamp;
  /** The whole file was in decomposed Unicode and is written back NFC (the user is told). */
  normalisedNfc: boolean;
}

export interface LintRun {
  report: RunReport;
  fixed: FixedFile[];
  /** Things to tell the user beside the report (e.g. --fix on a .docx), in the run's language. */
  notices: string[];
  /** Bugs in dvk met on the way (each file's report already says so); for --debug. */
  internalErrors: RuleError[];
  /** Every dvk.config.yaml the run read (an output must never replace one). */
  configFiles: string[];
}

type ReadDocument = (file: string, lang: Lang, options: { config?: DvkConfig; configFile?: string; profile?: ProfileId }) => Promise<LoadedDocument>;

/**
 * The .txt/.docx reader, loaded only when such a file is linted (esbuild puts it in its own chunk,
 * so linting YAML never loads the .docx parser). A static path: a failure to load it is a bug in
 * dvk, reported as one, not a missing feature.
 */
const loadReader = async (): Promise<ReadDocument> => (await import('../reader/index.js')).readExistingDocument;

/** `fn` over `items` with at most `limit` calls pending, results in the order of `items`. */
async function mapInOrder<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const unusable = (file: string, ruleId: string, message: string): FileReport => ({
  file,
  unusable: true,
  findings: [{ ruleId, severity: 'error', message, file, range: START_OF_FILE, fatal: true }],
});

interface FileState {
  report: FileReport;
  /** Findings before post-processing. */
  findings: Finding[];
  config?: DvkConfig;
  /** The suppression comments of a YAML source (the source itself is not kept until the end of the run). */
  directives?: Directive[];
  runPlan?: RunPlan;
  fixed?: FixedFile;
}

/** Lints `files` (as the user named them: they appear so in the report) in one run. */
export async function runLintFiles(files: readonly string[], options: LintRunOptions): Promise<LintRun> {
  const { lang } = options;
  const rules = options.rules ?? catalogRules;
  const checks = configCheck();
  const { knownRuleIds } = checks;
  const configReports = new Map<string, FileReport>();
  const notices: string[] = [];
  const internalErrors: RuleError[] = [];
  let reader: Promise<ReadDocument> | undefined;
  /** Every config file this run read: an output (`-o`) never writes over one. */
  const configFiles = new Set<string>();

  // A config file named among the files is checked against the config schema, once, in its place.
  const namedConfigs = new Set(files.filter(isConfigFile).map((f) => resolve(f)));

  const lintOne = async (file: string): Promise<FileState> => {
    if (namedConfigs.has(resolve(file))) {
      const report = await configFileReport(file, lang, checks);
      return { report, findings: report.findings };
    }
    let config: DvkConfig;
    let configFile: string | undefined;
    if (options.config) config = options.config;
    else {
      const loadedConfig = await loadConfigFor(file, lang, checks);
      if (loadedConfig.file) configFiles.add(loadedConfig.file);
      if (loadedConfig.file && loadedConfig.findings.length && !configReports.has(loadedConfig.file) && !namedConfigs.has(loadedConfig.file)) {
        const name = displayPath(loadedConfig.file);
        configReports.set(loadedConfig.file, { file: name, findings: loadedConfig.findings.map((f) => ({ ...f, file: name })) });
      }
      config = loadedConfig.config;
      configFile = loadedConfig.file;
    }
    const lintOptions: LintOptions & { config: DvkConfig } = { file, lang, config, rules, ...(options.profile ? { profile: options.profile } : {}), ...(configFile ? { configFile } : {}) };
    const ext = extname(file).toLowerCase();
    try {
      if (PLAN_EXTENSIONS.has(ext) || ext === '') {
        return await lintYamlFile(file, lintOptions, options);
      } else if (DOCUMENT_EXTENSIONS.has(ext)) {
        reader ??= loadReader();
        const read = await reader;
        // --fix on a .docx writes a reviewed copy with tracked changes (the CLI, src/review); a .txt is left as it is.
        if (options.fix && !(options.fix === 'apply' && ext === '.docx')) notices.push(localize(text.fixNotYaml, lang, { file }));
        const loaded = await read(file, lang, { config, ...(configFile ? { configFile } : {}), ...(options.profile ? { profile: options.profile } : {}) });
        return stateOf(lintLoaded(loaded, lintOptions), config);
      } else if (ext === '.doc') {
        return { report: unusable(file, 'input/unsupported', localize(text.docFormat, lang)), findings: [] };
      } else {
        return { report: unusable(file, 'input/unsupported', localize(text.unsupported, lang, { ext })), findings: [] };
      }
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      internalErrors.push(error);
      return { report: unusable(file, 'dvk/internal-error', localize(text.internal, lang, { message: error.message })), findings: [] };
    }
  };
  // A few files in flight at once, so reading one overlaps linting another; results keep the run's order.
  const states = await mapInOrder([...files], FILES_IN_FLIGHT, async (file) => {
    const state = await lintOne(file);
    if (!options.keepSource) delete state.report.source;
    return state;
  });

  // Run-level checks (a repository in CI): over every usable plan of this run.
  const runPlans = states.flatMap((s) => (s.runPlan ? [s.runPlan] : []));
  const byFile = new Map(states.map((s) => [s.report.file, s]));
  for (const cross of crossRules) {
    for (const finding of cross.checkRun(runPlans, lang)) {
      const state = byFile.get(finding.file);
      if (state && resolveRuleSetting(state.config, cross.meta.id).severity !== 'off') state.findings.push(finding);
    }
  }

  const report: RunReport = { files: [...configReports.values()].sort((a, b) => a.file.localeCompare(b.file)) };
  for (const state of states) {
    const findings = state.report.unusable
      ? state.report.findings
      : postProcess(state.findings, {
          file: state.report.file,
          lang,
          knownRuleIds,
          ...(state.directives ? { directives: state.directives } : {}),
          ...(state.config ? { config: state.config } : {}),
          ...(options.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
        });
    report.files.push({ ...state.report, findings });
  }
  return { report, fixed: states.flatMap((s) => (s.fixed ? [s.fixed] : [])), notices, internalErrors, configFiles: [...configFiles] };
}

function stateOf(result: LintResult, config: DvkConfig, source?: string): FileState {
  const { loaded } = result;
  const state: FileState = { report: { ...loaded.report }, findings: result.findings, config };
  if (source !== undefined) state.directives = parseDirectives(source);
  if (loaded.plan && loaded.sourceMap) {
    // Only what the run-level checks need is kept: the plan and its YAML tree are released here.
    state.runPlan = runPlanOf(loaded.report.file, loaded.plan, loaded.sourceMap, (config.cai_dat ?? {}) as Record<string, unknown>);
  }
  return state;
}

async function lintYamlFile(file: string, lintOptions: LintOptions & { config: DvkConfig }, options: LintRunOptions): Promise<FileState> {
  const { lang } = options;
  const read = await readPlanFile(file, lang);
  if ('fatal' in read) return { report: { file, findings: [read.fatal], unusable: true }, findings: [read.fatal] };
  const lintSource = (source: string): LintResult => {
    const result = lintText(source, lintOptions);
    if (read.findings.length) result.findings.unshift(...read.findings);
    return result;
  };
  const source = read.text;
  if (options.fix) {
    const knownRuleIds = catalogIds();
    // Suppressed findings are never fixed: the fixer sees what the user would see.
    const visible = (t: string) => postProcess(lintSource(t).findings, { file, lang, source: t, config: lintOptions.config, knownRuleIds });
    const fixed = fixText(source, visible);
    if (fixed.output !== source) {
      // --fix reports what is left in the fixed file; a dry run reports the file as it is on
      // disk (nothing was written), with the fixed text beside it in `output`.
      const reported = options.fix === 'apply' ? fixed.output : source;
      const state = stateOf(lintSource(reported), lintOptions.config, reported);
      state.report.output = fixed.output;
      state.fixed = {
        file, source, output: fixed.output, applied: fixed.applied,
        ...(read.stamp ? { stamp: read.stamp } : {}),
        normalisedNfc: read.findings.some((f) => f.ruleId === 'input/unicode-nfc'),
      };
      return state;
    }
  }
  return stateOf(lintSource(source), lintOptions.config, source);
}

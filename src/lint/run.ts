// One lint run, owned here: for each file, read it (a YAML plan, or a .txt/.docx through the
// reader), choose its profile, validate, run the rules, fix (when asked) and re-lint; then the
// run-level rules over every plan of the run; then directives, configured severities, dedupe and
// sort. Files and options in, a RunReport out: no printing, no process exit and no file written
// (the fixed texts are returned; the caller writes them). `dvk lint`, the golden test and the
// bench all call runLintFiles.
import { availableParallelism } from 'node:os';
import { dirname, extname, resolve } from 'node:path';
import { configFileReport, isConfigFile, loadConfigFor, type DvkConfig, type LoadedConfig } from '../config/index.js';
import { localize, type Lang } from '../i18n/index.js';
import type { ProfileId } from '../plan/model.js';
import { readPlanFile } from '../plan/read.js';
import { STDIN_NAME, type FileStamp } from '../shared/read-input.js';
import { timed, timingEnabled } from '../shared/timing.js';
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
  /** Threads that lint, the main thread included: a number (1: the main thread alone) or 'auto' (the default: one per core from POOL_THRESHOLD files). */
  workers?: number | 'auto';
  /** Findings and RunPlans of unchanged files (`--cache`, src/lint/cache.ts). */
  cache?: LintCacheAccess;
  /** Called after each file (or batch of files) is done, with how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** What the run asks of the cache: a file's state when its bytes, config and settings are unchanged; store a fresh one. */
export interface LintCacheAccess {
  lookup(file: string, configFile: string | undefined, fixing: boolean): FileState | undefined;
  store(file: string, configFile: string | undefined, state: FileState): void;
  /** The run-level findings of a run of exactly these files, each as it was then (nothing changed); undefined otherwise. */
  runFindings?(files: readonly string[]): Finding[] | undefined;
  storeRunFindings?(files: readonly string[], findings: readonly Finding[]): void;
  /** The text of a file taken from the cache (its state keeps none), when a report shows it. */
  source?(file: string): string | undefined;
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
  /** How the files were linted: threads used (1: the main thread alone), files linted, files taken from the cache. */
  stats: { workers: number; linted: number; cached: number };
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

/** One file's result before the run-level rules and post-processing: plain data (a worker sends it back, the cache stores it). */
export interface FileState {
  report: FileReport;
  /** Findings before post-processing. */
  findings: Finding[];
  config?: DvkConfig;
  /** The suppression comments of a YAML source (the source itself is not kept until the end of the run). */
  directives?: Directive[];
  runPlan?: RunPlan;
  fixed?: FixedFile;
  /** Things to tell the user about this file (e.g. --fix on a .docx). */
  notices?: string[];
  /** SHA-256 of the bytes of a YAML plan as read and linted (the cache's key). */
  contentHash?: string;
  /** A bug in dvk met on this file (its report already says so). */
  internalError?: { ruleId: string; message: string; stack?: string };
}

/** What linting one file needs besides its config: the same in the main thread and in a worker (src/lint/worker.ts). */
export interface FileLintEnv {
  options: LintRunOptions;
  checks: ReturnType<typeof configCheck>;
  /** Config files named among the run's files (absolute): checked as configs, in their place. */
  namedConfigs: ReadonlySet<string>;
  reader?: Promise<ReadDocument>;
}

/** Which config applies to a file, and the config file it came from. */
export interface AppliedConfig {
  config: DvkConfig;
  configFile?: string;
}

/** One file, read and linted with its config: the part of a run a worker thread can do. */
export async function lintFile(file: string, applied: AppliedConfig, env: FileLintEnv): Promise<FileState> {
  const { options } = env;
  const { lang } = options;
  const rules = options.rules ?? catalogRules;
  if (env.namedConfigs.has(resolve(file))) {
    const report = await configFileReport(file, lang, env.checks);
    return { report, findings: report.findings };
  }
  const { config, configFile } = applied;
  const lintOptions: LintOptions & { config: DvkConfig } = { file, lang, config, rules, ...(options.profile ? { profile: options.profile } : {}), ...(configFile ? { configFile } : {}) };
  const ext = extname(file).toLowerCase();
  try {
    if (PLAN_EXTENSIONS.has(ext) || ext === '') {
      return await lintYamlFile(file, lintOptions, options);
    } else if (DOCUMENT_EXTENSIONS.has(ext)) {
      env.reader ??= loadReader();
      const read = await env.reader;
      // --fix on a .docx writes a reviewed copy with tracked changes (the CLI, src/review); a .txt is left as it is.
      const notices = options.fix && !(options.fix === 'apply' && ext === '.docx') ? [localize(text.fixNotYaml, lang, { file })] : undefined;
      try {
        const loaded = await read(file, lang, { config, ...(configFile ? { configFile } : {}), ...(options.profile ? { profile: options.profile } : {}) });
        return { ...stateOf(lintLoaded(loaded, lintOptions), config), ...(notices ? { notices } : {}) };
      } catch (error) {
        if (error instanceof RuleError && notices) Object.assign(error, { notices });
        throw error;
      }
    } else if (ext === '.doc') {
      return { report: unusable(file, 'input/unsupported', localize(text.docFormat, lang)), findings: [] };
    } else {
      return { report: unusable(file, 'input/unsupported', localize(text.unsupported, lang, { ext })), findings: [] };
    }
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const notices = (error as RuleError & { notices?: string[] }).notices;
    return {
      report: unusable(file, 'dvk/internal-error', localize(text.internal, lang, { message: error.message })),
      findings: [],
      ...(notices ? { notices } : {}),
      internalError: { ruleId: error.ruleId, message: error.message, ...(error.stack ? { stack: error.stack } : {}) },
    };
  }
}

/** The config of each file, looked up once per folder and loaded once per config file. */
export function configResolver(lang: Lang, checks: ReturnType<typeof configCheck>, fixed?: DvkConfig): (file: string) => Promise<AppliedConfig & { loaded?: LoadedConfig }> {
  if (fixed) return () => Promise.resolve({ config: fixed });
  const byFolder = new Map<string, Promise<LoadedConfig>>();
  return async (file) => {
    const folder = dirname(resolve(file));
    let loading = byFolder.get(folder);
    if (!loading) byFolder.set(folder, (loading = loadConfigFor(file, lang, checks)));
    const loaded = await loading;
    return { config: loaded.config, ...(loaded.file ? { configFile: loaded.file } : {}), loaded };
  };
}

/** Lints `files` (as the user named them: they appear so in the report) in one run. */
export async function runLintFiles(files: readonly string[], options: LintRunOptions): Promise<LintRun> {
  const { lang } = options;
  const checks = configCheck();
  const { knownRuleIds } = checks;
  const configReports = new Map<string, FileReport>();
  /** Every config file this run read: an output (`-o`) never writes over one. */
  const configFiles = new Set<string>();

  // A config file named among the files is checked against the config schema, once, in its place.
  const namedConfigs = new Set(files.filter(isConfigFile).map((f) => resolve(f)));
  const env: FileLintEnv = { options, checks, namedConfigs };
  const resolveConfig = configResolver(lang, checks, options.config);

  // The config of every file, in the main thread (its problems are reported once, beside the
  // files); the file itself is linted here, in a worker, or taken from the cache.
  const applied = new Array<AppliedConfig>(files.length);
  await mapInOrder([...files.keys()], FILES_IN_FLIGHT, async (i) => {
    const file = files[i]!;
    if (namedConfigs.has(resolve(file))) return;
    const { loaded, ...config } = await resolveConfig(file);
    applied[i] = config;
    if (!loaded?.file) return;
    configFiles.add(loaded.file);
    if (loaded.findings.length && !configReports.has(loaded.file) && !namedConfigs.has(loaded.file)) {
      const name = displayPath(loaded.file);
      configReports.set(loaded.file, { file: name, findings: loaded.findings.map((f) => ({ ...f, file: name })) });
    }
  });

  const states = new Array<FileState>(files.length);
  let done = 0;
  const settle = (i: number, state: FileState): void => {
    if (!options.keepSource) delete state.report.source;
    state.config = applied[i]?.config;
    states[i] = state;
    options.onProgress?.(++done, files.length);
  };
  // Files whose bytes, config and settings the cache has seen: their findings and RunPlan are reused.
  // Not with rules or a config given in code (tests, the bench): the cache's key does not cover them.
  const cache = options.rules || options.config ? undefined : options.cache;
  const toLint: number[] = [];
  for (let i = 0; i < files.length; i++) {
    const hit = cache && !namedConfigs.has(resolve(files[i]!)) ? cache.lookup(files[i]!, applied[i]?.configFile, Boolean(options.fix)) : undefined;
    if (hit) settle(i, hit);
    else toLint.push(i);
  }
  const store = (i: number, state: FileState): void => {
    if (cache && !state.fixed && !state.internalError && !namedConfigs.has(resolve(files[i]!))) cache.store(files[i]!, applied[i]?.configFile, state);
  };
  const lintHere = async (indexes: number[]): Promise<void> => {
    // A few files in flight at once, so reading one overlaps linting another; results keep the run's order.
    await mapInOrder(indexes, FILES_IN_FLIGHT, async (i) => {
      const state = await lintFile(files[i]!, applied[i] ?? { config: {} }, env);
      store(i, state);
      settle(i, state);
    });
  };
  // Config files named among the files and standard input (a worker has none) are linted here,
  // the rest by worker threads when there are enough.
  const here = (i: number): boolean => files[i] === STDIN_NAME || namedConfigs.has(resolve(files[i]!));
  const pooled = toLint.filter((i) => !here(i));
  const workers = workerCount(options, pooled.length);
  if (workers > 1) {
    await lintHere(toLint.filter(here));
    const { lintInWorkers } = await import('./pool.js');
    await lintInWorkers(
      pooled.map((i) => files[i]!),
      workers,
      options,
      (j, state) => {
        const i = pooled[j]!;
        store(i, state);
        settle(i, state);
      },
      (j) => lintFile(files[pooled[j]!]!, applied[pooled[j]!] ?? { config: {} }, env),
    );
  } else {
    await lintHere(toLint);
  }
  const notices = states.flatMap((s) => s.notices ?? []);
  const internalErrors = states.flatMap((s) => {
    if (!s.internalError) return [];
    const error = new RuleError(s.internalError.ruleId, '');
    error.message = s.internalError.message;
    if (s.internalError.stack) error.stack = s.internalError.stack;
    return [error];
  });

  // Run-level checks (a repository in CI): over every usable plan of this run. When every file
  // comes from the cache unchanged, their findings are the ones the cache kept for this very run.
  let runFindings = cache?.runFindings?.(files);
  if (!runFindings) {
    const runPlans = states.flatMap((s) => (s.runPlan ? [s.runPlan] : []));
    runFindings = crossRules.flatMap((cross) => timed('rule', cross.meta.id, () => cross.checkRun(runPlans, lang)));
    cache?.storeRunFindings?.(files, runFindings);
  }
  const byFile = new Map(states.map((s) => [s.report.file, s]));
  for (const finding of runFindings) {
    const state = byFile.get(finding.file);
    if (state && resolveRuleSetting(state.config, finding.ruleId).severity !== 'off') state.findings.push(finding);
  }

  const report: RunReport = { files: [...configReports.values()].sort((a, b) => a.file.localeCompare(b.file)) };
  for (const state of states) {
    const findings = state.report.unusable
      ? state.report.findings
      : timed('phase', 'post-process (directives, severities, sort)', () => postProcess(state.findings, {
          file: state.report.file,
          lang,
          knownRuleIds,
          ...(state.directives ? { directives: state.directives } : {}),
          ...(state.config ? { config: state.config } : {}),
          ...(options.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
        }));
    const fileReport: FileReport = { ...state.report, findings };
    // A file from the cache has no source kept: read again only where a report can show it.
    if (options.keepSource && fileReport.source === undefined && findings.length && cache?.source && state.contentHash) {
      const source = cache.source(state.report.file);
      if (source !== undefined) fileReport.source = source;
    }
    report.files.push(fileReport);
  }
  const stats = { workers, linted: toLint.length, cached: files.length - toLint.length };
  return { report, fixed: states.flatMap((s) => (s.fixed ? [s.fixed] : [])), notices, internalErrors, configFiles: [...configFiles], stats };
}

/** Below this many files to lint, `workers: 'auto'` lints in the main thread: starting workers costs more than it saves. */
export const POOL_THRESHOLD = 400;
/** Files per worker at least, when the number of workers is given: a worker that lints three files costs more than it saves. */
const MIN_FILES_PER_WORKER = 25;

/** How many threads lint `count` files, the main thread included: 1 means the main thread alone. */
export function workerCount(options: Pick<LintRunOptions, 'workers' | 'rules'>, count: number): number {
  // Rules given as functions (tests, the bench) cannot cross to a worker; DVK_TIMING times one thread.
  if (options.rules || count < 2 || timingEnabled) return 1;
  const wanted = options.workers ?? 'auto';
  if (wanted === 'auto') return count < POOL_THRESHOLD ? 1 : Math.max(1, Math.min(availableParallelism(), 8));
  return Math.max(1, Math.min(wanted, Math.ceil(count / MIN_FILES_PER_WORKER)));
}

function stateOf(result: LintResult, config: DvkConfig, source?: string): FileState {
  const { loaded } = result;
  const state: FileState = { report: { ...loaded.report }, findings: result.findings, config };
  if (source !== undefined) state.directives = timed('phase', 'directives', () => parseDirectives(source));
  if (loaded.plan && loaded.sourceMap) {
    // Only what the run-level checks need is kept: the plan and its YAML tree are released here.
    state.runPlan = timed('phase', 'run plan', () => runPlanOf(loaded.report.file, loaded.plan!, loaded.sourceMap!, (config.cai_dat ?? {}) as Record<string, unknown>));
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
  const state = stateOf(lintSource(source), lintOptions.config, source);
  if (read.stamp) state.contentHash = read.stamp.sha256;
  return state;
}

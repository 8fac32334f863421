// The work behind `dvk lint`: expand paths → read and lint each file (with --fix, fix and
// re-lint) → run-level checks over all plans → suppressions, severity, dedupe, sort → format →
// exit code. Machine formats write only their output on stdout; notes go to stderr.
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { configFileReport, isConfigFile, loadConfigFor, type DvkConfig } from '../../config/index.js';
import { formatters, MACHINE_FORMATS } from '../../format/index.js';
import { localize, type Lang } from '../../i18n/index.js';
import { catalogIds, catalogMetas, crossRules, rules } from '../../lint/catalog.js';
import { runPlanOf, type RunPlan } from '../../lint/cross/duplicate-so-ky-hieu.js';
import { RuleError } from '../../lint/engine.js';
import { fixText } from '../../lint/fix.js';
import { lintLoaded, lintText, type LintOptions, type LintResult, type LoadedDocument } from '../../lint/index.js';
import { parseDirectives, type Directive } from '../../lint/directives.js';
import { postProcess } from '../../lint/pipeline.js';
import { readPlanFile } from '../../plan/read.js';
import { writeOutputFile } from '../../shared/write-output.js';
import { exitCodeFor, START_OF_FILE, type FileReport, type Finding, type RunReport } from '../../report/finding.js';
import { UsageError, type CliContext } from '../context.js';
import type { LintCommandOptions } from '../commands/lint.js';

const text = {
  noMatch: { vi: 'Không tìm thấy tệp nào khớp với “{{path}}”.', en: 'No files match “{{path}}”.' },
  noPlansInFolder: { vi: 'Thư mục “{{path}}” không có tệp kế hoạch .yaml/.yml nào.', en: 'Folder “{{path}}” has no .yaml/.yml plan files.' },
  unsupported: {
    vi: 'Không kiểm tra được tệp “{{ext}}”: dvk kiểm tra kế hoạch .yaml/.yml và văn bản .txt/.docx.',
    en: 'Cannot lint a “{{ext}}” file: dvk lints .yaml/.yml plans and .txt/.docx documents.',
  },
  readerMissing: {
    vi: 'Kiểm tra văn bản {{ext}} chưa hỗ trợ trong bản dvk này; hãy chuyển văn bản thành kế hoạch YAML rồi kiểm tra.',
    en: 'Linting {{ext}} documents is not supported by this dvk build yet; convert the document to a YAML plan first.',
  },
  docFormat: { vi: 'Tệp .doc (Word 97–2003) không đọc được; hãy lưu lại dạng .docx.', en: 'A .doc file (Word 97–2003) cannot be read; save it as .docx.' },
  internal: {
    vi: 'dvk gặp lỗi nội bộ khi kiểm tra tệp này: {{message}}. Đây là lỗi của dvk, không phải của tệp; hãy báo cho nhóm phát triển.',
    en: 'dvk hit an internal error on this file: {{message}}. This is a bug in dvk, not in your file; please report it.',
  },
  fixedFile: { vi: 'Đã sửa {{count}} vấn đề trong {{file}}.', en: 'Fixed {{count}} problem(s) in {{file}}.' },
  fixNotYaml: { vi: '{{file}}: --fix chỉ sửa kế hoạch YAML; văn bản .txt/.docx không bị thay đổi.', en: '{{file}}: --fix only fixes YAML plans; .txt/.docx documents are left unchanged.' },
  fixAndDryRun: { vi: 'Chỉ dùng một trong --fix và --fix-dry-run.', en: 'Use either --fix or --fix-dry-run, not both.' },
  wroteOutput: { vi: 'Đã ghi kết quả vào {{file}}.', en: 'Wrote the results to {{file}}.' },
};

const PLAN_EXTENSIONS = new Set(['.yaml', '.yml']);
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.docx']);
const SKIP_DIRS = new Set(['node_modules', '.git']);
const FILES_IN_FLIGHT = 16;

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

/** What the user sees as the file name: relative to the working directory, '/' separators. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

const head = Buffer.alloc(4096);

/**
 * A YAML file found by searching a folder is linted only when it looks like a plan (a top-level
 * `dvk:` or `he_thong:` key near the top): a repository also holds CI workflows, compose files
 * and other YAML that are not plans. Files named on the command line are always linted.
 */
function looksLikePlan(file: string): boolean {
  // Synchronous: the walk looks at one file at a time anyway, and three promise round trips per
  // file cost more than the read (about 0.1 s per 1,000 files).
  const fd = openSync(file, 'r');
  try {
    const bytesRead = readSync(fd, head, 0, head.length, 0);
    return /^(?:\uFEFF)?(?:dvk|he_thong)\s*:/m.test(head.subarray(0, bytesRead).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    // Hidden folders (.git, .github, .vscode) and node_modules hold no plans.
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) await walk(join(dir, entry.name), out);
    } else if (entry.isFile() && PLAN_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !isConfigFile(entry.name)) {
      const file = join(dir, entry.name);
      if (looksLikePlan(file)) out.push(file);
    }
  }
}

// Loaded when needed: a plain `dvk lint <folder>` reads no glob, writes no file and prints no diff.
let tinyglobby: typeof import('tinyglobby') | undefined;

/** Files, folders (searched for .yaml/.yml) and globs → files. A path that matches nothing is a usage error (exit 2). */
export async function expandPaths(paths: string[], lang: Lang): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const found: string[] = [];
      await walk(path, found);
      if (found.length === 0) throw new UsageError(localize(text.noPlansInFolder, lang, { path }));
      found.sort().forEach((f) => files.add(displayPath(f)));
    } else if (info?.isFile()) {
      files.add(displayPath(path));
    } else if ((tinyglobby ??= await import('tinyglobby')).isDynamicPattern(path)) {
      const found = await tinyglobby.glob(path, { onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      const usable = found.filter((f) => !isConfigFile(f));
      if (usable.length === 0) throw new UsageError(localize(text.noMatch, lang, { path }));
      usable.sort().forEach((f) => files.add(displayPath(f)));
    } else {
      throw new UsageError(localize(text.noMatch, lang, { path }));
    }
  }
  return [...files];
}

const unusable = (file: string, ruleId: string, message: string): FileReport => ({
  file,
  unusable: true,
  findings: [{ ruleId, severity: 'error', message, file, range: START_OF_FILE, fatal: true }],
});

type ReadDocument = (file: string, lang: Lang, options: { config?: DvkConfig; configFile?: string; profile?: string }) => Promise<LoadedDocument>;

/** The .txt/.docx reader is loaded only when such a file is linted (and may not be in this build). */
async function loadReader(): Promise<ReadDocument | undefined> {
  // A template import (esbuild bundles every src/*/index.ts it matches as a lazy chunk): the
  // build succeeds whether or not src/reader exists in this build, and a missing reader fails
  // here at run time, where it is caught and reported per file.
  const folder = 'reader';
  try {
    const mod = (await import(`../../${folder}/index.ts`)) as { readExistingDocument?: ReadDocument };
    return mod.readExistingDocument;
  } catch {
    return undefined;
  }
}

interface FileState {
  report: FileReport;
  /** Findings before post-processing. */
  findings: Finding[];
  config?: DvkConfig;
  /** The suppression comments of a YAML source (the source itself is not kept until the end of the run). */
  directives?: Directive[];
  runPlan?: RunPlan;
}

export async function runLint(paths: string[], options: LintCommandOptions, ctx: CliContext): Promise<number> {
  const { lang } = ctx;
  if (options.fix && options.fixDryRun) throw new UsageError(localize(text.fixAndDryRun, lang));
  const machine = MACHINE_FORMATS.includes(options.format);
  const files = await expandPaths(paths.length ? paths : ['.'], lang);
  const knownRuleIds = catalogIds();
  const configReports = new Map<string, FileReport>();
  let reader: Promise<ReadDocument | undefined> | undefined;

  // A config file named on the command line is checked against the config schema, once, in its place.
  const namedConfigs = new Set(files.filter(isConfigFile).map((f) => resolve(f)));

  const lintOne = async (file: string): Promise<FileState> => {
    if (namedConfigs.has(resolve(file))) {
      const report = await configFileReport(file, lang, { knownRuleIds });
      return { report, findings: report.findings };
    }
    const loadedConfig = await loadConfigFor(file, lang, { knownRuleIds });
    if (loadedConfig.file && loadedConfig.findings.length && !configReports.has(loadedConfig.file) && !namedConfigs.has(loadedConfig.file)) {
      const name = displayPath(loadedConfig.file);
      configReports.set(loadedConfig.file, { file: name, findings: loadedConfig.findings.map((f) => ({ ...f, file: name })) });
    }
    const config = loadedConfig.config;
    const lintOptions: LintOptions & { config: DvkConfig } = { file, lang, config, rules, ...(options.profile ? { profile: options.profile } : {}), ...(loadedConfig.file ? { configFile: loadedConfig.file } : {}) };
    const ext = extname(file).toLowerCase();
    try {
      if (PLAN_EXTENSIONS.has(ext) || ext === '') {
        return await lintYamlFile(file, lintOptions, options, ctx, knownRuleIds);
      } else if (DOCUMENT_EXTENSIONS.has(ext)) {
        reader ??= loadReader();
        const read = await reader;
        if (!read) return { report: unusable(file, 'input/unsupported', localize(text.readerMissing, lang, { ext })), findings: [] };
        if (options.fix || options.fixDryRun) ctx.stderr(`${localize(text.fixNotYaml, lang, { file })}\n`);
        return stateOf(lintLoaded(await read(file, lang, { config, ...(loadedConfig.file ? { configFile: loadedConfig.file } : {}), ...(options.profile ? { profile: options.profile } : {}) }), lintOptions), config);
      } else if (ext === '.doc') {
        return { report: unusable(file, 'input/unsupported', localize(text.docFormat, lang)), findings: [] };
      } else {
        return { report: unusable(file, 'input/unsupported', localize(text.unsupported, lang, { ext })), findings: [] };
      }
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      if (ctx.debug && error.stack) ctx.stderr(`${error.stack}\n`);
      return { report: unusable(file, 'dvk/internal-error', localize(text.internal, lang, { message: error.message })), findings: [] };
    }
  };
  // Only the stylish format draws code frames from each file's source; the others do not need
  // thousands of sources kept until the end of the run.
  const formatter = formatters[options.format] ?? formatters.stylish!;
  const keepSource = formatter === formatters.stylish;
  // A few files in flight at once, so reading one overlaps linting another; results keep the run's order.
  const states = await mapInOrder(files, FILES_IN_FLIGHT, async (file) => {
    const state = await lintOne(file);
    if (!keepSource) delete state.report.source;
    return state;
  });

  // Run-level checks (a repository in CI): over every usable plan of this run.
  const runPlans = states.flatMap((s) => (s.runPlan ? [s.runPlan] : []));
  for (const cross of crossRules) {
    const byFile = new Map(states.map((s) => [s.report.file, s]));
    for (const finding of cross.checkRun(runPlans, lang)) {
      const state = byFile.get(finding.file);
      const setting = state?.config?.quy_tac?.[cross.meta.id];
      if (state && setting !== 'off' && !(typeof setting === 'object' && setting.muc_do === 'off')) state.findings.push(finding);
    }
  }

  const report: RunReport = { files: [...configReports.values()].sort((a, b) => a.file.localeCompare(b.file)) };
  for (const state of states) {
    let findings = state.report.unusable
      ? state.report.findings
      : postProcess(state.findings, {
          file: state.report.file,
          lang,
          knownRuleIds,
          ...(state.directives ? { directives: state.directives } : {}),
          ...(state.config ? { config: state.config } : {}),
          ...(options.reportUnusedDisableDirectives ? { reportUnusedDirectives: true } : {}),
        });
    if (options.quiet) findings = findings.filter((f) => f.severity === 'error' || f.fatal);
    report.files.push({ ...state.report, findings });
  }

  const output = formatter(report, { lang, color: ctx.color && !options.outputFile, fixHint: !options.fix, rules: catalogMetas() });
  if (options.outputFile) {
    await writeOutputFile(resolve(options.outputFile), output);
    if (!machine) ctx.stderr(`${localize(text.wroteOutput, lang, { file: options.outputFile })}\n`);
  } else {
    ctx.stdout(output);
  }
  return exitCodeFor(report, options.maxWarnings ?? -1);
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

async function lintYamlFile(file: string, lintOptions: LintOptions & { config: DvkConfig }, options: LintCommandOptions, ctx: CliContext, knownRuleIds: string[]): Promise<FileState> {
  const { lang } = ctx;
  const read = await readPlanFile(file, lang);
  if ('fatal' in read) return { report: { file, findings: [read.fatal], unusable: true }, findings: [read.fatal] };
  const lintSource = (source: string): LintResult => {
    const result = lintText(source, lintOptions);
    if (read.findings.length) result.findings.unshift(...read.findings);
    return result;
  };
  const source = read.text;
  if (options.fix || options.fixDryRun) {
    // Suppressed findings are never fixed: the fixer sees what the user would see.
    const visible = (t: string) =>
      postProcess(lintSource(t).findings, { file, lang, source: t, config: lintOptions.config, knownRuleIds });
    const fixed = fixText(source, visible);
    if (fixed.output !== source) {
      if (options.fix) {
        await writeOutputFile(file, fixed.output);
        ctx.stderr(`${localize(text.fixedFile, lang, { count: fixed.applied, file })}\n`);
      } else {
        const { createTwoFilesPatch } = await import('diff');
        const patch = createTwoFilesPatch(file, file, source, fixed.output, '', '', { context: 2 });
        (MACHINE_FORMATS.includes(options.format) ? ctx.stderr : ctx.stdout)(patch);
      }
      // --fix reports what is left in the fixed file; a dry run reports the file as it is on
      // disk (nothing was written), with the fixed text beside it in `output`.
      const reported = options.fix ? fixed.output : source;
      const state = stateOf(lintSource(reported), lintOptions.config, reported);
      state.report.output = fixed.output;
      return state;
    }
  }
  return stateOf(lintSource(source), lintOptions.config, source);
}

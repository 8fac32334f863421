// `dvk lint`: read the flags, expand the paths, hand the files to the lint run (src/lint/run.ts),
// then print: the report in the chosen format, the fixed files written (--fix) or their diff
// (--fix-dry-run), notes on stderr. Machine formats write only their output on stdout.
import { dirname, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { formatters, MACHINE_FORMATS } from '../../format/index.js';
import { localize } from '../../i18n/index.js';
import { catalogMetas } from '../../lint/catalog.js';
import { expandPaths, PathError } from '../../lint/files.js';
import { runLintFiles } from '../../lint/run.js';
import { encodeText, encodingOfFile } from '../../plan/encoding.js';
import { exitCodeFor, START_OF_FILE, type Finding } from '../../report/finding.js';
import { STDIN_NAME } from '../../shared/read-input.js';
import { outputRefusal, writeOutputFile, WriteFailure } from '../../shared/write-output.js';
import { isDocx, reviewText } from '../../review/names.js';
import { UsageError, type CliContext } from '../context.js';
import { createProgress, progressWanted } from '../progress.js';
import type { LintCommandOptions } from '../commands/lint.js';

const text = {
  fixedFile: { vi: 'Đã sửa {{count}} vấn đề trong {{file}}.', en: 'Fixed {{count}} problem(s) in {{file}}.' },
  fixAndDryRun: { vi: 'Chỉ dùng một trong --fix và --fix-dry-run.', en: 'Use either --fix or --fix-dry-run, not both.' },
  wroteOutput: { vi: 'Đã ghi kết quả vào {{file}}.', en: 'Wrote the results to {{file}}.' },
  fixedNfc: {
    vi: ' Tệp dùng Unicode tổ hợp nên đã được ghi lại ở dạng dựng sẵn (NFC) toàn tệp; bảng mã và kiểu xuống dòng giữ nguyên.',
    en: ' The file used decomposed Unicode, so all of it was written back precomposed (NFC); its encoding and line endings are kept.',
  },
  annotateDryRun: { vi: 'Chỉ dùng một trong --annotate và --fix-dry-run.', en: 'Use either --annotate or --fix-dry-run, not both.' },
  noneChanged: {
    vi: 'Không có tệp nào trong số được kiểm tra thay đổi kể từ {{ref}}.',
    en: 'None of the files checked changed since {{ref}}.',
  },
  fixStdin: {
    vi: '--fix không ghi lại được kế hoạch đọc từ đầu vào chuẩn (-); dùng --fix-dry-run để xem phần sửa.',
    en: '--fix cannot write back a plan read from standard input (-); use --fix-dry-run to see the changes.',
  },
};

export { displayPath, expandPaths } from '../../lint/files.js';

/** `--cache`: loaded only when asked; a damaged or foreign cache file is a note (said by the caller), never an error. */
async function openCache(options: LintCommandOptions, ctx: CliContext) {
  const { LintCache } = await import('../../lint/cache.js');
  return LintCache.open(options.cacheLocation ?? '.dvkcache', { lang: ctx.lang, strategy: options.cacheStrategy ?? 'metadata', ...(options.profile ? { profile: options.profile } : {}) });
}

/**
 * How much V8 lets the heap grow past what the last full collection kept, in percent. Its own
 * choice (up to 4× on a fast machine) let a 10,000-plan run keep 50–60 MB live in a 200+ MB heap
 * (306 MB peak RSS with one thread); at 1.5× the peak is about 240 MB for the same CPU time
 * (docs/performance.md). A process-wide V8 setting, so the CLI sets it, not the lint library.
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * V8 compiles a regular expression first to bytecode for its interpreter and, from its second
 * use, again to machine code (“tier-up”). Every rule pattern runs over many texts of a plan, so
 * the bytecode step is wasted work, and for the rules' large Unicode patterns it was ≈ 50 ms of
 * `dvk lint one.yaml` (issue 13, docs/performance.md). Without tier-up each pattern is compiled
 * once, to machine code, at its first use; the matches are the same. The flag is read when a
 * pattern first runs, so setting it here, before any rule has run, covers the rules (created
 * when their modules loaded, not yet run) and the worker threads (V8 flags are per process).
 */
const REGEXP_FLAGS = '--no-regexp-tier-up';

export async function runLint(paths: string[], options: LintCommandOptions, ctx: CliContext): Promise<number> {
  const { lang } = ctx;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString(REGEXP_FLAGS);
  if (options.fix && options.fixDryRun) throw new UsageError(localize(text.fixAndDryRun, lang));
  const machine = MACHINE_FORMATS.includes(options.format);
  // The cache is opened first: what it knows of each file spares the folder search reading it.
  const opened = options.cache ? await openCache(options, ctx) : undefined;
  const cache = opened?.cache;
  let files: string[];
  try {
    files = await expandPaths(paths.length ? paths : ['.'], lang, cache?.planHint);
  } catch (error) {
    if (error instanceof PathError) throw new UsageError(error.message);
    throw error;
  }
  if (opened?.note) ctx.stderr(`dvk: ${localize(opened.note.message, lang, opened.note.data)}\n`);
  if (options.fix && files.includes(STDIN_NAME)) throw new UsageError(localize(text.fixStdin, lang));
  // --annotate, and --fix on a .docx: a reviewed copy of each .docx (src/review), never the original.
  // --fix-layout implies the copy, like --fix: margins are never changed in the original.
  const review = options.annotate || ((options.fix || options.fixLayout) && files.some(isDocx));
  if (options.annotate && options.fixDryRun) throw new UsageError(localize(text.annotateDryRun, lang));
  if (typeof options.annotate === 'string' && files.filter(isDocx).length !== 1) throw new UsageError(localize(reviewText.oneOutput, lang, { out: options.annotate }));
  // --changed: every file is still linted (the repository-wide rules compare the changed plans
  // with the others); only the changed files are reported and fixed.
  let changed: ((file: string) => boolean) | undefined;
  if (options.changed !== undefined) {
    const { changedSince, ChangedError, realPath } = await import('../../lint/changed.js');
    let since: Set<string>;
    try {
      // git is asked in the folder of the first plan: `dvk lint --changed main ../office/plans` works from anywhere.
      const first = files.find((f) => f !== STDIN_NAME);
      since = changedSince(options.changed, lang, first ? dirname(resolve(first)) : process.cwd());
    } catch (error) {
      if (error instanceof ChangedError) throw new UsageError(error.message);
      throw error;
    }
    changed = (file) => file === STDIN_NAME || since.has(realPath(file));
    if (!files.some(changed)) {
      ctx.stderr(`${localize(text.noneChanged, lang, { ref: options.changed })}\n`);
      files = [];
    }
  }
  // Only the stylish format draws code frames from each file's source; the others do not need
  // thousands of sources kept until the end of the run.
  const formatter = formatters[options.format] ?? formatters.stylish!;
  const keepSource = formatter === formatters.stylish || Boolean(review);
  const progress = progressWanted(process.stderr, process.env, machine) ? createProgress(process.stderr, lang) : undefined;
  const run = await runLintFiles(files, {
    lang,
    keepSource,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(cache ? { cache } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
    ...(options.fix ? { fix: 'apply' as const } : options.fixDryRun ? { fix: 'dry-run' as const } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDirectives: true } : {}),
  });
  progress?.end();
  if (ctx.debug) ctx.stderr(`dvk: ${run.stats.linted} linted (${run.stats.workers} thread(s)), ${run.stats.cached} from the cache\n`);
  if (changed) {
    run.report.files = run.report.files.filter((f) => changed(f.file));
    run.fixed = run.fixed.filter((f) => changed(f.file));
  }
  if (ctx.debug) for (const error of run.internalErrors) if (error.stack) ctx.stderr(`${error.stack}\n`);
  for (const notice of run.notices) ctx.stderr(`${notice}\n`);
  for (const fixed of run.fixed) {
    if (options.fix) {
      try {
        // Written back in the file's own encoding (UTF-16, BOM), and only if the file is still
        // what was read: an edit saved meanwhile is never lost.
        await writeOutputFile(fixed.file, encodeText(fixed.output, encodingOfFile(fixed.file)), fixed.stamp ? { unchanged: fixed.stamp } : {});
      } catch (error) {
        if (!(error instanceof WriteFailure)) throw error;
        const finding: Finding = { ruleId: 'fix/khong-ghi-duoc', severity: 'error', message: error.text[lang], file: fixed.file, range: START_OF_FILE, fatal: true };
        const report = run.report.files.find((f) => f.file === fixed.file);
        if (report) Object.assign(report, { findings: [finding], unusable: true });
        continue;
      }
      const nfc = fixed.normalisedNfc ? localize(text.fixedNfc, lang) : '';
      ctx.stderr(`${localize(text.fixedFile, lang, { count: fixed.applied, file: fixed.file })}${nfc}\n`);
    } else {
      const { createTwoFilesPatch } = await import('diff');
      const patch = createTwoFilesPatch(fixed.file, fixed.file, fixed.source, fixed.output, '', '', { context: 2 });
      (machine ? ctx.stderr : ctx.stdout)(patch);
    }
  }

  let reviewFailed = false;
  // Said after the report, where the user's eye ends up.
  let reviewMessages: string[] = [];
  if (review) {
    const { writeReviewedCopies } = await import('../../review/index.js');
    const outcome = await writeReviewedCopies(run.report, {
      ...(options.annotate ? { annotate: options.annotate } : {}),
      fix: Boolean(options.fix),
      fixLayout: Boolean(options.fixLayout),
      force: Boolean(options.force),
      lang,
      inputs: [...files.filter((f) => f !== STDIN_NAME), ...run.configFiles],
    });
    reviewMessages = outcome.messages;
    reviewFailed = outcome.failed;
    if (formatter !== formatters.stylish) for (const file of run.report.files) delete file.source;
  }

  // After --fix has written: a fixed file is not in the cache, so the next run lints it again.
  if (cache) await cache.save().catch((error: unknown) => ctx.stderr(`${error instanceof WriteFailure ? error.text[lang] : String(error)}\n`));
  const report = run.report;
  if (options.quiet) for (const file of report.files) file.findings = file.findings.filter((f) => f.severity === 'error' || f.fatal);
  const output = formatter(report, { lang, color: ctx.color && !options.outputFile, fixHint: !options.fix, rules: catalogMetas() });
  if (options.outputFile) {
    const inputs = [...files.filter((f) => f !== STDIN_NAME), ...run.configFiles];
    const refusal = await outputRefusal(options.outputFile, { inputs, force: Boolean(options.force), replaceOwn: true });
    if (refusal) throw refusal;
    await writeOutputFile(options.outputFile, output);
    if (!machine) ctx.stderr(`${localize(text.wroteOutput, lang, { file: options.outputFile })}\n`);
  } else {
    ctx.stdout(output);
  }
  for (const message of reviewMessages) ctx.stderr(`${message}\n`);
  return reviewFailed ? 2 : exitCodeFor(report, options.maxWarnings ?? -1);
}

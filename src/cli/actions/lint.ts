// `dvk lint`: read the flags, expand the paths, hand the files to the lint run (src/lint/run.ts),
// then print: the report in the chosen format, the fixed files written (--fix) or their diff
// (--fix-dry-run), notes on stderr. Machine formats write only their output on stdout.
import { resolve } from 'node:path';
import { formatters, MACHINE_FORMATS } from '../../format/index.js';
import { localize } from '../../i18n/index.js';
import { catalogMetas } from '../../lint/catalog.js';
import { expandPaths, PathError } from '../../lint/files.js';
import { runLintFiles } from '../../lint/run.js';
import { exitCodeFor } from '../../report/finding.js';
import { writeOutputFile } from '../../shared/write-output.js';
import { UsageError, type CliContext } from '../context.js';
import type { LintCommandOptions } from '../commands/lint.js';

const text = {
  fixedFile: { vi: 'Đã sửa {{count}} vấn đề trong {{file}}.', en: 'Fixed {{count}} problem(s) in {{file}}.' },
  fixAndDryRun: { vi: 'Chỉ dùng một trong --fix và --fix-dry-run.', en: 'Use either --fix or --fix-dry-run, not both.' },
  wroteOutput: { vi: 'Đã ghi kết quả vào {{file}}.', en: 'Wrote the results to {{file}}.' },
};

export { displayPath, expandPaths } from '../../lint/files.js';

export async function runLint(paths: string[], options: LintCommandOptions, ctx: CliContext): Promise<number> {
  const { lang } = ctx;
  if (options.fix && options.fixDryRun) throw new UsageError(localize(text.fixAndDryRun, lang));
  const machine = MACHINE_FORMATS.includes(options.format);
  let files: string[];
  try {
    files = await expandPaths(paths.length ? paths : ['.'], lang);
  } catch (error) {
    if (error instanceof PathError) throw new UsageError(error.message);
    throw error;
  }
  // Only the stylish format draws code frames from each file's source; the others do not need
  // thousands of sources kept until the end of the run.
  const formatter = formatters[options.format] ?? formatters.stylish!;
  const run = await runLintFiles(files, {
    lang,
    keepSource: formatter === formatters.stylish,
    ...(options.fix ? { fix: 'apply' as const } : options.fixDryRun ? { fix: 'dry-run' as const } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDirectives: true } : {}),
  });
  if (ctx.debug) for (const error of run.internalErrors) if (error.stack) ctx.stderr(`${error.stack}\n`);
  for (const notice of run.notices) ctx.stderr(`${notice}\n`);
  for (const fixed of run.fixed) {
    if (options.fix) {
      await writeOutputFile(fixed.file, fixed.output);
      ctx.stderr(`${localize(text.fixedFile, lang, { count: fixed.applied, file: fixed.file })}\n`);
    } else {
      const { createTwoFilesPatch } = await import('diff');
      const patch = createTwoFilesPatch(fixed.file, fixed.file, fixed.source, fixed.output, '', '', { context: 2 });
      (machine ? ctx.stderr : ctx.stdout)(patch);
    }
  }

  const report = run.report;
  if (options.quiet) for (const file of report.files) file.findings = file.findings.filter((f) => f.severity === 'error' || f.fatal);
  const output = formatter(report, { lang, color: ctx.color && !options.outputFile, fixHint: !options.fix, rules: catalogMetas() });
  if (options.outputFile) {
    await writeOutputFile(resolve(options.outputFile), output);
    if (!machine) ctx.stderr(`${localize(text.wroteOutput, lang, { file: options.outputFile })}\n`);
  } else {
    ctx.stdout(output);
  }
  return exitCodeFor(report, options.maxWarnings ?? -1);
}

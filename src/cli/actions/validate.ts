// The work behind `dvk validate`: load each plan, collect findings, print, return the exit code.
import type { CliContext } from '../context.js';
import { formatters } from '../../format/index.js';
import { loadPlanFile } from '../../plan/index.js';
import { exitCodeFor, type RunReport } from '../../report/finding.js';

export async function runValidate(files: string[], options: { format: string }, ctx: CliContext): Promise<number> {
  const report: RunReport = { files: [] };
  for (const file of files) report.files.push((await loadPlanFile(file, ctx.lang)).report);
  const formatter = formatters[options.format] ?? formatters.stylish!;
  ctx.stdout(formatter(report, { lang: ctx.lang, color: ctx.color }));
  return exitCodeFor(report);
}

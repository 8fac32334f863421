// The work behind `dvk validate`: load each plan, collect findings, print, return the exit code.
// A dvk.config.yaml among the files (`dvk validate *.yaml`) is checked against the config schema.
import type { CliContext } from '../context.js';
import { configFileReport, isConfigFile } from '../../config/index.js';
import { formatters } from '../../format/index.js';
import { loadPlanFile } from '../../plan/index.js';
import { exitCodeFor, type FileReport, type RunReport } from '../../report/finding.js';
import { STDIN_NAME } from '../../shared/read-input.js';

async function validateConfig(file: string, ctx: CliContext): Promise<FileReport> {
  // The catalog is loaded only when a config is among the files: its rule ids check `quy_tac`.
  const { catalogIds } = await import('../../lint/catalog.js');
  return configFileReport(file, ctx.lang, { knownRuleIds: catalogIds() });
}

export async function runValidate(files: string[], options: { format: string }, ctx: CliContext): Promise<number> {
  const report: RunReport = { files: [] };
  // `-`: a plan on standard input (read with the same size cap), reported as <stdin>.
  for (const file of files.map((f) => (f === '-' ? STDIN_NAME : f))) {
    report.files.push(isConfigFile(file) ? await validateConfig(file, ctx) : (await loadPlanFile(file, ctx.lang)).report);
  }
  const formatter = formatters[options.format] ?? formatters.stylish!;
  ctx.stdout(formatter(report, { lang: ctx.lang, color: ctx.color }));
  return exitCodeFor(report);
}

// The work behind `dvk validate`: load each plan, collect findings, print, return the exit code.
// A dvk.config.yaml among the files (`dvk validate *.yaml`) is checked against the config schema.
import type { CliContext } from '../context.js';
import { configFileReport, isConfigFile, loadConfigFor } from '../../config/index.js';
import { formatters } from '../../format/index.js';
import { loadPlanFile } from '../../plan/index.js';
import { profileConflictFindings, resolveProfile } from '../../profile/resolve.js';
import { exitCodeFor, sortFindings, type FileReport, type RunReport } from '../../report/finding.js';
import { STDIN_NAME } from '../../shared/read-input.js';

async function validateConfig(file: string, ctx: CliContext): Promise<FileReport> {
  // The catalog is loaded only when a config is among the files: its rule ids check `quy_tac`.
  const { configCheck } = await import('../../lint/catalog.js');
  return configFileReport(file, ctx.lang, configCheck());
}

/** A valid plan is also checked against the profile its folder's config pins: the same finding lint and render give. */
async function validatePlan(file: string, ctx: CliContext): Promise<FileReport> {
  const loaded = await loadPlanFile(file, ctx.lang);
  if (!loaded.plan) return loaded.report;
  const config = await loadConfigFor(file, ctx.lang);
  const { plan } = loaded;
  const resolution = resolveProfile(
    { system: plan.system, ...(plan.issueDate ? { issueDate: plan.issueDate } : {}), ...(plan.profileId ? { pinned: plan.profileId } : {}) },
    { config: config.config, ...(config.file ? { configFile: config.file } : {}) },
  );
  const conflicts = profileConflictFindings(resolution, { file, ...(loaded.sourceMap ? { sourceMap: loaded.sourceMap } : {}), lang: ctx.lang });
  return conflicts.length ? { ...loaded.report, findings: sortFindings([...loaded.report.findings, ...conflicts]) } : loaded.report;
}

export async function runValidate(files: string[], options: { format: string }, ctx: CliContext): Promise<number> {
  const report: RunReport = { files: [] };
  // `-`: a plan on standard input (read with the same size cap), reported as <stdin>.
  for (const file of files.map((f) => (f === '-' ? STDIN_NAME : f))) {
    report.files.push(isConfigFile(file) ? await validateConfig(file, ctx) : await validatePlan(file, ctx));
  }
  const formatter = formatters[options.format] ?? formatters.stylish!;
  ctx.stdout(formatter(report, { lang: ctx.lang, color: ctx.color }));
  return exitCodeFor(report);
}

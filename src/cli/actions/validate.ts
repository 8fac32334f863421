// The work behind `dvk validate`: load each plan, collect findings, print, return the exit code.
// A dvk.config.yaml among the files (`dvk validate *.yaml`) is checked against the config schema.
import type { CliContext } from '../context.js';
import { configFileReport, isConfigFile, loadConfigFor } from '../../config/index.js';
import { formatters } from '../../format/index.js';
import { loadPlanFile } from '../../plan/index.js';
import { profileConflictFindings, resolveProfile } from '../../profile/resolve.js';
import { exitCodeFor, sortFindings, type FileReport, type RunReport } from '../../report/finding.js';
import { statSync } from 'node:fs';
import { expandPaths, PathError } from '../../lint/files.js';
import { STDIN_NAME } from '../../shared/read-input.js';
import { UsageError } from '../context.js';

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

/** A glob (`plans/*.yaml`): expanded like `dvk lint` does; any other path is a file. */
const isDynamicPattern = (path: string): boolean => /[*?[\]{}]/.test(path);

export async function runValidate(paths: string[], options: { format: string }, ctx: CliContext): Promise<number> {
  const report: RunReport = { files: [] };
  // Files, folders (searched for plans) and globs as `dvk lint` takes them; `-`: a plan on
  // standard input (read with the same size cap), reported as <stdin>.
  // A path that is not a folder is validated as given, so a missing file is a finding in the
  // report (in the chosen format), as it always was.
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-' || !(statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? isDynamicPattern(path))) {
      files.push(path === '-' ? STDIN_NAME : path);
      continue;
    }
    try {
      files.push(...(await expandPaths([path], ctx.lang)));
    } catch (error) {
      if (error instanceof PathError) throw new UsageError(error.message);
      throw error;
    }
  }
  for (const file of [...new Set(files)]) {
    report.files.push(isConfigFile(file) ? await validateConfig(file, ctx) : await validatePlan(file, ctx));
  }
  const formatter = formatters[options.format] ?? formatters.stylish!;
  ctx.stdout(formatter(report, { lang: ctx.lang, color: ctx.color }));
  return exitCodeFor(report);
}

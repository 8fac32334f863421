// Formatter registry: name → (report, options) → string. Every formatter sees only RunReport.
import type { RunReport } from '../report/finding.js';
import { formatCodeClimate } from './codeclimate.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish, type FormatOptions } from './stylish.js';

export type Formatter = (report: RunReport, options: FormatOptions) => string;

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: (report) => formatJson(report),
  sarif: formatSarif,
  junit: (report) => formatJunit(report),
  github: (report) => formatGithub(report),
  codeclimate: (report, options) => formatCodeClimate(report, options.cwd ? { cwd: options.cwd } : {}),
};

/** Formats for machines: nothing but the output goes to stdout. */
export const MACHINE_FORMATS: readonly string[] = ['json', 'sarif', 'junit', 'github', 'codeclimate'];

export type { FormatOptions };

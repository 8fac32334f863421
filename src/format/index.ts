// Formatter registry: name → (report, options) → string. Every formatter sees only RunReport.
import type { RunReport } from '../report/finding.js';
import { formatJson } from './json.js';
import { formatStylish, type FormatOptions } from './stylish.js';

export type Formatter = (report: RunReport, options: FormatOptions) => string;

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: (report) => formatJson(report),
};

export type { FormatOptions };

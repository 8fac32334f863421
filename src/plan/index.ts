// The plan loader: file → decoded text → YAML with positions → schema check → Plan model.
// Every problem on the way is a Finding in one FileReport; nothing here throws for bad input.
import type { Document } from 'yaml';
import type { Lang } from '../i18n/index.js';
import type { FileReport, Finding, PlanPath } from '../report/finding.js';
import { validatePlanData } from '../schema/validate.js';
import { parsePlanYaml } from './load.js';
import { toPlan, type Plan } from './model.js';
import { decodePlanBytes, readPlanFile } from './read.js';
import { timed } from '../shared/timing.js';
import type { SourceMap } from './source-map.js';

export interface LoadedPlan {
  report: FileReport;
  /** Present when the file is schema-valid. */
  plan?: Plan;
  /** Raw data after YAML parsing (present whenever YAML parsed). */
  data?: unknown;
  doc?: Document;
  sourceMap?: SourceMap;
  /**
   * Plan paths the loader already reported as missing (a .txt/.docx part the reader did not
   * find). A rule finding at one of them, or inside one, is about the same absence.
   */
  missing?: PlanPath[];
}

export async function loadPlanFile(file: string, lang: Lang): Promise<LoadedPlan> {
  const read = await readPlanFile(file, lang);
  if ('fatal' in read) return { report: { file, findings: [read.fatal], unusable: true } };
  return loadPlanText(read.text, file, lang, read.findings);
}

export function loadPlanBytes(bytes: Uint8Array, file: string, lang: Lang): LoadedPlan {
  const read = decodePlanBytes(bytes, file, lang);
  if ('fatal' in read) return { report: { file, findings: [read.fatal], unusable: true } };
  return loadPlanText(read.text, file, lang, read.findings);
}

export function loadPlanText(text: string, file: string, lang: Lang, earlier: Finding[] = []): LoadedPlan {
  const parsed = timed('phase', 'yaml to data', () => parsePlanYaml(text, file, lang));
  if ('fatal' in parsed) return { report: { file, source: text, findings: [...earlier, ...parsed.fatal], unusable: true } };
  const { data, doc, sourceMap } = parsed;
  const schemaFindings = timed('phase', 'schema', () => validatePlanData(data, sourceMap, file, lang));
  const findings = [...earlier, ...parsed.findings, ...schemaFindings];
  const loaded: LoadedPlan = { report: { file, source: text, findings }, data, doc, sourceMap };
  if (schemaFindings.length === 0) loaded.plan = timed('phase', 'plan model', () => toPlan(data as Record<string, unknown>));
  return loaded;
}

export type { Plan } from './model.js';

// What the run-level (repository-wide) rules read of one plan. `dvk lint` keeps one RunPlan per
// file until the end of the run, so it is small, and it is plain data (no functions, no class
// instances, no YAML nodes): it can cross a worker thread boundary (structured clone) and be stored
// in a cache file (JSON) and still give the same run-level findings. A run-level rule that needs
// more of a plan adds the field here and fills it in runPlanOf.
import type { Lang } from '../../i18n/index.js';
import type { Plan } from '../../plan/model.js';
import type { SourceMap } from '../../plan/source-map.js';
import type { Finding, Range } from '../../report/finding.js';
import type { RuleMeta } from '../rule.js';

export interface RunPlan {
  file: string;
  plan: Pick<Plan, 'system' | 'draft' | 'number' | 'symbol' | 'issueDate'>;
  /** Positions the run-level rules point at, by name (`so`: the number). */
  ranges: { so?: Range };
  /** `cai_dat` of the config that applies to this file. */
  settings: Record<string, unknown>;
}

/** A RunPlan that keeps only what the run-level checks read, so the plan itself can be released after its file is linted. */
export function runPlanOf(file: string, plan: Plan, sourceMap: SourceMap, settings: Record<string, unknown>): RunPlan {
  const { system, draft, number, symbol, issueDate } = plan;
  return {
    file,
    plan: { system, draft, ...(number ? { number } : {}), ...(symbol ? { symbol } : {}), ...(issueDate ? { issueDate } : {}) },
    ranges: number ? { so: sourceMap.locate(number.path) } : {},
    settings,
  };
}

export interface CrossRule {
  meta: RuleMeta;
  checkRun(plans: RunPlan[], lang: Lang): Finding[];
}

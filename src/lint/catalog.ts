// Everything `dvk lint` can report about a plan, for listings, docs, SARIF and directives:
// the per-plan rules (src/lint/rules, in catalog order) and the run-level checks (src/lint/cross).
import { crossRules } from './cross/duplicate-so-ky-hieu.js';
import type { RuleMeta } from './rule.js';
import { rules } from './rules/index.js';

export { crossRules, rules };

export function catalogMetas(): RuleMeta[] {
  return [...rules.map((r) => r.meta), ...crossRules.map((r) => r.meta)];
}

export function catalogIds(): string[] {
  return catalogMetas().map((m) => m.id);
}

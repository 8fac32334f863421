// Everything dvk can report, one catalog, one meta contract (RuleMeta in rule.ts), in the order
// `dvk rules` and docs/rules list it: the per-plan rules (src/lint/rules, run by the engine), the
// run-level rules (src/lint/cross), the .docx layout checks (src/reader/layout), the reader's own
// findings (src/reader/rules.ts) and the input ids a user can switch (src/lint/input-rules.ts).
// Listings, `dvk explain`, docs/rules, SARIF, `quy_tac` and suppression comments all read it.
import { layoutChecks } from '../reader/layout/checks.js';
import { readerRules } from '../reader/rules.js';
import { crossRules } from './cross/index.js';
import { inputRules } from './input-rules.js';
import { optionProblems } from './options.js';
import type { RuleKind, RuleMeta } from './rule.js';
import { rules } from './rules/index.js';

export { crossRules, rules };

let metas: RuleMeta[] | undefined;

export function catalogMetas(): RuleMeta[] {
  metas ??= [
    ...rules.map((r) => r.meta),
    ...crossRules.map((r) => ({ kind: 'run' as const, ...r.meta })),
    ...layoutChecks.map((c) => c.meta),
    ...readerRules,
    ...inputRules,
  ];
  return metas;
}

export function catalogIds(): string[] {
  return catalogMetas().map((m) => m.id);
}

/** How a config is checked against the catalog: rule ids under `quy_tac`, and each rule's `tuy_chon` against its schema. */
export function configCheck(): { knownRuleIds: string[]; ruleOptionProblems: (id: string, given: Record<string, unknown>) => string[] | 'none' } {
  const byId = new Map(catalogMetas().map((m) => [m.id, m]));
  return {
    knownRuleIds: [...byId.keys()],
    ruleOptionProblems: (id, given) => {
      const meta = byId.get(id);
      return meta ? optionProblems(meta, given) : [];
    },
  };
}

/** The kind of a catalog entry (`plan` for the rules, which need not say so). */
export const kindOf = (meta: RuleMeta): RuleKind => meta.kind ?? 'plan';

// The lint API without I/O: a loaded plan (YAML, or a .txt/.docx read back) + config → findings.
// `dvk lint`, the fixer, the rule tester and the bench all go through here.
import type { DvkConfig } from '../config/index.js';
import type { Lang } from '../i18n/index.js';
import { loadPlanText, type LoadedPlan } from '../plan/index.js';
import type { ProfileId } from '../plan/model.js';
import type { Profile } from '../profile/index.js';
import { profileConflictFindings, resolveProfile, type ProfileResolution } from '../profile/resolve.js';
import type { Finding } from '../report/finding.js';
import { lintPlan, type LintFinding } from './engine.js';
import type { Rule } from './rule.js';
import { TYPE_RULE_TAG } from '../plan/doc-types.js';

export interface LintOptions {
  file: string;
  lang: Lang;
  config?: DvkConfig;
  rules: readonly Rule[];
  /** `--profile`: force a format profile. */
  profile?: ProfileId;
  /** Where `config` came from, to name it when it pins a profile. */
  configFile?: string;
}

/** What every loader gives: the file's report so far, and the plan when it was usable. */
export type LoadedDocument = Pick<LoadedPlan, 'report' | 'plan' | 'sourceMap' | 'missing'>;

export interface LintResult {
  loaded: LoadedDocument;
  /** Loader findings (YAML, schema, recognition) followed by rule findings; not yet post-processed. */
  findings: LintFinding[];
  profile?: Profile;
  /** Why this profile, in one sentence (src/profile/resolve.ts). */
  profileReason?: ProfileResolution['reason'];
}

/** The profile for a plan, as every command chooses it (src/profile/resolve.ts). */
export function profileFor(plan: NonNullable<LoadedPlan['plan']>, options: Pick<LintOptions, 'profile' | 'config' | 'configFile'>): ProfileResolution {
  return resolveProfile(
    { system: plan.system, ...(plan.issueDate ? { issueDate: plan.issueDate } : {}), ...(plan.profileId ? { pinned: plan.profileId } : {}) },
    { ...(options.profile ? { override: options.profile } : {}), ...(options.config ? { config: options.config } : {}), ...(options.configFile ? { configFile: options.configFile } : {}) },
  );
}

/** Rules run only on a plan that passed the schema; otherwise the loader's findings are the result. */
export function lintLoaded(loaded: LoadedDocument, options: LintOptions): LintResult {
  const findings: LintFinding[] = [...loaded.report.findings];
  if (!loaded.plan || !loaded.sourceMap) return { loaded, findings };
  const resolution = profileFor(loaded.plan, options);
  const { profile } = resolution;
  findings.push(...profileConflictFindings(resolution, { file: options.file, sourceMap: loaded.sourceMap, lang: options.lang }));
  const ruleFindings = lintPlan({ plan: loaded.plan, sourceMap: loaded.sourceMap, profile, file: options.file, lang: options.lang, rules: options.rules, ...(options.config ? { config: options.config } : {}) });
  const typeUnknown = typeNotKnown(loaded.missing, options.rules);
  for (const f of ruleFindings) if (!aboutMissing(f, loaded.missing) && !typeUnknown.has(f.ruleId)) findings.push(f);
  return { loaded, findings, profile, profileReason: resolution.reason };
}

/**
 * One finding per problem: when the .txt/.docx reader did not find a part it has already said so
 * (reader/not-found, "missing, or dvk did not recognise it: check the original"). A rule finding
 * at that part's path, such as draft-placeholders' "the number is blank, fill it in before
 * issuing", is about the same absence, and the reader's is the right one to keep: the reader
 * cannot tell a number left blank from one it failed to recognise, while the rule would assert
 * the first. A part that was found but left blank ("Số:    /KH-SKHCN") is not missing, and
 * draft-placeholders reports it alone.
 */
function aboutMissing(finding: LintFinding, missing: LoadedDocument['missing']): boolean {
  if (!missing?.length || !finding.path) return false;
  const path = finding.path.map(String);
  return missing.some((m) => m.length <= path.length && m.every((part, i) => String(part) === path[i]));
}

/**
 * The rules that judge a document by its type (TYPE_RULE_TAG: the type code in the ký hiệu, the
 * parts a kế hoạch must have, whether a Kính gửi belongs, the công văn's V/v), when the reader
 * could not name a registered type: no tên loại line found, or one of a type dvk has no rules
 * for (“THƯ NGỎ”). `loai` then holds a guess or a stand-in, and a finding from it would judge
 * the document by a type it is not.
 */
function typeNotKnown(missing: LoadedDocument['missing'], rules: readonly Rule[]): Set<string> {
  if (!missing?.some((m) => m.length === 1 && m[0] === 'loai')) return new Set();
  return new Set(rules.filter((r) => r.meta.tags.includes(TYPE_RULE_TAG)).map((r) => r.meta.id));
}

export function lintText(text: string, options: LintOptions): LintResult {
  return lintLoaded(loadPlanText(text, options.file, options.lang), options);
}

export type { Finding, LintFinding };
export { lintPlan } from './engine.js';

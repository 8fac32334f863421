// Post-processing, as a list of small steps (textlint): inline suppressions → severity from
// the config → dedupe → sort → cap. Runs once per file, after the rules and the run-level checks.
import type { DvkConfig } from '../config/index.js';
import { localize, type Lang } from '../i18n/index.js';
import { sortFindings, START_OF_FILE, type Finding, type Severity } from '../report/finding.js';
import { MAX_FINDINGS_PER_FILE } from '../shared/limits.js';
import { applyDirectives, parseDirectives, type Directive } from './directives.js';
import { resolveRuleSetting } from './engine.js';
import { lintMessages } from './messages.js';

export interface PostProcessOptions {
  file: string;
  lang: Lang;
  /** The YAML source, for `# dvk-disable…` comments (undefined for .txt/.docx, which have no comments). */
  source?: string;
  /** …or the directives already read from it (parseDirectives), so a long run need not keep every source. */
  directives?: Directive[];
  config?: DvkConfig;
  knownRuleIds: readonly string[];
  reportUnusedDirectives?: boolean;
}

export function postProcess(findings: Finding[], options: PostProcessOptions): Finding[] {
  let out = findings;
  const directives = options.directives ?? (options.source !== undefined ? parseDirectives(options.source) : undefined);
  if (directives) {
    out = applyDirectives(out, directives, {
      file: options.file,
      lang: options.lang,
      knownRuleIds: options.knownRuleIds,
      ...(options.reportUnusedDirectives ? { reportUnused: true } : {}),
    });
  }
  out = applyConfiguredSeverity(out, options.config);
  return capFindings(sortFindings(dedupe(out)), options.file, options.lang);
}

/**
 * At most MAX_FINDINGS_PER_FILE findings per file: fatal findings and errors first, then
 * warnings, then info, each in file order; the rest become one finding that says how many of
 * each severity were left out, with the most severe of them as its own severity, so that the
 * exit code stays what it would have been.
 */
export function capFindings(findings: Finding[], file: string, lang: Lang, limit = MAX_FINDINGS_PER_FILE): Finding[] {
  if (findings.length <= limit) return findings;
  const rank = (f: Finding): number => (f.fatal ? 0 : f.severity === 'error' ? 1 : f.severity === 'warning' ? 2 : 3);
  const chosen = new Set<Finding>();
  for (let r = 0; r <= 3; r++) {
    for (const f of findings) if (rank(f) === r && (chosen.size < limit || r === 0)) chosen.add(f);
  }
  const left = { error: 0, warning: 0, info: 0 };
  const kept: Finding[] = [];
  for (const f of findings) {
    if (chosen.has(f)) kept.push(f);
    else left[f.severity]++;
  }
  const count = left.error + left.warning + left.info;
  const severity: Severity = left.error ? 'error' : left.warning ? 'warning' : 'info';
  kept.push({
    ruleId: 'dvk/too-many-findings',
    severity,
    message: localize(lintMessages.tooManyFindings, lang, { count, errors: left.error, warnings: left.warning, infos: left.info, limit }),
    file,
    range: START_OF_FILE,
  });
  return kept;
}
/** `quy_tac` also reaches loader findings (`yaml/colon-in-text`…); a fatal problem cannot be turned off. */
export function applyConfiguredSeverity(findings: Finding[], config: DvkConfig | undefined): Finding[] {
  if (!config?.quy_tac) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const { severity } = resolveRuleSetting(config, f.ruleId);
    if (f.fatal || severity === undefined) out.push(f);
    else if (severity !== 'off') out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}

export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}|${f.range.start.offset}|${f.range.end.offset}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

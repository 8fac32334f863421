// Post-processing, as a list of small steps (textlint): inline suppressions → severity from
// the config → dedupe → sort. Runs once per file, after the rules and the run-level checks.
import type { DvkConfig } from '../config/index.js';
import type { Lang } from '../i18n/index.js';
import { sortFindings, type Finding } from '../report/finding.js';
import { applyDirectives, parseDirectives, type Directive } from './directives.js';
import { resolveRuleSetting } from './engine.js';

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
  return sortFindings(dedupe(out));
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

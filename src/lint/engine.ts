// The lint kernel: runs the applicable rules over one plan and turns what they report into
// Findings. Pure: no file system, no console (textlint's kernel). The CLI reads files, loads the
// config and prints; the bench and the rule tester call this directly.
//
// Strict about what rules report (markdownlint): an unknown messageId, a missing placeholder or
// a fix from a rule that is not declared `fix: 'safe'` is a programming error and throws a
// RuleError that names the rule.
import type { DvkConfig, RuleSetting } from '../config/index.js';
import { format, type Lang } from '../i18n/index.js';
import type { Plan } from '../plan/model.js';
import { locateInValue, valueOffsets, type SourceMap } from '../plan/source-map.js';
import { legalBasisFor } from '../profile/basis.js';
import { ruleInForce } from '../profile/in-force.js';
import type { Profile } from '../profile/index.js';
import { partyCutover as cutoverOf } from '../profile/resolve.js';
import type { Finding, Fix, PlanPath, Range, Severity, TextEdit } from '../report/finding.js';
import { countTimedPlan, timed } from '../shared/timing.js';
import { withTextCache } from './helpers/memo.js';
import { ruleOptions } from './options.js';
import { maskPlaceholders, screenReport } from './placeholders.js';
import type { PlanEdit, ReportDescriptor, Rule, RuleSystem } from './rule.js';

/** A Finding from a lint rule also carries the messageId it was reported with (tests match on it). */
export type LintFinding = Finding & { messageId?: string };

export interface LintPlanInput {
  plan: Plan;
  sourceMap: SourceMap;
  profile: Profile;
  /** Path of the file as the user gave it ('/' separators). */
  file: string;
  lang: Lang;
  config?: DvkConfig;
  /** The rules to run; the catalog when omitted. */
  rules: readonly Rule[];
}

/** A rule broke the contract or threw: a bug in dvk, reported with the rule's id. */
export class RuleError extends Error {
  constructor(readonly ruleId: string, message: string, options?: { cause?: unknown }) {
    super(`rule "${ruleId}": ${message}`, options);
    this.name = 'RuleError';
  }
}

export type ConfiguredSeverity = Severity | 'off';

export interface ResolvedRuleSetting {
  /** Undefined when the config says nothing about the severity. */
  severity?: ConfiguredSeverity;
  options: Record<string, unknown>;
}

/** `quy_tac: { <id>: off|info|warning|error | { muc_do, tuy_chon } }` → severity and options. */
export function resolveRuleSetting(config: DvkConfig | undefined, ruleId: string): ResolvedRuleSetting {
  const setting: RuleSetting | undefined = config?.quy_tac?.[ruleId];
  if (setting === undefined) return { options: {} };
  if (typeof setting === 'string') return { severity: setting, options: {} };
  return { ...(setting.muc_do ? { severity: setting.muc_do } : {}), options: { ...(setting.tuy_chon ?? {}) } };
}

/** Whether a rule applies to this plan: decided here, not inside each rule (Spectral's formats). */
export function ruleApplies(rule: Rule, system: RuleSystem, profileId: Profile['id']): boolean {
  if (!rule.meta.systems.includes(system)) return false;
  if (rule.meta.profiles && !rule.meta.profiles.includes(profileId)) return false;
  return true;
}

export { docsUrlFor } from './docs-page.js';
import { docsUrlFor } from './docs-page.js';

/** The rules over one plan; helper answers about its texts are shared by the rules, then dropped (helpers/memo.ts). */
export function lintPlan(input: LintPlanInput): LintFinding[] {
  countTimedPlan();
  return withTextCache(() => runRules(input));
}

function runRules(input: LintPlanInput): LintFinding[] {
  const { plan, sourceMap, profile, file, lang, config } = input;
  const findings: LintFinding[] = [];
  const settings = (config?.cai_dat ?? {}) as Record<string, unknown>;
  const partyCutover = cutoverOf(config);
  // Placeholders are not prose: rules other than draft-placeholders read a masked copy.
  const masked = timed('phase', 'mask placeholders', () => maskPlaceholders(plan));
  for (const rule of input.rules) {
    if (!ruleApplies(rule, plan.system, profile.id)) continue;
    // A rule whose clause was not yet in force on the document's date stays silent.
    if (!ruleInForce(rule.meta, plan.system, plan.issueDate, config)) continue;
    const setting = resolveRuleSetting(config, rule.meta.id);
    if (setting.severity === 'off') continue;
    const sees = rule.meta.seesPlaceholders === true;
    const report = (descriptor: ReportDescriptor): void => {
      const d = sees ? descriptor : screenReport(descriptor, masked);
      if (d) findings.push(timed('phase', 'findings (message, range, basis)', () => toFinding(rule, d, { plan, profile, sourceMap, file, lang, config, configured: setting.severity as Severity | undefined })));
    };
    try {
      const context = { plan: sees ? plan : masked.plan, profile, lang, options: ruleOptions(rule.meta, setting.options), settings, partyCutover, sourceMap, report };
      timed('rule', rule.meta.id, () => rule.check(context));
    } catch (error) {
      if (error instanceof RuleError) throw error;
      throw new RuleError(rule.meta.id, `failed on ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return findings;
}

interface FindingContext {
  plan: Plan;
  profile: Profile;
  sourceMap: SourceMap;
  file: string;
  lang: Lang;
  config: DvkConfig | undefined;
  /** The config's severity for the rule ('off' never gets here). */
  configured: Severity | undefined;
}

/** Renders a rule message in one language; throws a RuleError naming the rule when it cannot. */
export function renderRuleMessage(rule: Rule, messageId: string, lang: Lang, data?: Record<string, string | number>): string {
  const message = rule.meta.messages[messageId];
  if (!message) {
    throw new RuleError(rule.meta.id, `unknown messageId "${messageId}" (known: ${Object.keys(rule.meta.messages).join(', ') || 'none'})`);
  }
  const template = message[lang];
  if (typeof template !== 'string' || template === '') throw new RuleError(rule.meta.id, `message "${messageId}" has no ${lang} text`);
  try {
    return format(template, data);
  } catch (error) {
    throw new RuleError(rule.meta.id, `message "${messageId}": ${(error as Error).message}`);
  }
}

function toFinding(rule: Rule, d: ReportDescriptor, ctx: FindingContext): LintFinding {
  const { meta } = rule;
  const message = renderRuleMessage(rule, d.messageId, ctx.lang, d.data);
  // The config (the organisation's decision) wins over a rule's per-report severity.
  const severity: Severity = ctx.configured ?? d.severity ?? meta.severity;
  const range = rangeOf(ctx.sourceMap, d);
  const finding: LintFinding = { ruleId: meta.id, messageId: d.messageId, severity, message, file: ctx.file, range, path: d.path, docsUrl: docsUrlFor(meta.id) };
  const basis = legalBasisFor(meta.id, meta.basis, ctx.profile, { issueDate: ctx.plan.issueDate, config: ctx.config });
  if (basis) finding.basis = basis;
  if (d.fix) {
    if (meta.fix !== 'safe') throw new RuleError(meta.id, `reported a fix but meta.fix is "${meta.fix}"; only 'safe' rules may fix`);
    const fix = toTextFix(ctx.sourceMap, d.fix);
    if (fix) finding.fix = fix;
  }
  if (d.suggestions?.length) {
    const suggestions: NonNullable<Finding['suggestions']> = [];
    for (const s of d.suggestions) {
      const fix = toTextFix(ctx.sourceMap, s.fix);
      if (fix) suggestions.push({ message: renderRuleMessage(rule, s.messageId, ctx.lang, s.data), fix });
    }
    if (suggestions.length) finding.suggestions = suggestions;
  }
  return finding;
}

function rangeOf(sourceMap: SourceMap, d: ReportDescriptor): Range {
  if (d.at) return { start: sourceMap.position(d.at[0]), end: sourceMap.position(d.at[1]) };
  if (d.span) return locateInValue(sourceMap, d.path, d.span[0], d.span[1]);
  return sourceMap.locate(d.path, d.onKey ? 'key' : 'value');
}

/**
 * PlanEdits → one Fix of text edits, keeping the user's quoting, comments and layout.
 * Returns undefined (the finding stays, without a fix) when an edit cannot be made safely:
 * the value cannot be mapped, the span crosses a folded line break or an escape, or the new
 * text cannot be written in the scalar's style.
 */
export function toTextFix(sourceMap: SourceMap, edits: PlanEdit[]): Fix | undefined {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const textEdit = toTextEdit(sourceMap, edit);
    if (!textEdit) return undefined;
    out.push(textEdit);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < out.length; i++) if (out[i]!.start < out[i - 1]!.end) return undefined;
  return out.length ? { edits: out } : undefined;
}

function toTextEdit(sourceMap: SourceMap, edit: PlanEdit): TextEdit | undefined {
  const offsets = valueOffsets(sourceMap, edit.path);
  if (!offsets) return undefined;
  const length = offsets.length - 1;
  const from = edit.from ?? 0;
  const to = edit.to ?? length;
  if (from < 0 || to > length || from > to) return undefined;
  const start = offsets[from]!;
  const end = offsets[to]!;
  const scalar = sourceMap.scalar(edit.path);
  // Non-YAML sources (.txt/.docx read back) have no scalar style: they are never fixed in place.
  // A .docx's fix is the same characters replaced, written into a copy as a tracked change.
  if (!scalar) return documentTextEdit(sourceMap, edit, from, to, start, end);
  const value = scalar.value;
  // Source and value must agree character for character inside the span: otherwise it holds
  // a folded line break, an escape or a doubled quote, and editing it would change more.
  if (sourceMap.text.slice(start, end) !== value.slice(from, to)) return undefined;
  const encoded = encodeForStyle(edit.text, scalar.style, { atStart: from === 0, atEnd: to === length });
  if (encoded === undefined) return undefined;
  return { start, end, text: encoded };
}

function documentTextEdit(sourceMap: SourceMap, edit: PlanEdit, from: number, to: number, start: number, end: number): TextEdit | undefined {
  const value = sourceMap.documentValue?.(edit.path);
  if (value === undefined || /[\r\n]/.test(edit.text)) return undefined;
  // One source character per value character inside the span: no joined line, no cut.
  if (end - start !== to - from || sourceMap.text.slice(start, end) !== value.slice(from, to)) return undefined;
  return { start, end, text: edit.text };
}

/** Writes `text` inside a scalar of the given style so that it reads back as `text`, or undefined. */
function encodeForStyle(text: string, type: string | undefined, at: { atStart: boolean; atEnd: boolean }): string | undefined {
  if (/[\r\n]/.test(text)) return undefined;
  switch (type) {
    case 'QUOTE_DOUBLE':
      return JSON.stringify(text).slice(1, -1);
    case 'QUOTE_SINGLE':
      return text.replace(/'/g, "''");
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return at.atStart && /^\s/.test(text) ? undefined : text;
    case 'PLAIN':
    default:
      if (/: |:$| #|\t/.test(text)) return undefined;
      if (at.atStart && (text === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text))) return undefined;
      if (at.atEnd && /[\s:]$/.test(text)) return undefined;
      return text;
  }
}

export type { PlanPath };

// Inline suppressions, written as YAML comments (ESLint's disable comments, with a reason
// required as eslint-comments/require-description does):
//   # dvk-disable-next-line <rule>[, <rule>] -- <lý do>   the next entry (next non-comment line and the lines indented under it)
//   <value>  # dvk-disable-line <rule> -- <lý do>          this entry
//   # dvk-disable <rule> -- <lý do>                         the whole file
// Without rule ids a directive covers every rule. A directive without a reason has no effect and
// is itself reported, so the reason for every exception stays in the file for the next reader.
import { nearest } from '../shared/did-you-mean.js';
import { localize, type Lang } from '../i18n/index.js';
import type { Finding, Range } from '../report/finding.js';
import { lintMessages as m } from './messages.js';

export type DirectiveKind = 'dvk-disable-next-line' | 'dvk-disable-line' | 'dvk-disable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  /** 1-based line of the comment. */
  line: number;
  /** The comment's range, where findings about the directive point. */
  range: Range;
  /** Lines it covers (inclusive); the whole file for `dvk-disable`. */
  from: number;
  to: number;
  /** Rule ids (or '*') whose findings it suppressed. */
  used: Set<string>;
}

const DIRECTIVE = /(?:^|\s)#\s*(dvk-disable-next-line|dvk-disable-line|dvk-disable)(?=\s|$)(.*)$/;

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlankOrComment = (line: string): boolean => /^\s*(#.*)?$/.test(line);

/** The entry that starts on `line` (1-based): that line and the following lines indented deeper. */
function entryExtent(lines: string[], line: number): [number, number] {
  const start = lines[line - 1] ?? '';
  const indent = indentOf(start);
  let end = line;
  for (let n = line + 1; n <= lines.length; n++) {
    const text = lines[n - 1]!;
    if (isBlankOrComment(text)) continue;
    if (indentOf(text) <= indent) break;
    end = n;
  }
  return [line, end];
}

export function parseDirectives(source: string): Directive[] {
  const lines = source.split(/\r?\n/);
  const directives: Directive[] = [];
  let offset = 0;
  lines.forEach((text, i) => {
    const line = i + 1;
    const match = DIRECTIVE.exec(text);
    if (match) {
      const kind = match[1] as DirectiveKind;
      const [spec = '', ...reasonParts] = match[2]!.split(/\s--(?:\s|$)/);
      const reason = reasonParts.join(' -- ').trim();
      const rules = spec.split(/[,\s]+/).map((r) => r.trim()).filter(Boolean);
      const column = text.indexOf('#', match.index) + 1;
      const range: Range = {
        start: { line, column, offset: offset + column - 1 },
        end: { line, column: text.length + 1, offset: offset + text.length },
      };
      let from = 1;
      let to = lines.length;
      if (kind === 'dvk-disable-line') [from, to] = entryExtent(lines, line);
      if (kind === 'dvk-disable-next-line') {
        let next = line + 1;
        while (next <= lines.length && isBlankOrComment(lines[next - 1]!)) next++;
        [from, to] = next <= lines.length ? entryExtent(lines, next) : [next, next];
      }
      directives.push({ kind, rules, ...(reason ? { reason } : {}), line, range, from, to, used: new Set() });
    }
    offset += text.length + 1 + (source[offset + text.length] === '\r' ? 1 : 0);
  });
  return directives;
}

export interface SuppressOptions {
  file: string;
  lang: Lang;
  knownRuleIds: readonly string[];
  reportUnused?: boolean;
}

/** Removes suppressed findings and adds findings about the directives themselves. */
export function applyDirectives(findings: Finding[], directives: Directive[], options: SuppressOptions): Finding[] {
  const { file, lang } = options;
  const out: Finding[] = [];
  const effective = directives.filter((d) => d.reason);
  for (const finding of findings) {
    const line = finding.range.start.line;
    const by = finding.fatal
      ? undefined
      : effective.find((d) => line >= d.from && line <= d.to && (d.rules.length === 0 || d.rules.includes(finding.ruleId)));
    if (by) by.used.add(by.rules.length === 0 ? '*' : finding.ruleId);
    else out.push(finding);
  }
  const known = new Set(options.knownRuleIds);
  for (const d of directives) {
    const rules = d.rules.join(', ');
    if (!d.reason) {
      out.push({ ruleId: 'dvk/directive-reason', severity: 'warning', message: localize(m.directiveReason, lang, { directive: d.kind, rules: rules || '<quy-tắc>' }), file, range: d.range });
      continue;
    }
    for (const rule of d.rules) {
      if (known.has(rule) || rule.includes('/')) continue;
      const suggestion = nearest(rule, [...known]);
      const hint = suggestion ? localize(m.didYouMean, lang, { suggestion }) : '';
      out.push({ ruleId: 'dvk/directive-unknown-rule', severity: 'warning', message: localize(m.directiveUnknownRule, lang, { rule, hint }), file, range: d.range });
    }
    if (options.reportUnused) {
      const unused = d.rules.length === 0 ? (d.used.size === 0 ? [] : null) : d.rules.filter((r) => !d.used.has(r) && (known.has(r) || r.includes('/')));
      if (unused === null) continue;
      if (d.rules.length === 0 || unused.length > 0) {
        const forRules = d.rules.length === 0 || unused.length === d.rules.length ? '' : localize(m.unusedForRules, lang, { rules: unused.join(', ') });
        out.push({ ruleId: 'dvk/unused-disable-directive', severity: 'warning', message: localize(m.unusedDirective, lang, { directive: d.kind, rules: forRules }), file, range: d.range });
      }
    }
  }
  return out;
}

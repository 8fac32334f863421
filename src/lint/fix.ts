// Applying safe fixes (ESLint's fixer, markdownlint's invariant): take the fixes that do not
// overlap, apply them in one pass over the text, re-parse and re-lint, up to a few passes. A fix is text
// edits over the decoded source, so comments, quoting and layout stay as the user wrote them.
// A pass whose result breaks the YAML or adds schema errors is thrown away: fixing never makes
// a file worse.
import type { Finding, Fix, TextEdit } from '../report/finding.js';

export const MAX_FIX_PASSES = 5;

export interface AppliedFixes {
  output: string;
  /** How many fixes were applied. */
  applied: number;
}

/** Applies every fix whose edits overlap no fix taken before it (in source order); a fix is all or nothing. */
export function applyFixes(text: string, fixes: Fix[]): AppliedFixes {
  const ordered = fixes
    .filter((fix) => fix.edits.length > 0)
    .map((fix) => ({ fix, start: Math.min(...fix.edits.map((e) => e.start)) }))
    .sort((a, b) => a.start - b.start);
  const taken: TextEdit[] = [];
  let applied = 0;
  for (const { fix } of ordered) {
    const overlaps = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start)));
    const outOfRange = fix.edits.some((e) => e.start < 0 || e.end > text.length || e.start > e.end);
    if (overlaps || outOfRange) continue;
    for (const e of fix.edits) taken.push(e);
    applied++;
  }
  // One pass from the start (pieces joined once): slicing the whole text again for each edit
  // costs edits × file size.
  taken.sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of taken) {
    pieces.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return { output: pieces.join(''), applied };
}

export interface FixLoopResult extends AppliedFixes {
  passes: number;
  /** Findings of the final text (what the user sees after fixing). */
  findings: Finding[];
}

const isSchemaProblem = (f: Finding): boolean => f.ruleId.startsWith('schema/');

/**
 * Lint, fix, re-lint until nothing fixable is left (at most MAX_FIX_PASSES passes).
 * `lint` must return the findings the user would see (after suppressions), so that a
 * suppressed finding is never fixed.
 */
export function fixText(text: string, lint: (text: string) => Finding[], maxPasses = MAX_FIX_PASSES): FixLoopResult {
  let current = text;
  let findings = lint(current);
  let applied = 0;
  let passes = 0;
  // A file that does not parse has no reliable positions: never fix it.
  if (findings.some((f) => f.fatal)) return { output: text, applied: 0, passes: 0, findings };
  while (passes < maxPasses) {
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes);
    if (next.applied === 0 || next.output === current) break;
    const nextFindings = lint(next.output);
    const broke = nextFindings.some((f) => f.fatal) || nextFindings.filter(isSchemaProblem).length > findings.filter(isSchemaProblem).length;
    passes++;
    if (broke) break;
    current = next.output;
    findings = nextFindings;
    applied += next.applied;
  }
  return { output: current, applied, passes, findings };
}

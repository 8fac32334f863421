// Case-insensitive matching without the /i flag, for the rules' larger patterns. V8 builds a
// /iu pattern's case-folding automaton the first time the pattern runs: 10–50 ms for the
// alternations of names and the repeated-phrase pattern, paid again by every `dvk lint one.yaml`,
// and /iu matching is slower on every text too. Written in lower case and run with /u over the
// lower-cased text, the same pattern finds the same places for Vietnamese text: lower-casing
// keeps each letter's length, so an index in the lower-cased text is the same index in the text.
// The groups returned are cut from the text itself (the rules read how a name was written).
// A text whose lower-case form has another length (a dotted capital İ) is matched with the /iu
// form of the pattern, built only then.

import { memoByText } from './memo.js';
import { matchesOf } from './match-all.js';

/** The text in lower case, once per text in a lint run (several rules ask). */
export const lowerCase = memoByText((text: string): string => text.toLowerCase(), 'lowerCase');

export interface IgnoreCasePattern {
  /** The pattern, its letters in lower case, flags with `g` and `d` and without `i`. */
  lower: RegExp;
  /** The same pattern with /i, for texts whose lower-case form has another length (built when first needed). */
  folded?: RegExp;
}

/** A pattern from its source, whose literal letters must be lower case (`[^\S\n]` and `\p{L}` are left as they are). */
export function ignoreCasePattern(source: string, flags = 'gu'): IgnoreCasePattern {
  const bare = flags.replace(/[id]/g, '');
  return { lower: new RegExp(source, `${bare}d`) };
}

/** Every match of the pattern in the text, ignoring case, as `text.matchAll(/…/giu)` would give them. */
export function matchAllIgnoringCase(text: string, pattern: IgnoreCasePattern): RegExpExecArray[] {
  const lower = lowerCase(text);
  if (lower.length !== text.length) {
    pattern.folded ??= new RegExp(pattern.lower.source, `${pattern.lower.flags.replace('d', '')}i`);
    return [...matchesOf(pattern.folded, text)];
  }
  const out: RegExpExecArray[] = [];
  if (lower === text) {
    for (const m of matchesOf(pattern.lower, text)) out.push(m);
    return out;
  }
  for (const m of matchesOf(pattern.lower, lower)) {
    const indices = m.indices!;
    const match = indices.map((span) => (span ? text.slice(span[0], span[1]) : undefined)) as unknown as RegExpExecArray;
    match.index = m.index;
    match.input = text;
    out.push(match);
  }
  return out;
}

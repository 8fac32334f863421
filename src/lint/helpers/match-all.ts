// `text.matchAll(pattern)` copies the pattern on every call (a new RegExp, per the spec's
// SpeciesConstructor): on the short texts of a plan, most of which hold no match, that copy was
// most of what a rule's scan cost. `matchesOf` runs the pattern itself from the start of the text
// and gives the same matches, in the same order, as an array.
/** Every match of a global pattern, as `[...text.matchAll(pattern)]` gives them (from index 0). */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    // An empty match: step over one character (a whole code point with /u or /v), as matchAll does.
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  // exec left lastIndex at 0 when it found no more: the pattern is as it was found.
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

// "Did you mean …?" for a misspelt key, value or rule id: the nearest candidate by edit
// distance, offered only when it is close enough to be the same word mistyped (within a third of
// its length, and at least `minimum` edits), so a wholly different word gets no wrong suggestion.
import { closest, distance } from 'fastest-levenshtein';

export function nearest(word: string, candidates: readonly string[], minimum = 2): string | undefined {
  if (candidates.length === 0) return undefined;
  const suggestion = closest(word, candidates as string[]);
  return distance(word, suggestion) <= Math.max(minimum, Math.floor(suggestion.length / 3)) ? suggestion : undefined;
}

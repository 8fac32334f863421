// Small builders for PlanEdits. A removal is written as "replace the removed characters and one
// neighbour with that neighbour", because the engine refuses an empty replacement at the edge
// of a plain YAML scalar (it could not tell the result from a different value).
import type { PlanPath } from '../../report/finding.js';
import type { PlanEdit } from '../rule.js';

/** Removes characters [from, to) of `value`. */
export function removal(path: PlanPath, value: string, from: number, to: number): PlanEdit {
  if (to < value.length) return { path, from, to: to + 1, text: value.charAt(to) };
  if (from > 0) return { path, from: from - 1, to, text: value.charAt(from - 1) };
  return { path, from, to, text: '' };
}

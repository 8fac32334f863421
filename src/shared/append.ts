// `target.push(...items)` passes every item as an argument: past about 100,000 items V8 throws
// "Maximum call stack size exceeded" (a 130,000-character paragraph's offsets, a document's
// findings). Appending in a loop has no such limit.
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}

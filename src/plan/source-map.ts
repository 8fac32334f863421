// The only module that looks up yaml nodes (yaml v3 drops getIn): JSON path ↔ text range.
// Rules and schema errors report paths; this turns them into line:column once. Its interface
// speaks in paths, offsets and plain values, never in the yaml library's node types, so other
// sources (a .docx read back) implement it too and a yaml upgrade stays inside this file.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { PlanPath, Position, Range } from '../report/finding.js';

export type PathPart = 'value' | 'key';

/** How a string value is written in YAML: what a text edit inside it must respect. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL';

/** A scalar value as written in the source. */
export interface SourceScalar {
  /** The value as parsed (every scalar is a string: failsafe schema). */
  value: string;
  style: ScalarStyle;
  /** Source offsets [start, end) of the value as written, quotes and block header included. */
  start: number;
  end: number;
}

export interface SourceMap {
  text: string;
  /** Range of the value (or, with part 'key', of the key) at `path`; the nearest existing parent if it does not exist. */
  locate(path: PlanPath, part?: PathPart): Range;
  /** The scalar written at an exact path; undefined when there is none, or the source is not YAML. */
  scalar(path: PlanPath): SourceScalar | undefined;
  position(offset: number): Position;
  /** Whether the path exists in the document. */
  has(path: PlanPath): boolean;
  /**
   * Optional: source offset of every character of the string value at `path` (plus its end).
   * Sources that are not YAML (a .txt or .docx read back by src/reader) implement this so
   * that rules can point inside a value there too; for YAML, valueOffsets() derives it.
   */
  offsetsOf?(path: PlanPath): number[] | undefined;
  /**
   * Optional: the string value at `path` of a document whose values are its own text (a .docx
   * read back): a fix there replaces the same characters of the text, written into a copy as a
   * tracked change (src/review), where value and text agree character for character.
   */
  documentValue?(path: PlanPath): string | undefined;
}

export function createSourceMap(doc: Document, lineCounter: LineCounter, text: string): SourceMap {
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, offset };
  };
  const rangeOf = (start: number, end: number): Range => ({ start: position(start), end: position(end) });

  const nodeAt = (path: PlanPath): Node | undefined => {
    if (path.length === 0) return (doc.contents ?? undefined) as Node | undefined;
    const found = doc.getIn(path, true) as unknown;
    return found && typeof found === 'object' && 'range' in (found as object) ? (found as Node) : undefined;
  };

  const pairAt = (path: PlanPath): Pair | undefined => {
    if (path.length === 0) return undefined;
    const parent = nodeAt(path.slice(0, -1));
    const last = path[path.length - 1];
    if (!isMap(parent)) return undefined;
    return parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last)) as Pair | undefined;
  };

  const rangeOfNode = (node: Node): Range => {
    const [start, valueEnd] = node.range ?? [0, 0, 0];
    // A block map or sequence's range runs to the next key; point at its first line instead.
    if (isMap(node) || isSeq(node)) {
      const lineEnd = text.indexOf('\n', start);
      return rangeOf(start, Math.min(valueEnd, lineEnd === -1 ? valueEnd : lineEnd));
    }
    return rangeOf(start, valueEnd);
  };

  const locate = (path: PlanPath, part: PathPart = 'value'): Range => {
    if (part === 'key') {
      const pair = pairAt(path);
      const key = pair?.key as Node | undefined;
      if (key?.range) return rangeOf(key.range[0], key.range[1]);
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const sub = path.slice(0, depth);
      const node = nodeAt(sub);
      if (node?.range) {
        // An empty value (`so:`) has no node of its own: point at the key.
        if (isScalar(node) && node.range[0] === node.range[1] && depth > 0) {
          const key = pairAt(sub)?.key as Node | undefined;
          if (key?.range) return rangeOf(key.range[0], key.range[1]);
        }
        // A missing child of a map: point at the map's own key, where the clerk must add it.
        if (depth < path.length && depth > 0) {
          const key = pairAt(sub)?.key as Node | undefined;
          if (key?.range) return rangeOf(key.range[0], key.range[1]);
        }
        return rangeOfNode(node);
      }
      if (depth > 0 && depth === path.length) {
        const key = pairAt(sub)?.key as Node | undefined;
        if (key?.range) return rangeOf(key.range[0], key.range[1]);
      }
    }
    return rangeOf(0, 0);
  };

  return {
    text,
    locate,
    scalar(path) {
      const node = nodeAt(path);
      if (!isScalar(node) || !node.range) return undefined;
      return { value: String(node.value ?? ''), style: (node.type ?? 'PLAIN') as ScalarStyle, start: node.range[0], end: node.range[1] };
    },
    position,
    has: (path) => nodeAt(path) !== undefined || pairAt(path) !== undefined,
  };
}

/**
 * Maps a span of a scalar's parsed value (e.g. characters 57–59 of a folded `>-` paragraph) back
 * to the source text, so rules can point at one word inside a long value and fixes can edit it.
 * Walks the node's source and its value side by side: folded line breaks and indentation that
 * became one space map to the line break; quotes and block headers are skipped.
 * Returns undefined when the value cannot be matched (then report on the whole value).
 */
export function valueOffsets(sourceMap: SourceMap, path: PlanPath): readonly number[] | undefined {
  if (sourceMap.offsetsOf) return sourceMap.offsetsOf(path);
  // Once per value: a long paragraph with thousands of findings would otherwise be walked once
  // for each (findings × value length).
  let byPath = offsetCache.get(sourceMap);
  if (!byPath) offsetCache.set(sourceMap, (byPath = new Map()));
  const key = path.join('\u0000');
  if (byPath.has(key)) return byPath.get(key);
  const offsets = scalarOffsets(sourceMap, path);
  byPath.set(key, offsets);
  return offsets;
}

const offsetCache = new WeakMap<SourceMap, Map<string, number[] | undefined>>();

function scalarOffsets(sourceMap: SourceMap, path: PlanPath): number[] | undefined {
  const scalar = sourceMap.scalar(path);
  if (!scalar) return undefined;
  const { value, end, style: type } = scalar;
  const text = sourceMap.text;
  let i = scalar.start;
  if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') {
    i = text.indexOf('\n', i);
    if (i === -1) return undefined;
    i++;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  } else if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') {
    i++;
  }
  const offsets: number[] = [];
  for (let k = 0; k < value.length; k++) {
    const ch = value[k]!;
    if (i >= text.length) return undefined;
    if (text[i] === ch && !(type === 'QUOTE_DOUBLE' && ch !== '\\' && text[i] === '\\')) {
      offsets.push(i);
      i++;
      continue;
    }
    if (type === 'QUOTE_SINGLE' && ch === "'" && text[i] === "'" && text[i + 1] === "'") {
      offsets.push(i);
      i += 2;
      continue;
    }
    if (type === 'QUOTE_DOUBLE' && text[i] === '\\') {
      // An escape sequence stands for one character: map it to the backslash.
      offsets.push(i);
      const next = text[i + 1];
      i += next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
      continue;
    }
    if ((ch === ' ' || ch === '\n') && (text[i] === '\n' || text[i] === '\r')) {
      // A folded line break (or a kept one): skip the break and the next line's indentation.
      offsets.push(i);
      while (i < text.length && (text[i] === '\r' || text[i] === '\n')) i++;
      while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
      continue;
    }
    return undefined;
  }
  offsets.push(i);
  return offsets;
}

/** Range of characters [from, to) of the value at `path`; the whole value when it cannot be mapped. */
export function locateInValue(sourceMap: SourceMap, path: PlanPath, from: number, to: number): Range {
  const offsets = valueOffsets(sourceMap, path);
  if (!offsets || from < 0 || to >= offsets.length) return sourceMap.locate(path);
  return { start: sourceMap.position(offsets[from]!), end: sourceMap.position(offsets[to]!) };
}

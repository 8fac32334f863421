// The SourceMap of a document read back from .txt/.docx: the same plan paths as a YAML plan,
// mapped to the line (paragraph) and column where the reader found each value. Built from the
// positions the recogniser recorded; `offsetsOf` gives each character's source offset so rules
// can point at one word inside a value. There is no YAML scalar here: scalar() says so.
import type { PlanPath, Range } from '../report/finding.js';
import type { SourceMap } from '../plan/source-map.js';
import { positionIn, type DocumentSource } from './source.js';

export interface Located {
  start: number;
  end: number;
  offsets?: number[];
}

export const pathKey = (path: PlanPath): string => path.map(String).join('\u0000');

export function createReaderSourceMap(source: DocumentSource, data: unknown, entries: Map<string, Located>): SourceMap {
  const position = (offset: number) => positionIn(source, offset);
  const rangeOf = (l: Located): Range => ({ start: position(l.start), end: position(l.end) });

  const exists = (path: PlanPath): boolean => {
    let node: unknown = data;
    for (const part of path) {
      if (node === null || typeof node !== 'object') return false;
      if (!(String(part) in (node as Record<string, unknown>))) return false;
      node = (node as Record<string, unknown>)[String(part)];
    }
    return true;
  };

  const locate = (path: PlanPath): Range => {
    for (let depth = path.length; depth >= 0; depth--) {
      const found = entries.get(pathKey(path.slice(0, depth)));
      if (found) return rangeOf(found);
    }
    return { start: position(0), end: position(0) };
  };

  return {
    text: source.text,
    locate,
    scalar: () => undefined,
    position,
    has: exists,
    ...(source.kind === 'docx'
      ? {
          documentValue(path: PlanPath) {
            let node: unknown = data;
            for (const part of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[String(part)] : undefined;
            return typeof node === 'string' ? node : undefined;
          },
        }
      : {}),
    offsetsOf(path) {
      const found = entries.get(pathKey(path));
      return found?.offsets ? [...found.offsets] : undefined;
    },
  };
}

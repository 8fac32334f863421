// Whether the plan a rule checks was read back from a .txt/.docx (src/reader) rather than written
// in YAML. A finding on a document read back speaks of what the drafter sees (“dòng chức vụ”,
// “dòng Lưu”), never of YAML keys (`quyen_han`, `noi_nhan.luu`), and never says that dvk prints
// a mark it did not print: such rules keep a second message for documents (issue 11, item 4).
import type { SourceMap } from '../../plan/source-map.js';

/** A source that is not YAML: the reader's source map gives character offsets into the original. */
export const isReadBack = (sourceMap: SourceMap): boolean => typeof sourceMap.offsetsOf === 'function';

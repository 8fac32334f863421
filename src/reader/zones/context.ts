// The state one recognition shares across its zones: the source lines, the notes (written-form
// findings), which lines hold which component, the positions of the values, what was not found,
// what is unsure. Zones (header, subject, body, closing, signature, nơi nhận) write into it; the
// recogniser turns the tree of Leaf values into plan data with a position for every value.
import type { Localized } from '../../i18n/index.js';
import type { ComponentName, Profile } from '../../profile/index.js';
import { appendAll } from '../../shared/append.js';
import type { PlanPath, Severity } from '../../report/finding.js';
import { partNames, readerMessages as rm, unsure } from '../messages.js';
import { pathKey, type Located } from '../source-map.js';
import type { DocumentSource, SourceLine } from '../source.js';
import { endOf, slice, startOf, type Val } from '../val.js';
import { LABEL_SPACE_COLON } from '../patterns.js';

export interface ReaderNote {
  ruleId: string;
  severity: Severity;
  message: Localized;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  path?: PlanPath;
}

export interface Uncertain {
  path: PlanPath;
  why: Localized;
  data?: Record<string, string | number>;
}

export interface Recognition {
  data: Record<string, unknown>;
  entries: Map<string, Located>;
  uncertain: Uncertain[];
  notes: ReaderNote[];
  /** Paths filled with PLACEHOLDER because the part was not found. */
  placeholders: PlanPath[];
  /** Which source lines hold which component (for the .docx layout checks). */
  components: Map<ComponentName, SourceLine[]>;
  /** The number or the day was left blank: a draft. */
  blankNumberOrDay: boolean;
  /** Plan paths of the parts reported as reader/not-found (the value there, if any, is a placeholder). */
  missing: PlanPath[];
  profile: Profile;
}


/** A value with a position, in the tree built before the paths are known. */
class Leaf {
  constructor(readonly value: string | number | boolean, readonly start: number, readonly end: number, readonly offsets?: number[]) {}
}
const leaf = (v: Val): Leaf => new Leaf(v.text, startOf(v), endOf(v), v.offsets);
const derived = (value: string | number | boolean, v: Val | SourceLine): Leaf =>
  'no' in v ? new Leaf(value, v.start, v.start + v.text.length) : new Leaf(value, startOf(v), endOf(v));

type Tree = Leaf | Tree[] | { [key: string]: Tree };
export { Leaf };
export { leaf, derived };
export type { Tree, Para };

interface Para {
  v: Val;
  line: SourceLine;
  lines: SourceLine[];
}

/** The plan keys of the parts that come after the body's first lines: not reported missing in a text cut off. */
const AFTER_THE_CUT = new Set(['muc_dich_yeu_cau', 'noi_dung', 'thoi_gian_thuc_hien', 'kinh_phi', 'to_chuc_thuc_hien', 'cau_ket', 'noi_nhan', 'nguoi_ky', 'phu_luc']);

/** The plan keys of the parts a type requires (kế hoạch, quyết định…). */
const TYPE_PARTS = new Set(['muc_dich_yeu_cau', 'noi_dung', 'thoi_gian_thuc_hien', 'kinh_phi', 'to_chuc_thuc_hien', 'tham_quyen']);
/**
 * The parts a text issued with a decision ("(Ban hành kèm theo Quyết định số …)") does not have
 * of its own: its number and date are the decision's, and the decision carries the nơi nhận
 * and the signature.
 */
const NOT_IN_ATTACHED = new Set(['so', 'ky_hieu', 'dia_danh', 'ngay', 'noi_nhan', 'nguoi_ky']);
/** The plan keys of the parts under the body: nơi nhận and signature. */
const FOOTER_PARTS = new Set(['noi_nhan', 'nguoi_ky']);
/** The plan keys of the header's parts. */
const HEADER_PARTS = new Set(['loai', 'co_quan', 'so', 'dia_danh', 'trich_yeu']);

/** Shared state of one recognition; every zone module takes it as its first argument. */
export class ReaderContext {
  readonly lines: SourceLine[];
  notes: ReaderNote[] = [];
  unsureOf = new Map<object, { why: Localized; data?: Record<string, string | number> }>();
  positions = new Map<object, [number, number]>();
  components = new Map<ComponentName, SourceLine[]>();
  placeholderLeaves = new Set<Leaf>();
  blankNumberOrDay = false;
  missing: PlanPath[] = [];
  /** Paragraph index → the line joined into it (a paragraph broken by a page break). */
  joinedAt = new Map<number, number>();
  /** Positions for paths that have no value (a blank number still has a place in the text). */
  extraEntries: [PlanPath, Located][] = [];
  removedTerminator?: { mark: string; para: Para; at: [number, number] };
  /** A text issued with a decision (see attachedText): its number, date, nơi nhận and signature are the decision's. */
  attached = false;
  /** The text stops mid-way (see cutOffAt): where, reported once. */
  cutOff?: [number, number];
  /** No header at all (see headerless): its parts are not reported one by one. */
  noHeader = false;
  /** No tên loại was found (or one dvk has no rules for): the type is a stand-in, so the parts it would require are not reported missing. */
  typeGuessed = false;

  constructor(readonly source: DocumentSource, readonly placeholderText: string) {
    this.lines = source.lines;
  }

  note(ruleId: string, severity: Severity, message: Localized, at: Val | SourceLine | [number, number], data?: Record<string, string | number>) {
    const [start, end] = Array.isArray(at) ? at : 'no' in at ? [at.start, at.start + at.text.length] : [startOf(at), endOf(at)];
    this.notes.push({ ruleId, severity, message, start, end, ...(data ? { data } : {}) });
  }

  /**
   * "Kính gửi :", "Nơi nhận :": the label is not in the plan (dvk prints it), so the space before
   * its colon is reported here, under punctuation-spacing (a warning: no clause governs spacing).
   */
  labelSpacing(cell: Val) {
    const m = LABEL_SPACE_COLON.exec(cell.text);
    if (!m) return;
    const from = m[1]!.length;
    const label = m[1]!.replace(/\s+/gu, ' ');
    this.note('punctuation-spacing', 'warning', rm.labelSpaceColon, slice(cell, from, from + m[2]!.length + 1), { label });
  }

  component(name: ComponentName, ...lines: SourceLine[]) {
    const list = this.components.get(name) ?? [];
    appendAll(list, lines);
    this.components.set(name, list);
  }

  unsure<T extends object>(node: T, why: Localized, data?: Record<string, string | number>): T {
    this.unsureOf.set(node, { why, ...(data ? { data } : {}) });
    return node;
  }

  placeholder(part: Localized, at: number): Leaf {
    const l = new Leaf(this.placeholderText, at, at);
    this.placeholderLeaves.add(l);
    return this.unsure(l, unsure.placeholder, { part: part.vi, partEn: part.en });
  }

  /** `paths`: where the missing part would be in the plan (see Recognition.missing). */
  notFound(part: Localized, at: number, ...paths: PlanPath[]) {
    this.missing.push(...paths);
    // The text is cut off: the parts that would have followed are not reported one by one.
    if (this.cutOff && paths[0] && AFTER_THE_CUT.has(String(paths[0][0]))) return;
    if (this.attached && paths[0] && NOT_IN_ATTACHED.has(String(paths[0][0]))) return;
    // A body reposted without its header: said once (reader/no-header), not part by part.
    // Its type is then a guess too: the parts a type requires are not reported either.
    // A page that posts the body alone (no header) posts it without its nơi nhận and signature
    // too (unseen 18): those are not reported one by one either.
    if (this.noHeader && (part === partNames.header || (paths[0] && (HEADER_PARTS.has(String(paths[0][0])) || TYPE_PARTS.has(String(paths[0][0])) || FOOTER_PARTS.has(String(paths[0][0])))))) return;
    // A type not found is reported once (reader/not-found, reader/unknown-type): the parts of the
    // type dvk stands in for it (a kế hoạch's "Mục đích, yêu cầu"…) may not belong to the document.
    if (this.typeGuessed && paths[0] && TYPE_PARTS.has(String(paths[0][0]))) return;
    this.notes.push({ ruleId: 'reader/not-found', severity: 'error', message: rm.notFound, data: { part: part.vi, partEn: part.en }, start: at, end: at, ...(paths[0] ? { path: paths[0] } : {}) });
  }

  materialise(node: Tree, path: PlanPath, entries: Map<string, Located>, uncertain: Uncertain[], placeholders: PlanPath[]): unknown {
    const why = this.unsureOf.get(node as object);
    if (why) uncertain.push({ path, ...why });
    if (node instanceof Leaf) {
      entries.set(pathKey(path), { start: node.start, end: node.end, ...(node.offsets ? { offsets: node.offsets } : {}) });
      if (this.placeholderLeaves.has(node)) placeholders.push(path);
      return node.value;
    }
    const at = this.positions.get(node as object);
    if (at) entries.set(pathKey(path), { start: at[0], end: at[1] });
    if (Array.isArray(node)) {
      const out = node.map((child, i) => this.materialise(child, [...path, i], entries, uncertain, placeholders));
      if (!at && out.length && !entries.has(pathKey(path))) {
        const first = entries.get(pathKey([...path, 0]));
        if (first) entries.set(pathKey(path), { start: first.start, end: first.end });
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      if (Array.isArray(child) && child.length === 0) continue;
      out[key] = this.materialise(child, [...path, key], entries, uncertain, placeholders);
    }
    if (!at) {
      const firstKey = Object.keys(node)[0];
      const first = firstKey === undefined ? undefined : entries.get(pathKey([...path, firstKey]));
      if (first) entries.set(pathKey(path), { start: first.start, end: first.end });
    }
    return out;
  }
}

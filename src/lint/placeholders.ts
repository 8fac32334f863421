// Draft placeholders are not prose. `dvk new` writes "[CẦN BỔ SUNG: TRÍCH YẾU]" where a clerk
// still has to write, clerks type "[cần bổ sung]" or "[...]", and the .txt/.docx reader puts
// "[KHÔNG TÌM THẤY]" where a part was not found. Only draft-placeholders is about them; every
// other rule would misread them as text ("CẦN", "BỔ", "SUNG" as undefined abbreviations, a
// lower-case "[CẦN BỔ SUNG: chức vụ]" as a title not in capitals, "[CẦN BỔ SUNG: quyền hạn]" as
// an unknown signing authority). So the engine hands those rules a copy of the plan in which
// each placeholder is masked, and drops what they still report inside one.
import type { Plan } from '../plan/model.js';
import { NOT_FOUND } from '../shared/placeholders.js';
import type { PlanPath } from '../report/finding.js';
import type { PlanEdit, ReportDescriptor } from './rule.js';
import { matchesOf } from './helpers/match-all.js';


/** A bracketed run on one line, short enough to be a marker rather than a bracketed remark. */
const BRACKETED = /\[[^\]\n]{0,40}\]/gu;

/** Whether a bracketed run is a placeholder: it says so ("bổ sung", "cần", "điền") or is only dots/x's. "[1]" and "[sic]" are text. */
export function isBracketPlaceholder(bracketed: string): boolean {
  return /bổ sung|cần|điền|\.\.\.|…|x{2,}/iu.test(bracketed);
}

/** [from, to) of every bracketed placeholder in `text`, in order. */
export function placeholderSpans(text: string): [number, number][] {
  if (!text.includes('[')) return [];
  const spans: [number, number][] = [];
  for (const m of matchesOf(BRACKETED, text)) {
    if (isBracketPlaceholder(m[0]) || m[0].slice(1, -1).trim().toLocaleUpperCase('vi') === NOT_FOUND) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * Each masked character becomes U+FFFC OBJECT REPLACEMENT CHARACTER ("something stands here"):
 * same length, so every offset a rule reports is still an offset into the value as written; not
 * a letter (no abbreviation, no letter case, no tone mark), not a space (a placeholder between
 * two words is not a run of extra spaces, a part holding only a placeholder is not empty) and
 * not punctuation.
 */
export const MASK = '\uFFFC';

export interface MaskedPlan {
  plan: Plan;
  /** By value path (pathKey): the masked spans, the value's length, and whether it is only placeholders and blanks. */
  masks: Map<string, { spans: [number, number][]; length: number; whole: boolean }>;
}

export const pathKey = (path: PlanPath): string => JSON.stringify(path);

const isText = (v: unknown): v is { text: string; path: PlanPath } =>
  typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string' && Array.isArray((v as { path?: unknown }).path);

/** The plan with its placeholders masked; the same object when it has none (nothing is copied). */
export function maskPlaceholders(plan: Plan): MaskedPlan {
  const masks: MaskedPlan['masks'] = new Map();
  // Copy on write: an array or object is copied only when something under it is masked, so a
  // plan without placeholders (most of them) costs one walk and no allocation.
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const c = copy(value[i]);
        if (c !== value[i]) (out ??= value.slice())[i] = c;
      }
      return out ?? value;
    }
    if (typeof value !== 'object' || value === null) return value;
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      const c = copy(v);
      if (c !== v) (out ??= { ...value })[key] = c;
    }
    if (isText(value)) {
      const spans = placeholderSpans(value.text);
      if (spans.length) {
        let text = value.text;
        for (const [from, to] of spans) text = text.slice(0, from) + MASK.repeat(to - from) + text.slice(to);
        (out ??= { ...value }).text = text;
        masks.set(pathKey(value.path), { spans, length: value.text.length, whole: text.replaceAll(MASK, '').trim() === '' });
      }
    }
    return out ?? value;
  };
  return { plan: copy(plan) as Plan, masks };
}

/** A message quotes what the rule read: a masked run reads "[…]", not U+FFFC marks. */
function unmaskData(data: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) out[key] = typeof value === 'string' ? value.replace(/\uFFFC+/gu, '[…]') : value;
  return out;
}

// A point (an insertion: "add a full stop here") at either edge of a placeholder is about it too:
// the clerk has not written that text yet.
const overlaps = (from: number, to: number, [mFrom, mTo]: [number, number]): boolean =>
  from === to ? from >= mFrom && from <= mTo : from < mTo && to > mFrom;

/**
 * What a rule reported on the masked plan, as it may go out: undefined when it is about a
 * placeholder (a span inside one, or a whole value that is only a placeholder); without its fix
 * or a suggestion when an edit would overwrite a placeholder (the rule computed the new text from
 * the masked value, so the edit would write the mask into the file).
 */
export function screenReport(d: ReportDescriptor, masked: MaskedPlan): ReportDescriptor | undefined {
  if (masked.masks.size === 0) return d;
  d = { ...d, ...(d.data ? { data: unmaskData(d.data) } : {}), ...(d.suggestions ? { suggestions: d.suggestions.map((s) => (s.data ? { ...s, data: unmaskData(s.data) } : s)) } : {}) };
  const mask = masked.masks.get(pathKey(d.path));
  if (mask) {
    if (d.span) {
      if (mask.spans.some((s) => overlaps(d.span![0], d.span![1], s))) return undefined;
    } else if (!d.onKey && mask.whole) {
      return undefined;
    }
  }
  const touches = (edits: PlanEdit[]): boolean =>
    edits.some((e) => {
      const m = masked.masks.get(pathKey(e.path));
      if (!m) return false;
      const from = e.from ?? 0;
      const to = e.to ?? m.length;
      return m.spans.some(([mFrom, mTo]) => from < mTo && to > mFrom);
    });
  let out = d;
  if (d.fix && touches(d.fix)) {
    const { fix: _dropped, ...rest } = out;
    out = rest;
  }
  if (d.suggestions?.some((s) => touches(s.fix))) {
    const suggestions = d.suggestions.filter((s) => !touches(s.fix));
    const { suggestions: _all, ...rest } = out;
    out = suggestions.length ? { ...rest, suggestions } : rest;
  }
  return out;
}

// A piece of the source text that remembers where every character came from. The reader builds
// every plan value from Vals, so each value keeps its position (and each character its offset)
// through trimming, cutting and joining lines: rules can then point inside values.

export interface Val {
  text: string;
  /** Source offset of each character, plus one for the end: length is text.length + 1. */
  offsets: number[];
}

export function val(text: string, start: number): Val {
  const offsets = Array.from({ length: text.length + 1 }, (_, i) => start + i);
  return { text, offsets };
}

export function slice(v: Val, from: number, to = v.text.length): Val {
  const f = Math.max(0, Math.min(from, v.text.length));
  const t = Math.max(f, Math.min(to, v.text.length));
  return { text: v.text.slice(f, t), offsets: v.offsets.slice(f, t + 1) };
}

export function trim(v: Val): Val {
  const lead = v.text.length - v.text.trimStart().length;
  const end = v.text.trimEnd().length;
  return slice(v, lead, Math.max(lead, end));
}

/** Removes characters matched by `pattern` at the start (a regex anchored with ^). */
export function stripStart(v: Val, pattern: RegExp): Val {
  const m = pattern.exec(v.text);
  return m && m.index === 0 ? slice(v, m[0].length) : v;
}

/** Removes characters matched by `pattern` at the end (a regex anchored with $). */
export function stripEnd(v: Val, pattern: RegExp): Val {
  const m = pattern.exec(v.text);
  return m && m.index + m[0].length === v.text.length ? slice(v, 0, m.index) : v;
}

/** Joins pieces; each separator character maps to the end of the piece before it. */
export function join(pieces: Val[], separator: string): Val {
  if (pieces.length === 0) return { text: '', offsets: [0] };
  let text = '';
  const offsets: number[] = [];
  pieces.forEach((p, i) => {
    if (i > 0) {
      const at = offsets.pop()!;
      text += separator;
      for (let k = 0; k < separator.length; k++) offsets.push(at);
    } else {
      offsets.length = 0;
    }
    text += p.text;
    for (let k = 0; k <= p.text.length; k++) offsets.push(p.offsets[k]!);
  });
  return { text, offsets };
}

export const startOf = (v: Val): number => v.offsets[0] ?? 0;
export const endOf = (v: Val): number => v.offsets[v.text.length] ?? startOf(v);

/**
 * Splits a line into cells at tabs or runs of 3+ spaces (two header columns flattened into one
 * line), and at the bars of a table drawn in text ("| Số 22-KH/ĐU   | Hà Nội, ngày … |", as a web
 * page, pandoc or a Markdown table prints it): no header or footer line holds a "|" of its own.
 */
export function cells(v: Val): Val[] {
  const out: Val[] = [];
  const re = /\t+| {3,}|\u00a0{2,}|[^\S\n]*\|[^\S\n]*/g;
  let last = 0;
  for (let m = re.exec(v.text); m; m = re.exec(v.text)) {
    out.push(slice(v, last, m.index));
    last = m.index + m[0].length;
  }
  out.push(slice(v, last));
  return out.map(trim).filter((c) => c.text !== '');
}

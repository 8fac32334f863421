// Text widths in Times New Roman, from the Liberation Serif 2 metrics (same advance widths), so
// the header table and the rule lines can be sized to the text instead of guessed.
import { UNITS_PER_EM, WIDTHS } from './text-widths.js';

/** Twips (1/20 pt) per millimetre. */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

/** Width of one line of text in twips. Unknown characters count as a wide letter ("M"). */
export function textWidth(text: string, sizePt: number, style: { bold?: boolean; italic?: boolean } = {}): number {
  const face = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
  const table = WIDTHS[face];
  let units = 0;
  for (const ch of text.normalize('NFC')) units += table[ch] ?? table.M ?? UNITS_PER_EM;
  return Math.ceil((units / UNITS_PER_EM) * sizePt * 20);
}

// Where a line may break, for titles and header lines the renderer breaks itself (the trích yếu,
// a phụ lục title, a long organ name or date line). A date range stays whole ("15/10/1930 -
// 15/10/2023", "2021 - 2025"): a reader must never find "15/10/1930 -" at a line end.
const RANGE_DASH = /^[-–—]$/;
const ENDS_WITH_NUMBER = /\d\)?$/;
const STARTS_WITH_NUMBER = /^\(?\d/;

/** The text's words, with a spaced range ("2021 - 2025") joined into one unbreakable unit. */
export function breakUnits(text: string): string[] {
  const words = text.split(' ').filter(Boolean);
  const units: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const after = words[i + 2];
    if (next !== undefined && after !== undefined && RANGE_DASH.test(next) && ENDS_WITH_NUMBER.test(w) && STARTS_WITH_NUMBER.test(after)) {
      units.push(`${w} ${next} ${after}`);
      i += 2;
    } else units.push(w);
  }
  return units;
}

/** Words a line should rather start with (a clause, a place, a period); a break before them costs less. */
const GOOD_START = /^(về|của|và|cho|trong|nhân|giai|năm|tại|đối|với|theo|nhằm|để|tỉnh|huyện|xã|phường|quận|thị|thành|VÀ|TỈNH|HUYỆN|XÃ|PHƯỜNG|QUẬN|THỊ|THÀNH|ĐẠI|TRƯỜNG|BAN|CÁC|KHỐI|PHONG|CƠ|CHI|ĐẢNG|HỘI|MẶT|\(|“)/u;

/**
 * A line broken into the fewest lines no wider than `width` (twips), as even as possible: no
 * break inside a date range, no word left alone on the last line when two words fit there, and a
 * break after a comma or before "về", "của", a place preferred to one inside a phrase. A line
 * that fits is returned as it is; so is one that would need more than four lines.
 */
export function balancedLines(text: string, width: number, measure: (text: string) => number): string[] {
  if (measure(text) <= width) return [text];
  const units = breakUnits(text);
  const n = units.length;
  const lineWidth = (i: number, j: number) => measure(units.slice(i, j).join(' '));
  // The fewest lines: fill greedily.
  let lines = 1;
  for (let i = 0, j = 1; j <= n; j++) {
    if (j - i > 1 && lineWidth(i, j) > width) {
      lines++;
      i = j - 1;
    }
  }
  if (lines < 2 || lines > 4) return [text];
  // A break after a comma costs nothing; before "về", "của", a place word, "(" or, in running
  // text, a capitalised word (a name starts: "Ngày truyền thống", "Ban Thường vụ") very little;
  // anywhere else it may split a compound word ("truyền / thống"), so it must buy a lot of evenness.
  const caps = text === text.toLocaleUpperCase('vi-VN');
  const breakCost = (j: number) => {
    if (/[,;:]$/.test(units[j - 1]!)) return 0;
    const next = units[j]!;
    return GOOD_START.test(next) || (!caps && /^\p{Lu}/u.test(next)) ? 0.02 : 0.2;
  };
  let bestScore = Infinity;
  let best: number[] = [];
  const starts = [0];
  const visit = (from: number) => {
    if (starts.length === lines) {
      const all = [...starts, n];
      let widest = 0;
      let score = 0;
      for (let x = 0; x < lines; x++) {
        const lw = lineWidth(all[x]!, all[x + 1]!);
        if (lw > width) return;
        widest = Math.max(widest, lw);
        if (x > 0) score += breakCost(all[x]!);
      }
      // A word alone on the last line ("2025") only when nothing else fits.
      if (n - all[lines - 1]! === 1) score += 1;
      score += widest / width;
      if (score < bestScore) {
        bestScore = score;
        best = all;
      }
      return;
    }
    for (let i = from + 1; i < n; i++) {
      starts.push(i);
      visit(i);
      starts.pop();
    }
  };
  visit(0);
  if (!best.length) return [text];
  return best.slice(0, -1).map((s, x) => units.slice(s, best[x + 1]).join(' '));
}

/** The lines a word processor makes of `text` in `width`: as many words on each line as fit. */
export function greedyLines(text: string, width: number, measure: (text: string) => number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      out.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) out.push(line);
  return out;
}

/**
 * A centred title kept as one paragraph, narrowed so that the word processor's own wrapping gives
 * even lines: among the widths at which it wraps into the fewest lines, the one whose lines score
 * best (no break inside a date range, no word alone on the last line, breaks after a comma or
 * before "về", "của", a name; then the narrowest widest line). The text stays one searchable
 * string with no manual breaks. Undefined when the title fits on one line.
 */
export function balancedWidth(text: string, width: number, measure: (text: string) => number): number | undefined {
  if (measure(text) <= width) return undefined;
  const fewest = greedyLines(text, width, measure).length;
  const units = breakUnits(text);
  const unitBreaks = new Set<number>(); // word indexes where a unit starts
  let at = 0;
  for (const u of units) {
    unitBreaks.add(at);
    at += u.split(' ').length;
  }
  const words = text.split(' ').filter(Boolean);
  const caps = text === text.toLocaleUpperCase('vi-VN');
  const cost = (lines: string[]): number => {
    let score = 0;
    let index = 0;
    for (let x = 0; x < lines.length; x++) {
      if (x > 0) {
        if (!unitBreaks.has(index)) return Infinity; // inside "2021 - 2025"
        const prev = words[index - 1]!;
        const next = words[index]!;
        score += /[,;:]$/.test(prev) ? 0 : GOOD_START.test(next) || (!caps && /^\p{Lu}/u.test(next)) ? 0.02 : 0.2;
      }
      index += lines[x]!.split(' ').length;
    }
    const last = lines[lines.length - 1]!;
    if (!last.includes(' ') && words.length > lines.length) score += 1;
    return score + Math.max(...lines.map(measure)) / width;
  };
  const candidates = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      const w = measure(words.slice(i, j).join(' '));
      if (w > width) break;
      candidates.add(w);
    }
  }
  let best: { score: number; w: number } | undefined;
  for (const w of [...candidates].sort((a, b) => a - b)) {
    const lines = greedyLines(text, w, measure);
    if (lines.length !== fewest) continue;
    const score = cost(lines);
    if (score < (best?.score ?? Infinity)) best = { score, w };
  }
  if (!best || best.score === Infinity) return undefined;
  // A little spare room for rounding in the word processor, as long as the lines stay the same.
  const chosen = greedyLines(text, best.w, measure);
  for (const spare of [0.015, 0.01, 0.005, 0]) {
    const w = Math.min(width, Math.round(best.w * (1 + spare)));
    const again = greedyLines(text, w, measure);
    if (again.length === chosen.length && again.every((l, x) => l === chosen[x])) return w;
  }
  return best.w;
}

// Dates written in Vietnamese running text: "ngày 15/6/2024", "15-10-1930", "ngày 05 tháng 01
// năm 2020", "tháng 6/2024", "Quý II/2024", "năm 2024". Each is read as a period with a first
// and a last day, so that a deadline "trong quý II/2024" ends on 30/6/2024 (the-thuc.md §9,
// implementation notes). The day forms and the calendar are src/shared/dates.ts's; this module
// adds what only lint needs: finding dates and periods inside a text, and deadline cue words.
import { daysInMonth, isRealDay, SHORT_DATE_SOURCE, SPOKEN_DATE_SOURCE, type Day } from '../../shared/dates.js';
import { memoByText } from './memo.js';
import { matchesOf } from './match-all.js';

export type DateKind = 'day' | 'month' | 'quarter' | 'year';

export interface TextDate {
  kind: DateKind;
  /** Characters [from, to) of the text. */
  from: number;
  to: number;
  first: Day;
  last: Day;
  /** False for "31/4/2024": the day does not exist. */
  valid: boolean;
}

const ROMAN_QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const PATTERNS: { kind: DateKind; re: RegExp }[] = [
  { kind: 'day', re: new RegExp(SPOKEN_DATE_SOURCE, 'giu') },
  { kind: 'day', re: new RegExp(String.raw`(?<![\d/])${SHORT_DATE_SOURCE}(?!\d)`, 'gu') },
  { kind: 'month', re: /tháng\s+(\d{1,2})\s?[/-]\s?(\d{4})(?!\d)/giu },
  { kind: 'quarter', re: /quý\s+(IV|I{1,3}|[1-4])\s?[/-]\s?(?:năm\s+)?(\d{4})(?!\d)/giu },
  { kind: 'year', re: /(?<=\s|^)năm\s+(\d{4})(?!\d|\s*-\s*\d)/giu },
];

/** Every pattern ends in a four-digit year: a text without one has no date (most texts). */
const HAS_YEAR = /\d{4}/;

/** Every date or period in the text, in text order; overlapping matches keep the longest. */
export function scanDates(text: string): TextDate[] {
  if (!HAS_YEAR.test(text)) return [];
  const found: TextDate[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of matchesOf(re, text)) {
      const from = m.index;
      const to = from + m[0].length;
      let first: Day;
      let last: Day;
      let valid = true;
      if (kind === 'day') {
        const [day, month, year] = m.length === 4 ? [m[1], m[2], m[3]] : [m[1], m[3], m[4]];
        const d = { year: Number(year), month: Number(month), day: Number(day) };
        valid = isRealDay(d.year, d.month, d.day);
        first = d;
        last = d;
      } else if (kind === 'month') {
        const year = Number(m[2]);
        const month = Number(m[1]);
        if (month < 1 || month > 12) continue;
        first = { year, month, day: 1 };
        last = { year, month, day: daysInMonth(year, month) };
      } else if (kind === 'quarter') {
        const year = Number(m[2]);
        const q = ROMAN_QUARTER[m[1]!.toUpperCase()]!;
        first = { year, month: q * 3 - 2, day: 1 };
        last = { year, month: q * 3, day: daysInMonth(year, q * 3) };
      } else {
        const year = Number(m[1]);
        first = { year, month: 1, day: 1 };
        last = { year, month: 12, day: 31 };
      }
      found.push({ kind, from, to, first, last, valid });
    }
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: TextDate[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    if (prev && d.from < prev.to) continue;
    out.push(d);
  }
  return out;
}

/** scanDates, answered once per text in a lint run (date-valid, deadline-before-issue…); the answer is read-only. */
export const findDates: (text: string) => readonly TextDate[] = memoByText(scanDates);

/**
 * Words that make the date after them a deadline: "trước ngày 15/6/2024", "chậm nhất ngày …",
 * "xong trong tháng 3/2024", "hoàn thành trong quý II/2024", "hạn …". Markdown emphasis that
 * clerks paste from Word (`*ngày 15/6/2024*`) is skipped.
 */
const DEADLINE_CUE = /(?:trước|chậm nhất(?:\s+là)?|hạn(?:\s+chót)?|xong(?:\s+trong|\s+trước)?|hoàn thành(?:\s+trong|\s+trước)?|kết thúc(?:\s+trong|\s+trước)?)\s*[*_]*\s*(?:vào\s+)?(?:ngày\s*)?[*_]*$/iu;

/** The dates in the text that are deadlines (preceded by a deadline cue). */
export function findDeadlines(text: string): TextDate[] {
  return findDates(text).filter((d) => d.kind !== 'year' && DEADLINE_CUE.test(text.slice(Math.max(0, d.from - 40), d.from)));
}

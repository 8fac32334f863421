// Dates, decided once: how dvk reads a date (ISO in a plan, "ngày 05 tháng 02 năm 2026" and
// "5/2/2026" as people write them), whether the day exists, how two dates compare, and how a date
// is written back (the spoken form of the date line, the short form of a document's running
// text, the plain form of messages). The schema, the lint rules, the renderer, the reader, the profile choice and the
// scaffold all ask this module; none writes its own pattern, calendar or padding.
//
// The calendar is date-fns's (getDaysInMonth), imported by its own path: the package's index, or
// its `format` with the locales behind it, would add tens of milliseconds to every `dvk lint`.
// Nor is its Vietnamese locale used for the written forms: its long form is "ngày 5 tháng 02 năm
// 2026", which breaks the leading-zero rule below twice.
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import type { Lang } from '../i18n/index.js';

/** A calendar day. Months count from 1. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A plan date as written in YAML: "2024-05-27", or "2023-10" for a draft not yet dated to the day. */
export interface IsoDate {
  iso: string;
  year: number;
  month: number;
  /** Missing while a draft has only its month ("2023-10"). */
  day?: number;
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────

/** The ISO form a plan uses: YYYY-MM-DD, or YYYY-MM for a draft's month. */
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * "ngày 05 tháng 02 năm 2026" (spoken form; captures day, month, year). Patterns without anchors
 * or flags, for scanners that look for dates inside a text (src/lint/helpers/dates.ts).
 */
export const SPOKEN_DATE_SOURCE = String.raw`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;
/** "5/2/2026", "05-02-2026", "5.2.2026" (short form; captures day, separator, month, year). */
export const SHORT_DATE_SOURCE = String.raw`(\d{1,2})\s?([/.-])\s?(\d{1,2})\2(\d{4})`;

const SPOKEN_DATE = new RegExp(`^${SPOKEN_DATE_SOURCE}$`, 'iu');
const SHORT_DATE = new RegExp(`^${SHORT_DATE_SOURCE}$`, 'u');
/** ISO as a person types it: "2026-2-5" is read as well as "2026-02-05". */
const TYPED_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** A plan's ISO date, by shape only (the schema has checked the calendar before a plan is built). */
export function parseIsoDate(value: unknown): IsoDate | undefined {
  const match = ISO_DATE.exec(String(value ?? ''));
  if (!match) return undefined;
  return { iso: match[0], year: Number(match[1]), month: Number(match[2]), ...(match[3] ? { day: Number(match[3]) } : {}) };
}

export type ParsedDate = { ok: true; day: Day } | { ok: false; problem: 'shape' | 'calendar' };

/**
 * A whole day as a person writes it: "2026-02-05" (or "2026-2-5"), "ngày 05 tháng 02 năm 2026",
 * "5/2/2026" / "05/02/2026" (also with "-" or "."). `problem` tells a text that is not a date
 * from a date that is not on the calendar ("31/4/2026").
 */
export function parseDate(text: string): ParsedDate {
  const value = text.trim().normalize('NFC');
  let parts: [string, string, string] | undefined;
  let m: RegExpExecArray | null;
  if ((m = TYPED_ISO.exec(value))) parts = [m[1]!, m[2]!, m[3]!];
  else if ((m = SPOKEN_DATE.exec(value))) parts = [m[3]!, m[2]!, m[1]!];
  else if ((m = SHORT_DATE.exec(value))) parts = [m[4]!, m[3]!, m[1]!];
  if (!parts) return { ok: false, problem: 'shape' };
  const day = { year: Number(parts[0]), month: Number(parts[1]), day: Number(parts[2]) };
  return isRealDay(day.year, day.month, day.day) ? { ok: true, day } : { ok: false, problem: 'calendar' };
}

/** A real day in the strict ISO form YYYY-MM-DD (a config's `ngay_chuyen_hd05`, a profile's `ap_dung_tu`). */
export function isIsoDay(text: string): boolean {
  const date = parseIsoDate(text);
  return date?.day !== undefined && isRealDay(date.year, date.month, date.day);
}

// ── The calendar ─────────────────────────────────────────────────────────────────────────────

/** The first of the month as a Date (setFullYear, so that years below 100 are not read as 19xx). */
function monthStart(year: number, month: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, 1);
  return date;
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(monthStart(year, month));
}

/** Whether the day is on the calendar: 29/2 only in leap years, no 31/4, no month 13. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export interface IsoDateCheck {
  /** The text has the shape YYYY-MM or YYYY-MM-DD, with a month 01–12 and a day 01–31. */
  shapeOk: boolean;
  /** The shape is right and the day exists. */
  ok: boolean;
  year: number;
  month: number;
  day?: number;
  /** Days in that month (0 when the month is not 1–12): what a message tells the clerk. */
  daysInMonth: number;
}

/** A plan date checked against the calendar, with what the schema's message needs. */
export function checkIsoDate(text: string): IsoDateCheck {
  const date = parseIsoDate(text);
  if (!date) return { shapeOk: false, ok: false, year: 0, month: 0, daysInMonth: 0 };
  const { year, month, day } = date;
  if (month < 1 || month > 12) return { shapeOk: false, ok: false, year, month, daysInMonth: 0 };
  const dim = daysInMonth(year, month);
  const ok = day === undefined || isRealDay(year, month, day);
  return { shapeOk: day === undefined || (day >= 1 && day <= 31), ok, year, month, ...(day === undefined ? {} : { day }), daysInMonth: dim };
}

// ── Comparing ────────────────────────────────────────────────────────────────────────────────

/** Orders two days: negative when a is earlier, 0 on the same day. */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** A plan date as a period: a day is itself; a draft's month "2023-10" runs from 1/10 to 31/10. */
export function periodOf(date: IsoDate): { first: Day; last: Day } {
  if (date.day !== undefined) {
    const d = { year: date.year, month: date.month, day: date.day };
    return { first: d, last: d };
  }
  return { first: { year: date.year, month: date.month, day: 1 }, last: { year: date.year, month: date.month, day: daysInMonth(date.year, date.month) } };
}

// ── Writing ──────────────────────────────────────────────────────────────────────────────────

/**
 * The leading zero: days below 10 and months 1 and 2 take a 0, "ngày 05 tháng 02", "ngày 15
 * tháng 6" (NĐ 30/2020, Phụ lục I, mục II.4; HD 36-HD/VPTW the same: "ngày 20 tháng 02 năm
 * 2018"), so that nobody can add a digit to a signed document later. dvk writes every date of a
 * document this way, the date line and running text alike, as clerks do ("06/5/2022",
 * "28/02/2018" in the corpus). Messages are not documents: they write the plain "1/7/2026".
 */
export const dayText = (day: number): string => (day < 10 ? `0${day}` : String(day));
export const monthText = (month: number): string => (month <= 2 ? `0${month}` : String(month));

/**
 * The spoken form of the date line: "ngày 05 tháng 02 năm 2026". A draft dated to the month only
 * leaves the day blank, and an undated draft every blank, for the clerk to fill by hand once
 * the document is numbered (the-thuc.md §5, "Drafts").
 */
export function spokenDate(date: IsoDate | Day | undefined): string {
  const blank = '    ';
  if (!date) return `ngày${blank}tháng${blank}năm${blank}`;
  const day = date.day === undefined ? blank.slice(2) : dayText(date.day);
  return `ngày ${day} tháng ${monthText(date.month)} năm ${date.year}`;
}

/** The short form of running text: "05/02/2026", "23/4/2024"; a month alone "10/2023". */
export function shortDate(date: IsoDate | Day): string {
  const month = `${monthText(date.month)}/${date.year}`;
  return date.day === undefined ? month : `${dayText(date.day)}/${month}`;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A day in the plan's ISO form, "2026-02-05"; a month alone "2023-10". Written digit by digit, not
 * through a Date: a day read from a document that is not on the calendar ("31/4/2024") must reach
 * the schema as written, to be reported, not rolled over to 1 May.
 */
export function isoText(date: { year: number; month: number; day?: number | undefined }): string {
  const month = `${pad(date.year, 4)}-${pad(date.month)}`;
  return date.day === undefined ? month : `${month}-${pad(date.day)}`;
}

/** Today in the local time zone, in the plan's ISO form: "2026-11-22" (what `ngay` takes). */
export function todayIso(now: Date = new Date()): string {
  return isoText({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/**
 * A date in a message: "1/7/2026", "27/5/2026" in Vietnamese, as people say it (a message is not
 * a signed document: no leading zero); ISO in English (2026-07-01), which no English reader takes
 * for a month-first date. Accepts a plan's ISO text (returned unchanged when it is not a date) or
 * a day.
 */
export function displayDate(date: string | IsoDate | Day, lang: Lang): string {
  const parsed = typeof date === 'string' ? parseIsoDate(date) : date;
  if (!parsed) return String(date);
  if (lang === 'en') return isoText(parsed);
  return parsed.day === undefined ? `${parsed.month}/${parsed.year}` : `${parsed.day}/${parsed.month}/${parsed.year}`;
}

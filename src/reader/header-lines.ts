// The two header lines whose written form carries meaning: "Số: 15/KH-SKHCN" / "Số 22-KH/ĐU"
// and "Hà Nam, ngày 05 tháng 10 năm 2023". Each is cut into its parts with the position of
// every part, and with what was typed around them (colon, spaces, comma) for the form checks.
import type { System } from '../plan/model.js';
import { isoText } from '../shared/dates.js';
import * as P from './patterns.js';
import { endOf, slice, startOf, trim, type Val } from './val.js';

export interface NumberInfo {
  cell: Val;
  colon: boolean;
  colonAt: number;
  number: Val;
  numberAsWritten: Val;
  symbol: Val;
  symbolAsWritten: Val;
  symbolCode?: Val;
  /** The year of a legal normative text's number ("44/2005/QĐ-UBND"), kept out of the ký hiệu. */
  legalYear?: string;
  shape: System;
  sep: string;
  written: string;
  expected: string;
}

export interface DateInfo {
  cell: Val;
  place: Val;
  comma: boolean;
  iso: string;
  blankDay: boolean;
  day: string;
  month: string;
  slashes: boolean;
  start: number;
  end: number;
}

export function parseNumber(c: Val, m: RegExpExecArray): NumberInfo {
  // Offsets of each group inside the cell.
  const groups = m.slice(1) as string[];
  const at: number[] = [];
  let pos = 2; // after "Số"
  for (const g of groups) { at.push(pos); pos += g.length; }
  const [sp1, colon, sp2, num, sp3, sep, sp4, rest] = groups as [string, string, string, string, string, string, string, string];
  const symbolVal = slice(c, at[7]!, at[7]! + rest.length);
  // Spaces inside the symbol ("KH - SKHCN") are kept out of the plan value, reported below.
  const spaced = rest.replace(/\s+/g, '');
  const spacedSymbol: Val = spaced === rest ? symbolVal : { text: spaced, offsets: [...[...rest].flatMap((ch, i) => (/\s/.test(ch) ? [] : [symbolVal.offsets[i]!])), endOf(symbolVal)] };
  // A legal normative text numbers itself "số/năm/ký hiệu" ("Số: 44/2005/QĐ-UBND"; Luật Ban hành
  // văn bản quy phạm pháp luật 2015, Điều 8): the year is part of its number, not of its ký hiệu.
  const yearFirst = sep === '/' ? /^(\d{4})\/(?=\p{L})/u.exec(spaced) : null;
  const symbol: Val = yearFirst ? { text: spaced.slice(yearFirst[0].length), offsets: spacedSymbol.offsets.slice(yearFirst[0].length) } : spacedSymbol;
  const symbolText = symbol.text;
  const shape: System = sep === '-' ? 'party' : 'state';
  const code = shape === 'party' ? /\/(.+)$/.exec(symbolText)?.[1] : /-(.+)$/.exec(symbolText)?.[1];
  const codeStart = code ? symbolText.lastIndexOf(code) : -1;
  return {
    cell: c,
    colon: colon === ':',
    colonAt: startOf(c) + at[1]!,
    // A draft's dots ("Số: ……/KH-UBND") are a blank number, like spaces.
    number: P.BLANK_FILL.test(num) ? slice(c, at[3]!, at[3]!) : slice(c, at[3]!, at[3]! + num.length),
    numberAsWritten: slice(c, at[3]!, at[3]! + num.length + sp3.length),
    symbol,
    symbolAsWritten: yearFirst ? slice(c, at[7]! + rest.indexOf('/') + 1, at[7]! + rest.length) : slice(c, at[6]!, at[7]! + rest.length),
    ...(yearFirst ? { legalYear: yearFirst[1]! } : {}),
    shape,
    sep,
    written: c.text,
    expected: '',
    ...(code ? { symbolCode: { text: code, offsets: symbol.offsets.slice(codeStart, codeStart + code.length + 1) } } : {}),
  };
}

export function parseDate(c: Val): DateInfo | undefined {
  const m = P.DATE_LINE.exec(c.text);
  const slashes = m ? undefined : P.DATE_LINE_SLASHES.exec(c.text);
  const found = m ?? slashes;
  if (!found) return undefined;
  const place = trim(slice(c, 0, found[1]!.length));
  // A draft's dots ("ngày …… tháng 3") are a blank, like spaces.
  const [, , comma, day, month, year] = (found as unknown as string[]).map((g) => (g && P.BLANK_FILL.test(g) ? '' : g)) as [string, string, string, string, string, string];
  const dayN = day === '' ? undefined : Number(day);
  const monthN = month === '' ? undefined : Number(month);
  const iso = !year || monthN === undefined ? '' : isoText({ year: Number(year), month: monthN, day: dayN });
  const after = slice(c, found[1]!.length);
  return { cell: c, place, comma: comma === ',', iso, blankDay: dayN === undefined || !year, day, month, slashes: Boolean(slashes), start: endOf(place) + (after.text.length - after.text.trimStart().length), end: endOf(c) };
}

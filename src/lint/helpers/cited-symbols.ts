// Citations in running text read loosely, as drafters type them: "Nghị quyết 13-NQ/TU" (no
// "số"), "Quyết định số: 59/QĐ-UBND" (a colon), "Chỉ thị số 25- CT/HU", "Công văn số 412 /UBND",
// "14/KH –UBND" (spaces, an en dash inside the symbol). helpers/citations.ts reads only the
// well-formed "<type> số <symbol>"; the rules about the form of a citation need this wider net.
import { CITED_TYPES } from './citations.js';
import { memoByText } from './memo.js';
import { matchesOf } from './match-all.js';

export interface LooseCitation {
  /** The type word as written ("Nghị quyết", "quyết định"). */
  type: string;
  /** "số" as written, or undefined when the citation has none. */
  so?: string;
  /** A colon after "số" ("số: 59/…"), as characters [from, to) of the text. */
  colon?: [number, number];
  /** The symbol as written ("25- CT/HU") and where it is. */
  symbol: string;
  symbolFrom: number;
  symbolTo: number;
  /** Its segments between separators ("25", "CT", "HU") and the separators as written ("- ", "/"). */
  segments: string[];
  separators: string[];
  /** The whole citation [from, to). */
  from: number;
  to: number;
}

const TYPES = [...CITED_TYPES].sort((a, b) => b.length - a.length).map((t) => `[${t[0]}${t[0]!.toLowerCase()}]${t.slice(1)}`).join('|');
/** A separator inside a symbol: a slash or a hyphen-like dash, with the spaces drafters put around it. */
const SEPARATOR = String.raw`[^\S\n]*[-/‐‑–—][^\S\n]*`;
const LOOSE = new RegExp(String.raw`(?<![\p{L}])(${TYPES})(?:\s+(số))?(?:[^\S\n]*(:))?\s+(\d+(?:${SEPARATOR}[\p{L}\d&]+)+)`, 'dgu');

/** A code segment: capitals, digits, "&", and the few codes written with a small letter (TTg, QĐi, QyĐ, TTr, CTr). */
const CODE = /^(?:[\p{Lu}\d&]+|TTg|QĐi|QyĐ|TTr|CTr|TrS)$/u;
/** The codes written with a small letter, by their capitals: "TTG" or "Ttg" is TTg in the wrong case. */
export const MIXED_CASE_CODES = new Map(['TTg', 'QĐi', 'QyĐ', 'TTr', 'CTr', 'TrS'].map((c) => [c.toLocaleUpperCase('vi'), c]));

function scan(text: string): LooseCitation[] {
  const out: LooseCitation[] = [];
  if (!/\d/.test(text)) return out;
  for (const m of matchesOf(LOOSE, text)) {
    const symbolFrom = m.indices![4]![0];
    const raw = m[4]!;
    const parts = raw.split(/([^\S\n]*[-/‐‑–—][^\S\n]*)/u);
    const segments = [parts[0]!];
    const separators: string[] = [];
    // Keep segments while they look like a code: "12/KH-UBND - Về việc" stops before " - Về".
    for (let i = 1; i + 1 < parts.length; i += 2) {
      const seg = parts[i + 1]!;
      const isCode = CODE.test(seg) || MIXED_CASE_CODES.has(seg.toLocaleUpperCase('vi'));
      if (!isCode) break;
      separators.push(parts[i]!);
      segments.push(seg);
    }
    if (segments.length < 2 || !segments.slice(1).some((s) => /\p{L}/u.test(s))) continue;
    const symbol = segments.reduce((acc, seg, i) => acc + (i ? separators[i - 1]! : '') + seg, '');
    out.push({
      type: m[1]!,
      ...(m[2] ? { so: m[2] } : {}),
      ...(m[3] ? { colon: m.indices![3] as [number, number] } : {}),
      symbol,
      symbolFrom,
      symbolTo: symbolFrom + symbol.length,
      segments,
      separators,
      from: m.index,
      to: symbolFrom + symbol.length,
    });
  }
  return out;
}

/** Loose citations in one text, read once per text in a lint run (read-only). */
export const findLooseCitations: (text: string) => readonly LooseCitation[] = memoByText(scan, 'findLooseCitations');

/** The symbol written compactly: spaces removed, every dash a hyphen. */
export function compactSymbol(c: LooseCitation): string {
  return c.segments.reduce((acc, seg, i) => acc + (i ? (c.separators[i - 1]!.trim() === '/' ? '/' : '-') : '') + seg, '');
}

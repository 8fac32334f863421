// The next free number in an organ's series, read from the plans already in the folder.
//
// State documents: each organ numbers from 01 on 1 January to 31 December, all types in one
// series (NĐ 30/2020/NĐ-CP, Điều 15). Party documents: one series per document type for the whole
// term of the cấp ủy, not restarted each year (HD 36-HD/VPTW, mục 1.3.1). dvk cannot know when a
// term began, so for Party documents it counts every plan of that type and organ in the folder
// and says so.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { loadPlanFile } from '../plan/index.js';
import { CONFIG_FILE_NAMES } from '../config/index.js';

export interface NumberedPlan {
  file: string;
  number: number;
  /** As written in the plan: "15". */
  numberText: string;
  /** "KH-SKHCN" / "KH/ĐU". */
  symbol: string;
}

export interface NextNumber {
  /** Zero-padded when the profile asks for it: "05", "16". */
  number: string;
  after?: NumberedPlan;
  /** How many plans of the series were found. */
  counted: number;
}

export interface SeriesQuery {
  folder: string;
  system: 'nha_nuoc' | 'dang';
  /** co_quan.viet_tat of the new plan. */
  issuerCode?: string;
  /** co_quan.ten of the new plan (used when a plan has no viet_tat). */
  issuerName: string;
  /** Type abbreviation of the new plan ("KH"): the Party series key. */
  typeCode: string;
  /** Calendar year of the new plan: the State series key. */
  year: number;
  /** Pad numbers below 10 with a 0 (NĐ 30 Phụ lục I, II.3; HD 36). */
  pad: boolean;
  /** The type abbreviation of a `loai` ("ke_hoach" → "KH"), for plans that do not write a ký hiệu. */
  typeCodeOf: (loai: string) => string | undefined;
  lang: Lang;
}

const norm = (s: unknown): string => String(s ?? '').normalize('NFC').trim().toLocaleUpperCase('vi');

/** "KH-SKHCN" → { type: "KH", organ: "SKHCN" }; "KH/ĐU" → { type: "KH", organ: "ĐU" }. */
export function splitSymbol(symbol: string, system: 'nha_nuoc' | 'dang'): { type: string; organ: string } | undefined {
  const separator = system === 'dang' ? '/' : '-';
  const i = symbol.indexOf(separator);
  if (i <= 0) return undefined;
  return { type: symbol.slice(0, i).trim(), organ: symbol.slice(i + 1).trim() };
}

type Raw = Record<string, unknown>;

export async function findNextNumber(query: SeriesQuery): Promise<NextNumber> {
  let names: string[];
  try {
    names = (await readdir(query.folder)).filter((n) => /\.ya?ml$/i.test(n) && !(CONFIG_FILE_NAMES as readonly string[]).includes(n)).sort();
  } catch {
    names = [];
  }
  const series: NumberedPlan[] = [];
  for (const name of names) {
    const loaded = await loadPlanFile(join(query.folder, name), query.lang);
    const data = loaded.data as Raw | undefined;
    // Only plans that parsed; a plan with schema problems still tells us its number.
    if (!data || typeof data !== 'object' || data.dvk === undefined) continue;
    const numbered = inSeries(data, name, query);
    if (numbered) series.push(numbered);
  }
  const after = series.reduce<NumberedPlan | undefined>((best, p) => (!best || p.number > best.number ? p : best), undefined);
  const next = (after?.number ?? 0) + 1;
  const number = query.pad && next < 10 ? `0${next}` : String(next);
  return { number, ...(after ? { after } : {}), counted: series.length };
}

function inSeries(data: Raw, file: string, query: SeriesQuery): NumberedPlan | undefined {
  if ((data.he_thong === 'dang' ? 'dang' : 'nha_nuoc') !== query.system) return undefined;
  const numberText = String(data.so ?? '').trim();
  if (!/^\d+$/.test(numberText)) return undefined;
  const coQuan = (typeof data.co_quan === 'object' && data.co_quan !== null ? data.co_quan : {}) as Raw;
  const written = String(data.ky_hieu ?? '').trim();
  const parts = written ? splitSymbol(written, query.system) : { type: query.typeCodeOf(String(data.loai ?? '')) ?? '', organ: String(coQuan.viet_tat ?? '') };
  const symbol = written || (query.system === 'dang' ? `${parts?.type}/${parts?.organ}` : `${parts?.type}-${parts?.organ}`);
  // Same organ: the abbreviation (written, or read from the ký hiệu), else the full name.
  const theirCode = norm(coQuan.viet_tat) || norm(parts?.organ);
  const ourCode = norm(query.issuerCode);
  const sameOrgan = theirCode && ourCode ? theirCode === ourCode : norm(coQuan.ten) === norm(query.issuerName);
  if (!sameOrgan) return undefined;
  if (query.system === 'nha_nuoc') {
    const year = /^(\d{4})/.exec(String(data.ngay ?? ''))?.[1];
    if (Number(year) !== query.year) return undefined;
  } else {
    const type = parts?.type ?? '';
    if (norm(type) !== norm(query.typeCode)) return undefined;
  }
  return { file, number: Number(numberText), numberText, symbol };
}

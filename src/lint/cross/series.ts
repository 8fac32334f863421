// Which numbering series a plan belongs to, for every run-level rule that compares numbers:
// State numbers restart each year (NĐ 30, Điều 15: "số của văn bản … được ghi liên tục từ số 01
// vào ngày đầu năm"), so a series is system + symbol + year. Party numbers run per term (HD 36,
// số và ký hiệu); without the term's dates in dvk.config.yaml (`cai_dat.nhiem_ky: [{ tu:
// 2020-10-01, den: 2025-09-30 }]`) the year is used, which misses a reuse across years of one
// term but never joins two terms.
import type { RunPlan } from './run-plan.js';

interface Term {
  tu: string;
  den: string;
}

function termOf(iso: string, settings: Record<string, unknown>): string | undefined {
  const terms = Array.isArray(settings.nhiem_ky) ? (settings.nhiem_ky as Term[]) : [];
  const term = terms.find((t) => typeof t?.tu === 'string' && typeof t?.den === 'string' && iso >= t.tu && iso <= t.den);
  return term ? `${term.tu}..${term.den}` : undefined;
}

export interface Series {
  /** system | symbol | term or year. */
  key: string;
  /** The number without leading zeros ("015" → "15"). */
  number: string;
  scope: { vi: string; en: string };
}

/** The series of a numbered, dated, non-draft plan; undefined for the others (they take part in no number check). */
export function seriesOf(p: RunPlan): Series | undefined {
  const { plan } = p;
  const number = plan.number?.text.trim().replace(/^0+(?=\d)/, '');
  const symbol = plan.symbol?.text.trim().toUpperCase();
  if (plan.draft || !number || !symbol || !plan.issueDate) return undefined;
  const year = String(plan.issueDate.year);
  const term = plan.system === 'party' ? termOf(plan.issueDate.iso, p.settings) : undefined;
  const scope = term
    ? { vi: `cùng nhiệm kỳ ${term.replace('..', '–')}`, en: `same term ${term.replace('..', '–')}` }
    : { vi: `cùng năm ${year}`, en: `same year ${year}` };
  return { key: `${plan.system}|${symbol}|${term ?? year}`, number, scope };
}

/** "15/KH-UBND" (State) or "22-KH/ĐU" (Party), as the plan prints it. */
export function numberSymbolOf(p: RunPlan): string | undefined {
  const { number, symbol, system } = p.plan;
  if (!number?.text.trim() || !symbol?.text.trim()) return undefined;
  return `${number.text.trim()}${system === 'state' ? '/' : '-'}${symbol.text.trim()}`;
}

/** "015/kh-ubnd " and "15/KH-UBND" name the same document: leading zeros, case and spaces aside. */
export function citationKeyOf(numberSymbol: string): string {
  return numberSymbol.replace(/\s+/gu, '').replace(/^0+(?=\d)/u, '').toLocaleUpperCase('vi');
}

/** "file.yaml:12": where a finding in one plan points at another. */
export function placeOf(file: string, range: { start: { line: number } } | undefined): string {
  return range ? `${file}:${range.start.line}` : file;
}

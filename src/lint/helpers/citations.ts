// Citations of other documents, in free text ("Chỉ thị số 25-CT/TU, ngày 23/4/2024 của Ban
// Thường vụ Tỉnh ủy về …") and in structured `can_cu` entries, read into one shape so that the
// date, year and first-mention rules share them (the-thuc.md §9 rules 32, 33, 36, 37).
import type { Plan } from '../../plan/model.js';
import type { PlanPath } from '../../report/finding.js';
import type { Day } from '../../shared/dates.js';
import { scanDates } from './dates.js';
import { memoByTextAndPath } from './memo.js';
import { proseTexts } from './plan-text.js';
import { appendAll } from '../../shared/append.js';
import { timed } from '../../shared/timing.js';
import { matchesOf } from './match-all.js';

/** Names of document types that are cited with "số <symbol>". */
export const CITED_TYPES = [
  'Hiến pháp', 'Luật', 'Bộ luật', 'Pháp lệnh', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Thông tư liên tịch',
  'Kết luận', 'Quy chế', 'Quy định', 'Thông tri', 'Hướng dẫn', 'Thông báo', 'Thông cáo', 'Báo cáo', 'Kế hoạch', 'Chương trình',
  'Đề án', 'Phương án', 'Tờ trình', 'Công văn', 'Công điện', 'Biên bản',
];

const TYPE_ALTERNATION = [...CITED_TYPES].sort((a, b) => b.length - a.length).join('|');
/** A number with its symbol: 25-CT/TU, 1946/UBND-VXNV, 08/2022/QĐ-UBND, 33/CT-TTg. */
const SYMBOL = String.raw`\d+(?:[-/][\p{L}\d]+)+`;
const CITATION = new RegExp(String.raw`(?<![\p{L}])(${TYPE_ALTERNATION})\s+số\s+(${SYMBOL})`, 'giu');

export interface Citation {
  /** The type as written ("Chỉ thị", "công văn"). */
  type: string;
  symbol: string;
  /** Characters [from, to) of the whole "Chỉ thị số 25-CT/TU" in its text. */
  from: number;
  to: number;
  symbolFrom: number;
  /** The date that follows ("ngày 23/4/2024" or ", ngày 23/4/2024"), if any, and where it is. */
  date?: Day & { path: PlanPath; span?: [number, number] };
  /** ", ngày" (Party practice) rather than " ngày" (State practice). */
  commaBeforeDate: boolean;
  /**
   * The mention is in full: a date and an issuer, after it ("…, ngày 23/4/2024 của Ban …") or
   * in the clause that introduces it ("Ngày 23/4/2024, Ban Thường vụ Tỉnh ủy đã ban hành …").
   */
  full: boolean;
  path: PlanPath;
  /** Structured `can_cu` entries carry their parts in separate fields. */
  structured: boolean;
}

// "của" in any case ("… CỦA BAN THƯỜNG VỤ" in a capitalised title), not only lower case.
const ISSUER_AFTER = /^[^;]{0,160}?(?<![\p{L}])(?:của|Của|CỦA|do)\s+\p{Lu}/u;
const ISSUER_BEFORE_TAI = /(?<![\p{L}])(?:của|do)\s+\p{Lu}[^;]{0,160}\stại\s*$/u;
const ISSUED_BY_BEFORE = /\p{Lu}\p{L}*\s.*(?<![\p{L}])(?:ban hành|ký)(?![\p{L}])/u;

/** Every citation has "số" and a number (in any case): most texts have none and need no further look. */
const HAS_SO = /số\s+\d/iu;

/** Citations in one string. */
function scanCitations(text: string, path: PlanPath): Citation[] {
  const out: Citation[] = [];
  if (!HAS_SO.test(text)) return out;
  for (const m of matchesOf(CITATION, text)) {
    const from = m.index;
    const to = from + m[0].length;
    const after = text.slice(to);
    // A date wrapped to the next line may start it with a capital ("…/QĐ-UBND\nNgày 22 tháng 7…").
    const dateMatch = /^(\s*,)?\s*ngày\s+/iu.exec(after);
    let date: Citation['date'];
    if (dateMatch) {
      const first = scanDates(after)[0];
      if (first && first.kind === 'day' && first.from <= dateMatch[0].length) {
        date = { ...first.first, path, span: [to + first.from, to + first.to] };
      }
    }
    const clauseStart = Math.max(text.lastIndexOf(';', from), text.lastIndexOf('. ', from)) + 1;
    const before = text.slice(clauseStart, from);
    const dateBefore = scanDates(before).some((d) => d.kind === 'day');
    // "Sở đã ban hành Kế hoạch số 18/KH-SGDĐT ngày 05/3/2025": the subject of the clause is the issuer.
    // The pattern backtracks over the whole clause from every capital: test it only when it can match.
    const issuedBy = (before.includes('ban hành') || before.includes('ký')) && ISSUED_BY_BEFORE.test(before);
    // "Theo đề nghị của Sở … tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021": the issuer is named before.
    const issuerBefore = before.includes('tại') && ISSUER_BEFORE_TAI.test(before);
    // A date written but damaged by the copy ("ngày 16/7/20 21") is still a date given.
    const dated = Boolean(date) || (dateMatch !== null && /^\d/u.test(after.slice(dateMatch[0].length)));
    // A citation where the text stops (a web page keeps only its first part: "… Công văn số
    // 3444/LĐTBXH-VPQ"): its date and issuer may be in the part the page dropped.
    const atCut = after.trim() === '' && !/[.;:!?…)]$/u.test(text.trimEnd());
    const full = atCut || (dated && (ISSUER_AFTER.test(after) || issuedBy || issuerBefore)) || (dateBefore && issuedBy);
    out.push({
      type: m[1]!,
      symbol: m[2]!,
      from,
      to,
      symbolFrom: from + m[0].lastIndexOf(m[2]!),
      ...(date ? { date } : {}),
      commaBeforeDate: Boolean(dateMatch?.[1]),
      full,
      path,
      structured: false,
    });
  }
  return out;
}

/**
 * Citations in one string, read once per text and path in a lint run (the citation rules and
 * planCitations ask for the same texts); the answer is read-only.
 */
export const findCitations: (text: string, path: PlanPath) => readonly Citation[] = memoByTextAndPath(scanCitations);

const cache = new WeakMap<Plan, Citation[]>();

/**
 * Structured citations first (they are printed in the căn cứ lines), then those in the text, in
 * order. Several rules ask for the same plan: read once.
 */
export function planCitations(plan: Plan): Citation[] {
  return cache.get(plan) ?? timed('analysis', 'planCitations', () => computePlanCitations(plan));
}

function computePlanCitations(plan: Plan): Citation[] {
  const out: Citation[] = [];
  for (const basis of plan.legalBasis) {
    if (basis.kind !== 'citation') continue;
    const d = basis.date;
    const date = d?.day !== undefined ? { year: d.year, month: d.month, day: d.day, path: d.path } : undefined;
    out.push({
      type: basis.docType.text,
      symbol: basis.numberSymbol.text,
      from: 0,
      to: basis.numberSymbol.text.length,
      symbolFrom: 0,
      ...(date ? { date } : {}),
      commaBeforeDate: false,
      full: Boolean(date && basis.issuer),
      path: basis.numberSymbol.path,
      structured: true,
    });
  }
  for (const t of proseTexts(plan)) {
    if (t.path[0] === 'can_cu' && typeof t.path[2] === 'string') continue;
    appendAll(out, findCitations(t.text, t.path));
  }
  cache.set(plan, out);
  return out;
}

/** The year inside a legal normative number: 08/2022/QĐ-UBND → 2022. */
export function symbolYear(symbol: string): number | undefined {
  const m = /^\d+\/(\d{4})\//.exec(symbol);
  return m ? Number(m[1]) : undefined;
}

/** "25-CT/TU" and "25-CT/TU " name the same document. */
export function citationKey(symbol: string): string {
  return symbol.replace(/\s+/g, '').toUpperCase();
}

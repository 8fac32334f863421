// What the run-level (repository-wide) rules read of one plan. `dvk lint` keeps one RunPlan per
// file until the end of the run, so it is small, and it is plain data (no functions, no class
// instances, no YAML nodes): it can cross a worker thread boundary (structured clone) and be stored
// in a cache file (JSON) and still give the same run-level findings. A run-level rule that needs
// more of a plan adds the field here and fills it in runPlanOf.
import type { Lang } from '../../i18n/index.js';
import type { Plan } from '../../plan/model.js';
import { locateInValue, type SourceMap } from '../../plan/source-map.js';
import type { Finding, Range } from '../../report/finding.js';
import { planCitations } from '../helpers/citations.js';
import { proseTexts } from '../helpers/plan-text.js';
import type { RuleMeta } from '../rule.js';

/** A document of the kinds a repository of plans holds, cited by number and symbol. */
export interface RunCitation {
  /** As written: "15/KH-UBND", "125-KH/HU". */
  symbol: string;
  /** ISO date of the citation ("ngày 05/01/2026"), when it gives one. */
  date?: string;
  /** What the citation says the document is about (its trích yếu), when it says so. */
  subject?: string;
  /** A structured `can_cu` entry (its trích yếu is a field) rather than running text. */
  structured: boolean;
  range: Range;
}

/** An organ or person name, as written, for the spelling-across-plans check. */
export interface RunName {
  /** `co_quan` (issuing organ), `cap_tren` (the organ above it), `nguoi_ky` (the signer's name). */
  kind: 'co_quan' | 'cap_tren' | 'nguoi_ky';
  text: string;
  range: Range;
}

export interface RunPlan {
  file: string;
  plan: Pick<Plan, 'system' | 'draft' | 'number' | 'symbol' | 'issueDate'>;
  /** The trích yếu as written (what a citation of this plan should repeat). */
  subject?: string;
  /** Positions the run-level rules point at, by name (`so`: the number, `ngay`: the date, `trich_yeu`: the subject). */
  ranges: { so?: Range; ngay?: Range; trich_yeu?: Range };
  /** Citations of numbered documents (not legal normative ones: those carry their year, "08/2022/QĐ-UBND"). */
  citations?: RunCitation[];
  names?: RunName[];
  /** `cai_dat` of the config that applies to this file. */
  settings: Record<string, unknown>;
}

/**
 * A copy of `s` that holds no reference to the text it was cut from: V8 keeps a slice or a trim
 * of a long string as a view into it, so a kept trích yếu would keep the whole plan's source alive
 * until the end of the run (measured: 150 MB more at 10,000 plans).
 */
const own = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

/** "15/KH-UBND" (State) or "125-KH/HU" (Party): a document numbered in an office's series, not a law. */
const SERIES_SYMBOL = /^\d+(?:\/[\p{L}\d]+-[\p{L}\d-]+|-[\p{L}\d]+\/[\p{L}\d-]+)$/u;
/** At most this many citations are kept per plan (memory stays flat on a repository of long plans). */
const MAX_CITATIONS = 40;
const MAX_SUBJECT = 240;

/**
 * The trích yếu that running text gives after a citation: "Kế hoạch số 15/KH-UBND ngày 05/01/2026
 * của Ủy ban nhân dân tỉnh về tổ chức …" → "tổ chức …", up to the end of the clause. Only when
 * "về" comes soon after the citation and before another citation: otherwise the text is about
 * something else and nothing is kept.
 */
function subjectAfter(text: string, to: number): string | undefined {
  const after = text.slice(to, to + 400);
  const m = /(?<![\p{L}])về(?:\s+việc)?\s+/u.exec(after);
  if (!m || m.index > 120) return undefined;
  const before = after.slice(0, m.index);
  if (/[;.]\s|số\s+\d/u.test(before)) return undefined;
  const rest = after.slice(m.index + m[0].length);
  const end = rest.search(/[;:]|\.\s|\.$|\n|(?<![\p{L}])(?:Hiến pháp|Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kết luận|Quy định|Hướng dẫn|Kế hoạch|Báo cáo|Thông báo|Công văn)\s+số/u);
  const subject = (end < 0 ? rest : rest.slice(0, end)).replace(/[\s,]+$/u, '').trim();
  return subject ? subject.slice(0, MAX_SUBJECT) : undefined;
}

function citationsOf(plan: Plan, sourceMap: SourceMap): RunCitation[] {
  // A citation in the text carries the path array of its text (helpers/citations.ts): looked up by
  // that array first, by its parts only when it is another array (joining every path cost more).
  const texts = proseTexts(plan);
  const textByArray = new Map<unknown, string>(texts.map((t) => [t.path, t.text]));
  let textByPath: Map<string, string> | undefined;
  const textAt = (path: (string | number)[]): string | undefined =>
    textByArray.get(path) ?? (textByPath ??= new Map(texts.map((t) => [t.path.join('.'), t.text]))).get(path.join('.'));
  const out: RunCitation[] = [];
  const bases = plan.legalBasis.filter((b) => b.kind === 'citation');
  for (const c of planCitations(plan)) {
    if (out.length >= MAX_CITATIONS) break;
    const symbol = c.symbol.replace(/\s+/gu, '');
    if (!SERIES_SYMBOL.test(symbol)) continue;
    const date = c.date ? `${c.date.year}-${String(c.date.month).padStart(2, '0')}-${String(c.date.day).padStart(2, '0')}` : undefined;
    let subject: string | undefined;
    let range: Range;
    if (c.structured) {
      const basis = bases.find((b) => b.kind === 'citation' && b.numberSymbol.path === c.path);
      subject = basis && basis.kind === 'citation' ? basis.subject?.text.slice(0, MAX_SUBJECT) : undefined;
      range = sourceMap.locate(c.path);
    } else {
      const text = textAt(c.path);
      subject = text === undefined ? undefined : subjectAfter(text, c.date?.span?.[1] ?? c.to);
      range = locateInValue(sourceMap, c.path, c.from, c.to);
    }
    // A mention with neither date nor trích yếu ("Chỉ thị số 25-CT/TU" again) says nothing to compare.
    if (!date && !subject) continue;
    if (out.some((o) => o.symbol === symbol && o.date === date && o.subject === subject)) continue;
    out.push({ symbol: own(symbol), ...(date ? { date } : {}), ...(subject ? { subject: own(subject) } : {}), structured: c.structured, range });
  }
  return out;
}

function namesOf(plan: Plan, sourceMap: SourceMap): RunName[] {
  const names: RunName[] = [];
  const add = (kind: RunName['kind'], t: { text: string; path: (string | number)[] } | undefined) => {
    const text = t?.text.trim();
    if (t && text && !text.startsWith('[')) names.push({ kind, text: own(text), range: sourceMap.locate(t.path) });
  };
  add('co_quan', plan.issuer.name);
  add('cap_tren', plan.issuer.parent);
  add('nguoi_ky', plan.signer.name);
  return names;
}

/** A RunPlan that keeps only what the run-level checks read, so the plan itself can be released after its file is linted. */
export function runPlanOf(file: string, plan: Plan, sourceMap: SourceMap, settings: Record<string, unknown>): RunPlan {
  const { system, draft, number, symbol, issueDate } = plan;
  const citations = citationsOf(plan, sourceMap);
  const names = namesOf(plan, sourceMap);
  const subject = plan.subject.text.trim();
  return {
    file,
    plan: { system, draft, ...(number ? { number } : {}), ...(symbol ? { symbol } : {}), ...(issueDate ? { issueDate } : {}) },
    ...(subject ? { subject: own(subject.slice(0, MAX_SUBJECT * 2)) } : {}),
    ranges: {
      ...(number ? { so: sourceMap.locate(number.path) } : {}),
      ...(issueDate ? { ngay: sourceMap.locate(issueDate.path) } : {}),
      ...(subject ? { trich_yeu: sourceMap.locate(plan.subject.path) } : {}),
    },
    ...(citations.length ? { citations } : {}),
    ...(names.length ? { names } : {}),
    settings,
  };
}

export interface CrossRule {
  meta: RuleMeta;
  checkRun(plans: RunPlan[], lang: Lang): Finding[];
}

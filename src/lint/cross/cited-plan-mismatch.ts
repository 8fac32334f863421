// Run-level check: a plan cites another plan of the same run ("Thực hiện Kế hoạch số 15/KH-UBND
// ngày 05/01/2026 của … về …", or a `can_cu` entry) and the citation disagrees with what that
// plan says about itself: its date, its trích yếu, or its number. The cited plan is told by its
// number and symbol in the citation's year (a series: series.ts); a wrong number only when the
// symbol, the exact date and the trích yếu all point at one plan of the run. Anything less
// certain (two candidates, another year, no trích yếu to compare) is not reported: a repository
// rarely holds every document an office cites.
import { localize, type Lang } from '../../i18n/index.js';
import type { Finding } from '../../report/finding.js';
import { displayDate } from '../../shared/dates.js';
import { docsUrlFor } from '../docs-page.js';
import { hd36, nd30 } from '../helpers/basis.js';
import { toToneStyle } from '../helpers/vietnamese.js';
import type { RuleMeta } from '../rule.js';
import type { CrossRule, RunCitation, RunPlan } from './run-plan.js';
import { citationKeyOf, numberSymbolOf, placeOf, seriesOf } from './series.js';

const meta: RuleMeta = {
  id: 'cited-plan-mismatch',
  title: { vi: 'Trích dẫn khớp với văn bản được trích trong kho', en: 'A citation agrees with the cited plan of the repository' },
  description: {
    vi: 'Khi một văn bản trích dẫn văn bản khác có trong cùng lần kiểm tra (Kế hoạch số 15/KH-UBND ngày 05/01/2026 … về …), ngày, trích yếu và số ghi trong trích dẫn phải khớp với chính văn bản đó. dvk chỉ báo khi nhận ra chắc chắn văn bản được trích (cùng số, ký hiệu và năm; hoặc cùng ký hiệu, ngày và trích yếu).',
    en: 'When a document cites another document of the same run (Kế hoạch số 15/KH-UBND ngày 05/01/2026 … về …), the date, trích yếu and number in the citation must agree with that document itself. dvk reports only when it is sure which document is cited (same number, symbol and year; or same symbol, date and trích yếu).',
  },
  systems: ['state', 'party'],
  severity: 'warning',
  // Same places as citation-first-full: a document cited is named by its type, number and symbol, date, issuer and trích yếu.
  basis: { state: nd30('Phụ lục I, mục II.6.b (dẫn văn bản)'), party: hd36('mục nội dung văn bản; thực tế trích dẫn') },
  fix: 'none',
  tags: ['trich-dan', 'nhieu-tep'],
  messages: {
    date: {
      vi: 'Trích dẫn “{{cited}}” ghi ngày {{citedDate}}, nhưng văn bản đó ({{other}}) ghi ngày {{actualDate}}.',
      en: 'The citation “{{cited}}” gives the date {{citedDate}}, but that document ({{other}}) is dated {{actualDate}}.',
    },
    subject: {
      vi: 'Trích dẫn “{{cited}}” ghi trích yếu “{{citedSubject}}”, không khớp với trích yếu của văn bản đó ({{other}}): “{{actualSubject}}”.',
      en: 'The citation “{{cited}}” gives the subject “{{citedSubject}}”, which does not match that document’s own ({{other}}): “{{actualSubject}}”.',
    },
    number: {
      vi: 'Trích dẫn “{{cited}}” ngày {{citedDate}}: trong kho, văn bản cùng ký hiệu, ngày và trích yếu là “{{actual}}” ({{other}}); kiểm tra lại số.',
      en: 'The citation “{{cited}}” of {{citedDate}}: the document of this repository with the same symbol, date and subject is “{{actual}}” ({{other}}); check the number.',
    },
    here: { vi: 'Văn bản được trích: “{{actual}}”.', en: 'The cited document: “{{actual}}”.' },
  },
  examples: {
    wrong: '# ke-hoach-15.yaml\nso: "15"\nky_hieu: KH-UBND\nngay: 2026-01-05\n# bao-cao.yaml\nmo_dau: Thực hiện Kế hoạch số 15/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân huyện …',
    right: '# ke-hoach-15.yaml\nso: "15"\nky_hieu: KH-UBND\nngay: 2026-01-05\n# bao-cao.yaml\nmo_dau: Thực hiện Kế hoạch số 15/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân huyện …',
  },
};

/** Words of a trích yếu, compared without case, punctuation, quotes, tone-mark placement and a leading “về (việc)”. */
function words(text: string): string[] {
  const w = toToneStyle(text.normalize('NFC').toLocaleLowerCase('vi'), 'new')
    .replace(/[“”"'‘’«»()[\],.;:!?…*_]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  if (w[0] === 'về') w.shift();
  if (w[0] === 'việc') w.shift();
  return w;
}

/**
 * Whether a citation's trích yếu can be the cited plan's: one is the beginning of the other (a
 * citation often shortens it; running text goes on after it), or most of the words are shared.
 */
export function subjectsAgree(cited: string, actual: string): boolean {
  const c = words(cited);
  const a = words(actual);
  if (!c.length || !a.length) return true;
  const n = Math.min(c.length, a.length);
  if (c.slice(0, n).join(' ') === a.slice(0, n).join(' ')) return true;
  const set = new Set(a);
  const head = c.slice(0, Math.max(a.length, 4));
  return head.filter((x) => set.has(x)).length / head.length >= 0.5;
}

/** The number of a citation's "15/KH-UBND" / "125-KH/HU", and the rest. */
function splitCited(symbol: string): { number: string; rest: string } | undefined {
  const m = /^0*(\d+)([-/].+)$/u.exec(symbol.replace(/\s+/gu, ''));
  return m ? { number: m[1]!, rest: m[2]!.toLocaleUpperCase('vi') } : undefined;
}

function finding(p: RunPlan, c: RunCitation, target: RunPlan, messageId: 'date' | 'subject' | 'number', data: Record<string, string>, lang: Lang): Finding {
  const basis = meta.basis[p.plan.system];
  const actual = numberSymbolOf(target) ?? '';
  const targetRange = messageId === 'date' ? target.ranges.ngay : messageId === 'subject' ? target.ranges.trich_yeu : target.ranges.so;
  const other = placeOf(target.file, targetRange);
  return {
    ruleId: meta.id,
    severity: meta.severity,
    message: localize(meta.messages[messageId]!, lang, { cited: c.symbol, other, actual, ...data }),
    file: p.file,
    range: c.range,
    docsUrl: docsUrlFor(meta.id),
    ...(basis ? { basis } : {}),
    ...(targetRange ? { related: [{ file: target.file, range: targetRange, message: localize(meta.messages.here!, lang, { actual }) }] } : {}),
  };
}

const shorten = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export const citedPlanMismatch: CrossRule = {
  meta,
  checkRun(plans, lang) {
    // The numbered plans of the run, by number + symbol, and by symbol + date.
    const byKey = new Map<string, RunPlan[]>();
    const bySymbolDate = new Map<string, RunPlan[]>();
    for (const p of plans) {
      const series = seriesOf(p);
      const ns = numberSymbolOf(p);
      if (!series || !ns) continue;
      const key = citationKeyOf(ns);
      const same = byKey.get(key);
      if (same) same.push(p);
      else byKey.set(key, [p]);
      const parts = splitCited(ns);
      if (parts && p.plan.issueDate?.day !== undefined) {
        const k = `${parts.rest}|${p.plan.issueDate.iso}`;
        const sameDay = bySymbolDate.get(k);
        if (sameDay) sameDay.push(p);
        else bySymbolDate.set(k, [p]);
      }
    }
    const findings: Finding[] = [];
    for (const p of plans) {
      for (const c of p.citations ?? []) {
        const citedYear = c.date ? Number(c.date.slice(0, 4)) : undefined;
        const sameKey = (byKey.get(citationKeyOf(c.symbol)) ?? []).filter((t) => t !== p && (citedYear === undefined || t.plan.issueDate!.year === citedYear));
        if (sameKey.length === 1) {
          const t = sameKey[0]!;
          const actualDate = t.plan.issueDate!;
          if (c.date && actualDate.day !== undefined && c.date !== actualDate.iso) {
            findings.push(finding(p, c, t, 'date', { citedDate: displayDate(c.date, lang), actualDate: displayDate(actualDate.iso, lang) }, lang));
          } else if (c.subject && t.subject && !subjectsAgree(c.subject, t.subject)) {
            findings.push(finding(p, c, t, 'subject', { citedSubject: shorten(c.subject), actualSubject: shorten(t.subject) }, lang));
          }
          continue;
        }
        if (sameKey.length > 1 || !c.date || !c.subject) continue;
        // No plan has this number: one plan with the same symbol, date and trích yếu is the one meant.
        const parts = splitCited(c.symbol);
        if (!parts) continue;
        const candidates = (bySymbolDate.get(`${parts.rest}|${c.date}`) ?? []).filter((t) => t !== p);
        if (candidates.length !== 1) continue;
        const t = candidates[0]!;
        if (t.subject && subjectsAgree(c.subject, t.subject)) {
          findings.push(finding(p, c, t, 'number', { citedDate: displayDate(c.date, lang) }, lang));
        }
      }
    }
    return findings;
  },
};

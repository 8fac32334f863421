// Run-level check, information only: a gap in a numbering series (one symbol in one year, or one
// term for the Party: series.ts). A repository rarely holds every document an office numbers
// (State offices often number all their documents in one series, so the plans of one symbol skip
// the numbers of letters and decisions), so dvk says so only where the series is dense: at least
// MIN_PLANS plans, at least MIN_COVERAGE of the numbers between the lowest and the highest
// present, and a gap of at most MAX_GAP numbers. The finding sits on the plan after the gap and
// names the plan before it.
import { localize } from '../../i18n/index.js';
import type { Finding } from '../../report/finding.js';
import { docsUrlFor } from '../docs-page.js';
import type { RuleMeta } from '../rule.js';
import type { CrossRule, RunPlan } from './run-plan.js';
import { numberSymbolOf, placeOf, seriesOf } from './series.js';

export const MIN_PLANS = 5;
export const MIN_COVERAGE = 0.8;
export const MAX_GAP = 3;

const meta: RuleMeta = {
  id: 'number-series-gap',
  title: { vi: 'Số văn bản bị bỏ cách trong một dãy số', en: 'A gap in a numbering series' },
  description: {
    vi: 'Thông tin: trong một dãy số gần liền (cùng ký hiệu, cùng năm; với Đảng cùng nhiệm kỳ nếu cấu hình có nhiệm kỳ) thiếu một vài số. Có thể văn bản mang số đó không nằm trong kho, hoặc số bị cấp nhầm. dvk chỉ báo khi dãy có ít nhất 5 văn bản, có mặt ít nhất 80% số từ nhỏ nhất đến lớn nhất và khoảng trống không quá 3 số.',
    en: 'Information: a nearly continuous series (one symbol in one year; for the Party one term when the config gives terms) lacks a few numbers. The document with that number may not be in the repository, or a number was given by mistake. dvk says so only when the series has at least 5 documents, holds at least 80% of the numbers from its lowest to its highest, and the gap is at most 3 numbers.',
  },
  systems: ['state', 'party'],
  severity: 'info',
  basis: {
    state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Điều 15, khoản 1 (số văn bản ghi liên tục trong năm)' },
    party: { source: 'HD 36-HD/VPTW', where: 'mục số và ký hiệu văn bản (đánh số liên tục theo nhiệm kỳ)' },
  },
  fix: 'none',
  tags: ['so-ky-hieu', 'nhieu-tep'],
  messages: {
    gap: {
      vi: 'Trong dãy số {{symbol}} ({{scope}}) không có số {{missing}}: văn bản trước đó là “{{previous}}” ({{other}}).',
      en: 'The series {{symbol}} ({{scope}}) has no number {{missing}}: the document before is “{{previous}}” ({{other}}).',
    },
    previous: { vi: 'Văn bản trước khoảng trống: “{{previous}}”.', en: 'The document before the gap: “{{previous}}”.' },
  },
  examples: {
    wrong: '# 5 kế hoạch KH-UBND năm 2026 số 1, 2, 3, 5, 6: không có số 4',
    right: '# 6 kế hoạch KH-UBND năm 2026 số 1, 2, 3, 4, 5, 6',
  },
};

export const numberSeriesGap: CrossRule = {
  meta,
  checkRun(plans, lang) {
    const series = new Map<string, { plan: RunPlan; number: number; scope: { vi: string; en: string } }[]>();
    for (const p of plans) {
      const s = seriesOf(p);
      if (!s || !/^\d{1,6}$/.test(s.number)) continue;
      const list = series.get(s.key) ?? [];
      list.push({ plan: p, number: Number(s.number), scope: s.scope });
      series.set(s.key, list);
    }
    const findings: Finding[] = [];
    for (const list of series.values()) {
      const numbers = [...new Set(list.map((e) => e.number))].sort((a, b) => a - b);
      if (numbers.length < MIN_PLANS) continue;
      const span = numbers[numbers.length - 1]! - numbers[0]! + 1;
      if (numbers.length / span < MIN_COVERAGE) continue;
      const firstWith = new Map<number, (typeof list)[number]>();
      for (const e of list) if (!firstWith.has(e.number)) firstWith.set(e.number, e);
      for (let i = 1; i < numbers.length; i++) {
        const [before, after] = [numbers[i - 1]!, numbers[i]!];
        const gap = after - before - 1;
        if (gap < 1 || gap > MAX_GAP) continue;
        const prev = firstWith.get(before)!;
        const next = firstWith.get(after)!;
        const missing = Array.from({ length: gap }, (_, k) => String(before + 1 + k)).join(', ');
        const previous = numberSymbolOf(prev.plan) ?? String(before);
        const basis = meta.basis[next.plan.plan.system];
        findings.push({
          ruleId: meta.id,
          severity: meta.severity,
          message: localize(meta.messages.gap!, lang, { symbol: next.plan.plan.symbol!.text.trim(), scope: next.scope[lang], missing, previous, other: placeOf(prev.plan.file, prev.plan.ranges.so) }),
          file: next.plan.file,
          range: next.plan.ranges.so!,
          path: next.plan.plan.number!.path,
          docsUrl: docsUrlFor(meta.id),
          ...(basis ? { basis } : {}),
          related: [{ file: prev.plan.file, range: prev.plan.ranges.so!, message: localize(meta.messages.previous!, lang, { previous }) }],
        });
      }
    }
    return findings;
  },
};

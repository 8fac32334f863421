// Run-level check over every plan of one `dvk lint` run (a repository in CI): two documents
// must not carry the same số and ký hiệu. State numbers restart each year (NĐ 30, Điều 15:
// "số của văn bản … được ghi liên tục từ số 01 vào ngày đầu năm"), so the key is number + symbol
// + year. Party numbers run per term and per type (HD 36, số và ký hiệu); without the term's
// dates in dvk.config.yaml (`cai_dat.nhiem_ky: [{ tu: 2020-10-01, den: 2025-09-30 }]`) the year
// is used, which misses a reuse across years of one term but never flags two terms.
import { localize, type Lang } from '../../i18n/index.js';
import type { Finding } from '../../report/finding.js';
import { docsUrlFor } from '../engine.js';
import type { RuleMeta } from '../rule.js';
import type { CrossRule, RunPlan } from './run-plan.js';

const meta: RuleMeta = {
  id: 'duplicate-so-ky-hieu',
  title: { vi: 'Không trùng số, ký hiệu giữa các văn bản', en: 'No two documents share a number and symbol' },
  description: {
    vi: 'Trong một lần kiểm tra nhiều tệp, hai văn bản không được cùng số và ký hiệu: Nhà nước trong cùng một năm, Đảng trong cùng một nhiệm kỳ (mặc định: cùng năm).',
    en: 'Across the files of one run, two documents must not share number and symbol: State within a year, Party within a term (by default: within a year).',
  },
  systems: ['state', 'party'],
  severity: 'warning',
  basis: {
    state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Điều 15, khoản 1 (số văn bản ghi liên tục trong năm)' },
    party: { source: 'HD 36-HD/VPTW', where: 'mục số và ký hiệu văn bản (đánh số theo nhiệm kỳ)' },
  },
  fix: 'none',
  tags: ['so-ky-hieu', 'nhieu-tep'],
  messages: {
    duplicate: {
      vi: 'Số, ký hiệu “{{number}}” trùng với văn bản {{other}} ({{scope}}).',
      en: 'Number and symbol “{{number}}” is also used by {{other}} ({{scope}}).',
    },
  },
  examples: {
    wrong: '# ke-hoach-a.yaml\nso: "15"\nky_hieu: KH-SKHCN\nngay: 2024-10-05\n# ke-hoach-b.yaml\nso: "15"\nky_hieu: KH-SKHCN\nngay: 2024-11-20',
    right: '# ke-hoach-a.yaml\nso: "15"\nky_hieu: KH-SKHCN\nngay: 2024-10-05\n# ke-hoach-b.yaml\nso: "16"\nky_hieu: KH-SKHCN\nngay: 2024-11-20',
  },
};

interface Term {
  tu: string;
  den: string;
}

function termOf(iso: string, settings: Record<string, unknown>): string | undefined {
  const terms = Array.isArray(settings.nhiem_ky) ? (settings.nhiem_ky as Term[]) : [];
  const term = terms.find((t) => typeof t?.tu === 'string' && typeof t?.den === 'string' && iso >= t.tu && iso <= t.den);
  return term ? `${term.tu}..${term.den}` : undefined;
}

function keyOf(p: RunPlan): { key: string; scope: { vi: string; en: string } } | undefined {
  const { plan } = p;
  const number = plan.number?.text.trim().replace(/^0+(?=\d)/, '');
  const symbol = plan.symbol?.text.trim().toUpperCase();
  if (plan.draft || !number || !symbol || !plan.issueDate) return undefined;
  const year = String(plan.issueDate.year);
  const term = plan.system === 'party' ? termOf(plan.issueDate.iso, p.settings) : undefined;
  const scope = term
    ? { vi: `cùng nhiệm kỳ ${term.replace('..', '–')}`, en: `same term ${term.replace('..', '–')}` }
    : { vi: `cùng năm ${year}`, en: `same year ${year}` };
  return { key: `${plan.system}|${number}|${symbol}|${term ?? year}`, scope };
}

export const duplicateSoKyHieu: CrossRule = {
  meta,
  checkRun(plans, lang) {
    const groups = new Map<string, { plan: RunPlan; scope: { vi: string; en: string } }[]>();
    for (const p of plans) {
      const k = keyOf(p);
      if (!k) continue;
      const group = groups.get(k.key) ?? [];
      group.push({ plan: p, scope: k.scope });
      groups.set(k.key, group);
    }
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const { plan: p, scope } of group) {
        const others = group.filter((g) => g.plan !== p).map((g) => g.plan.file).join(', ');
        const path = p.plan.number!.path;
        const number = `${p.plan.number!.text}${p.plan.system === 'state' ? '/' : '-'}${p.plan.symbol!.text}`;
        const basis = meta.basis[p.plan.system];
        findings.push({
          ruleId: meta.id,
          severity: meta.severity,
          message: localize(meta.messages.duplicate!, lang, { number, other: others, scope: scope[lang] }),
          file: p.file,
          range: p.ranges.so!,
          path,
          docsUrl: docsUrlFor(meta.id),
          ...(basis ? { basis } : {}),
        });
      }
    }
    return findings;
  },
};

export const crossRules: CrossRule[] = [duplicateSoKyHieu];

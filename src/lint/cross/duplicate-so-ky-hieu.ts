// Run-level check over every plan of one `dvk lint` run (a repository in CI): two documents
// must not carry the same số and ký hiệu in one numbering series (a year for the State, a term
// for the Party: series.ts decides).
import { localize, type Lang } from '../../i18n/index.js';
import type { Finding } from '../../report/finding.js';
import { docsUrlFor } from '../engine.js';
import type { RuleMeta } from '../rule.js';
import type { CrossRule, RunPlan } from './run-plan.js';
import { seriesOf } from './series.js';

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
    sameNumber: { vi: 'Cũng số, ký hiệu “{{number}}”.', en: 'The same number and symbol “{{number}}”.' },
  },
  examples: {
    wrong: '# ke-hoach-a.yaml\nso: "15"\nky_hieu: KH-SKHCN\nngay: 2024-10-05\n# ke-hoach-b.yaml\nso: "15"\nky_hieu: KH-SKHCN\nngay: 2024-11-20',
    right: '# ke-hoach-a.yaml\nso: "15"\nky_hieu: KH-SKHCN\nngay: 2024-10-05\n# ke-hoach-b.yaml\nso: "16"\nky_hieu: KH-SKHCN\nngay: 2024-11-20',
  },
};

export const duplicateSoKyHieu: CrossRule = {
  meta,
  checkRun(plans, lang) {
    const groups = new Map<string, { plan: RunPlan; scope: { vi: string; en: string } }[]>();
    for (const p of plans) {
      const k = seriesOf(p);
      if (!k) continue;
      const group = groups.get(`${k.key}|${k.number}`) ?? [];
      group.push({ plan: p, scope: k.scope });
      groups.set(`${k.key}|${k.number}`, group);
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
          related: group.filter((g) => g.plan !== p).map((g) => ({ file: g.plan.file, range: g.plan.ranges.so!, message: localize(meta.messages.sameNumber!, lang, { number }) })),
        });
      }
    }
    return findings;
  },
};


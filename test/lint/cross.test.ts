// duplicate-so-ky-hieu: the same số/ký hiệu in two plans of one run.
import { describe, expect, it } from 'vitest';
import { duplicateSoKyHieu } from '../../src/lint/cross/duplicate-so-ky-hieu.js';
import { runPlanOf, type RunPlan } from '../../src/lint/cross/run-plan.js';
import { planYaml } from '../../src/lint/testing.js';
import { loadPlanText } from '../../src/plan/index.js';

const runPlan = (file: string, yaml: string, settings: Record<string, unknown> = {}): RunPlan => {
  const { plan, sourceMap } = loadPlanText(yaml, file, 'vi');
  return runPlanOf(file, plan!, sourceMap!, settings);
};

describe('duplicate-so-ky-hieu', () => {
  it('reports each State plan that shares number, symbol and year, naming the other file', () => {
    const a = planYaml('state', { so: '15' });
    const findings = duplicateSoKyHieu.checkRun([runPlan('a.yaml', a), runPlan('b.yaml', planYaml('state', { so: '015' })), runPlan('c.yaml', planYaml('state', { so: '16' }))], 'vi');
    expect(findings.map((f) => f.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(findings[0]!.message).toBe('Số, ký hiệu “15/KH-SKHCN” trùng với văn bản b.yaml (cùng năm 2024).');
    expect(findings[0]!.range.start.line).toBe(a.split('\n').findIndex((l) => l.startsWith('so:')) + 1);
    expect(findings[0]).toMatchObject({ severity: 'warning', ruleId: 'duplicate-so-ky-hieu' });
  });

  it('does not flag another year, a draft, or a plan without a number', () => {
    const plans = [
      runPlan('a.yaml', planYaml('state')),
      runPlan('b.yaml', planYaml('state', { ngay: '2025-01-05' })),
      runPlan('c.yaml', planYaml('state', { du_thao: true })),
      runPlan('d.yaml', planYaml('state', { so: undefined })),
    ];
    expect(duplicateSoKyHieu.checkRun(plans, 'vi')).toEqual([]);
  });

  it('uses the Party term from cai_dat.nhiem_ky when given', () => {
    const settings = { nhiem_ky: [{ tu: '2020-10-01', den: '2025-09-30' }] };
    const plans = [runPlan('a.yaml', planYaml('party', { ngay: '2021-03-01' }), settings), runPlan('b.yaml', planYaml('party', { ngay: '2024-05-27' }), settings)];
    const findings = duplicateSoKyHieu.checkRun(plans, 'en');
    expect(findings).toHaveLength(2);
    expect(findings[1]!.message).toBe('Number and symbol “08-KH/BDVĐU” is also used by a.yaml (same term 2020-10-01–2025-09-30).');
    expect(duplicateSoKyHieu.checkRun(plans.map((p) => ({ ...p, settings: {} })), 'vi')).toEqual([]);
  });

  it('finds the same from what dvk lint keeps of each plan (runPlanOf), which holds no YAML tree', () => {
    const slim = (file: string, yaml: string): RunPlan => {
      const { plan, sourceMap } = loadPlanText(yaml, file, 'vi');
      return runPlanOf(file, plan!, sourceMap!, {});
    };
    const texts = [planYaml('state', { so: '15' }), planYaml('state', { so: '015' }), planYaml('state', { du_thao: true }), planYaml('state', { so: undefined })];
    const full = duplicateSoKyHieu.checkRun(texts.map((t, i) => runPlan(`${i}.yaml`, t)), 'vi');
    const kept = texts.map((t, i) => slim(`${i}.yaml`, t));
    expect(full).toHaveLength(2);
    expect(duplicateSoKyHieu.checkRun(kept, 'vi')).toEqual(full);
    expect(Object.keys(kept[0]!.plan).sort()).toEqual(['draft', 'issueDate', 'number', 'symbol', 'system']);
    expect(Object.keys(kept[0]!).sort()).toEqual(['file', 'names', 'plan', 'ranges', 'settings', 'subject']);
  });
});

describe('RunPlan is plain data', () => {
  it('survives structured clone and JSON unchanged (a worker thread or a cache file can carry it)', () => {
    const p = runPlan('a.yaml', planYaml('state', { so: '15' }));
    expect(structuredClone(p)).toEqual(p);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});

// The repository-wide rules beyond duplicate numbers: a citation that disagrees with the cited
// plan of the run, one organ or signer written two ways, a gap in a dense numbering series.
// Each finding points at both places: the message names the other file and line, `related` holds it.
import { describe, expect, it } from 'vitest';
import { citedPlanMismatch, subjectsAgree } from '../../src/lint/cross/cited-plan-mismatch.js';
import { nameSpellingAcrossPlans } from '../../src/lint/cross/name-spelling-across-plans.js';
import { numberSeriesGap } from '../../src/lint/cross/number-series-gap.js';
import { runPlanOf, type RunPlan } from '../../src/lint/cross/run-plan.js';
import { planYaml } from '../../src/lint/testing.js';
import { loadPlanText } from '../../src/plan/index.js';

const runPlan = (file: string, yaml: string, settings: Record<string, unknown> = {}): RunPlan => {
  const { plan, sourceMap } = loadPlanText(yaml, file, 'vi');
  return runPlanOf(file, plan!, sourceMap!, settings);
};
const lineOf = (yaml: string, prefix: string) => yaml.split('\n').findIndex((l) => l.trimStart().startsWith(prefix)) + 1;

// The cited plan: 15/KH-SKHCN of 5/10/2024, "Tổ chức Tháng cao điểm dân vận năm 2024".
const cited = planYaml('state');
const citing = (mo_dau: string, extra: Record<string, unknown> = {}) =>
  planYaml('state', { loai: 'bao_cao', so: '20', ky_hieu: 'BC-SKHCN', ngay: '2024-12-10', trich_yeu: 'Kết quả Tháng cao điểm dân vận năm 2024', mo_dau, ...extra });

describe('cited-plan-mismatch', () => {
  const run = (text: string, lang: 'vi' | 'en' = 'vi', extra: Record<string, unknown> = {}) =>
    citedPlanMismatch.checkRun([runPlan('ke-hoach-15.yaml', cited), runPlan('bao-cao.yaml', citing(text, extra))], lang);

  it('is silent when number, date and trích yếu agree (or the citation gives no more than the number)', () => {
    expect(run('Thực hiện Kế hoạch số 15/KH-SKHCN ngày 05/10/2024 của Sở Khoa học và Công nghệ về tổ chức Tháng cao điểm dân vận năm 2024, Sở báo cáo như sau:')).toEqual([]);
    expect(run('Thực hiện Kế hoạch số 15/KH-SKHCN ngày 05/10/2024 của Sở về tổ chức Tháng cao điểm, Sở báo cáo như sau:')).toEqual([]);
    expect(run('Thực hiện Kế hoạch số 15/KH-SKHCN của Sở, Sở báo cáo như sau:')).toEqual([]);
  });

  it('reports a wrong date at the citation, naming the cited file and the line of its date', () => {
    const text = citing('Thực hiện Kế hoạch số 15/KH-SKHCN ngày 06/10/2024 của Sở Khoa học và Công nghệ, Sở báo cáo như sau:');
    const findings = citedPlanMismatch.checkRun([runPlan('ke-hoach-15.yaml', cited), runPlan('bao-cao.yaml', text)], 'vi');
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f).toMatchObject({ ruleId: 'cited-plan-mismatch', severity: 'warning', file: 'bao-cao.yaml' });
    expect(f.message).toBe(`Trích dẫn “15/KH-SKHCN” ghi ngày 6/10/2024, nhưng văn bản đó (ke-hoach-15.yaml:${lineOf(cited, 'ngay:')}) ghi ngày 5/10/2024.`);
    expect(f.range.start.line).toBe(lineOf(text, 'mo_dau:'));
    expect(f.range.start.column).toBe(text.split('\n')[lineOf(text, 'mo_dau:') - 1]!.indexOf('Kế hoạch số') + 1);
    expect(f.related).toEqual([{ file: 'ke-hoach-15.yaml', range: expect.objectContaining({ start: expect.objectContaining({ line: lineOf(cited, 'ngay:') }) }), message: 'Văn bản được trích: “15/KH-SKHCN”.' }]);
  });

  it('does not take a plan of another year with the same number for the cited one', () => {
    expect(run('Thực hiện Kế hoạch số 15/KH-SKHCN ngày 06/10/2023 của Sở, Sở báo cáo như sau:')).toEqual([]);
  });

  it('reports a trích yếu that does not match, in a can_cu entry', () => {
    const findings = run('Sở báo cáo như sau:', 'en', { can_cu: [{ loai: 'Kế hoạch', so_ky_hieu: '15/KH-SKHCN', ngay: '2024-10-05', co_quan: 'Sở Khoa học và Công nghệ', trich_yeu: 'về sơ kết phong trào thi đua cải cách hành chính' }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(`The citation “15/KH-SKHCN” gives the subject “về sơ kết phong trào thi đua cải cách hành chính”, which does not match that document’s own (ke-hoach-15.yaml:${lineOf(cited, 'trich_yeu:')}): “Tổ chức Tháng cao điểm dân vận năm 2024”.`);
  });

  it('reports a wrong number only when symbol, exact date and trích yếu point at one plan', () => {
    const wrong = 'Thực hiện Kế hoạch số 16/KH-SKHCN ngày 05/10/2024 của Sở về tổ chức Tháng cao điểm dân vận năm 2024, Sở báo cáo như sau:';
    const findings = run(wrong);
    expect(findings.map((f) => f.message)).toEqual([`Trích dẫn “16/KH-SKHCN” ngày 5/10/2024: trong kho, văn bản cùng ký hiệu, ngày và trích yếu là “15/KH-SKHCN” (ke-hoach-15.yaml:${lineOf(cited, 'so:')}); kiểm tra lại số.`]);
    // Without a trích yếu, or when plan 16 exists, or two plans share the day: not sure, silent.
    expect(run('Thực hiện Kế hoạch số 16/KH-SKHCN ngày 05/10/2024 của Sở, Sở báo cáo như sau:')).toEqual([]);
    const other16 = runPlan('ke-hoach-16.yaml', planYaml('state', { so: '16', ngay: '2024-10-20' }));
    expect(citedPlanMismatch.checkRun([runPlan('ke-hoach-15.yaml', cited), other16, runPlan('bao-cao.yaml', citing(wrong))], 'vi').map((f) => f.message)).toEqual([
      expect.stringContaining('ghi ngày 5/10/2024, nhưng văn bản đó (ke-hoach-16.yaml'),
    ]);
    const twin = runPlan('ke-hoach-17.yaml', planYaml('state', { so: '17' }));
    expect(citedPlanMismatch.checkRun([runPlan('ke-hoach-15.yaml', cited), twin, runPlan('bao-cao.yaml', citing(wrong))], 'vi')).toEqual([]);
  });

  it('does not compare a plan with itself, a draft, or a law with its year in the number', () => {
    const self = planYaml('state', { mo_dau: 'Kế hoạch số 15/KH-SKHCN ngày 06/10/2024 thay thế kế hoạch trước.' });
    expect(citedPlanMismatch.checkRun([runPlan('a.yaml', self)], 'vi')).toEqual([]);
    const draft = runPlan('ke-hoach-15.yaml', planYaml('state', { du_thao: true }));
    expect(citedPlanMismatch.checkRun([draft, runPlan('bao-cao.yaml', citing('Thực hiện Kế hoạch số 15/KH-SKHCN ngày 06/10/2024 của Sở, Sở báo cáo:'))], 'vi')).toEqual([]);
  });

  it('compares trích yếu without case, quotes, a leading “về” or tone-mark placement, and accepts a shortened one', () => {
    expect(subjectsAgree('về việc tổ chức “Tháng cao điểm”', 'Tổ chức Tháng cao điểm dân vận năm 2024')).toBe(true);
    expect(subjectsAgree('thực hiện Chỉ thị số 45-CT/TU', 'Thực hiện Chỉ thị số 45-CT/TU, ngày 27/8/2024 của Ban Thường vụ Tỉnh ủy về đổi mới')).toBe(true);
    expect(subjectsAgree('kiện toàn Ban Chỉ đạo phòng chống thiên tai', 'Tổ chức Tháng cao điểm dân vận năm 2024')).toBe(false);
  });
});

describe('name-spelling-across-plans', () => {
  const plans = (specs: [string, Record<string, unknown>][]) => specs.map(([file, o]) => runPlan(file, planYaml('state', o)));

  it('reports the plan whose organ differs from the others only in tone-mark placement, naming one of them', () => {
    const old = planYaml('state', { so: '3', co_quan: { cap_tren: 'UỶ BAN NHÂN DÂN TỈNH HÀ NAM' } });
    const findings = nameSpellingAcrossPlans.checkRun([...plans([['a.yaml', { so: '1' }], ['b.yaml', { so: '2' }]]), runPlan('c.yaml', old)], 'vi');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'c.yaml', severity: 'info', ruleId: 'name-spelling-across-plans' });
    expect(findings[0]!.range.start.line).toBe(lineOf(old, 'cap_tren:'));
    expect(findings[0]!.message).toBe(`Tên cơ quan cấp trên viết “UỶ BAN NHÂN DÂN TỈNH HÀ NAM”, trong khi 2 văn bản khác viết “ỦY BAN NHÂN DÂN TỈNH HÀ NAM” (ví dụ a.yaml:${lineOf(old, 'cap_tren:')}).`);
    expect(findings[0]!.related![0]!.file).toBe('a.yaml');
  });

  it('reports a signer name in another case; on a tie both plans are told', () => {
    const findings = nameSpellingAcrossPlans.checkRun(plans([['a.yaml', {}], ['b.yaml', { nguoi_ky: { ho_ten: 'Nguyễn văn An' } }]]), 'en');
    expect(findings.map((f) => [f.file, f.message])).toEqual([
      ['a.yaml', expect.stringContaining('The signer’s name is written “Nguyễn Văn An”, while 1 other document(s) write “Nguyễn văn An” (e.g. b.yaml:')],
      ['b.yaml', expect.stringContaining('“Nguyễn văn An”, while 1 other document(s) write “Nguyễn Văn An” (e.g. a.yaml:')],
    ]);
  });

  it('never compares names that differ in a letter or a mark, organ names that differ only in case, or extra spaces', () => {
    expect(nameSpellingAcrossPlans.checkRun(plans([['a.yaml', {}], ['b.yaml', { nguoi_ky: { ho_ten: 'Nguyễn Văn Ân' } }]]), 'vi')).toEqual([]);
    expect(nameSpellingAcrossPlans.checkRun(plans([['a.yaml', {}], ['b.yaml', { co_quan: { ten: 'Sở Khoa học và Công nghệ' } }]]), 'vi')).toEqual([]);
    expect(nameSpellingAcrossPlans.checkRun(plans([['a.yaml', {}], ['b.yaml', { nguoi_ky: { ho_ten: 'Nguyễn  Văn An' } }]]), 'vi')).toEqual([]);
  });
});

describe('number-series-gap', () => {
  const series = (numbers: number[], year = 2024) => numbers.map((n) => runPlan(`kh-${n}.yaml`, planYaml('state', { so: String(n), ngay: `${year}-03-01` })));

  it('says (info) which numbers a dense series lacks, on the plan after the gap, naming the plan before', () => {
    const findings = numberSeriesGap.checkRun(series([1, 2, 3, 5, 6, 7]), 'vi');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'kh-5.yaml', severity: 'info', ruleId: 'number-series-gap' });
    expect(findings[0]!.message).toBe(`Trong dãy số KH-SKHCN (cùng năm 2024) không có số 4: văn bản trước đó là “3/KH-SKHCN” (kh-3.yaml:${lineOf(planYaml('state'), 'so:')}).`);
    expect(findings[0]!.related![0]!.file).toBe('kh-3.yaml');
  });

  it('is silent on a sparse or short series, a long gap, and across years', () => {
    expect(numberSeriesGap.checkRun(series([1, 2, 4, 5]), 'vi')).toEqual([]);
    expect(numberSeriesGap.checkRun(series([1, 3, 5, 7, 9, 11]), 'vi')).toEqual([]);
    expect(numberSeriesGap.checkRun(series([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 25]), 'vi')).toEqual([]);
    expect(numberSeriesGap.checkRun([...series([1, 2, 3]), ...series([5, 6, 7], 2025)], 'vi')).toEqual([]);
  });
});

// The rules of the document's date (issue 11, item 3): which legal text was in force on a date,
// decided in src/profile/in-force.ts only, and what the engine, the basis and the rule pages do
// with it.
import { describe, expect, it } from 'vitest';
import { catalogMetas } from '../../src/lint/catalog.js';
import { describeRule } from '../../src/lint/describe.js';
import { lintText } from '../../src/lint/index.js';
import { rules } from '../../src/lint/rules/index.js';
import { parseIsoDate } from '../../src/plan/model.js';
import { inForceOn, knownTextNames, legalTexts, ruleInForce, textInForce } from '../../src/profile/in-force.js';
import { planYaml } from '../../src/lint/testing.js';

const day = (iso: string) => parseIsoDate(iso)!;

describe('the legal texts and their dates', () => {
  it('State: TT 01/2011 then NĐ 30 (from its profile, 05/3/2020); Party: HD 11, HD 36, HD 05', () => {
    expect(legalTexts('state').map((t) => [t.name, t.from, t.profile])).toEqual([
      ['TT 01/2011/TT-BNV', '2011-03-15', undefined],
      ['NĐ 30/2020/NĐ-CP', '2020-03-05', 'nd30'],
    ]);
    expect(legalTexts('party').map((t) => [t.name, t.from])).toEqual([
      ['HD 11-HD/VPTW', '2004-05-28'],
      ['HD 36-HD/VPTW', '2018-04-03'],
      ['HD 05-HD/VPTW', '2026-05-27'],
    ]);
  });

  it('the text in force on a date, and none before the oldest known', () => {
    expect(textInForce('state', day('2020-03-04'))?.name).toBe('TT 01/2011/TT-BNV');
    expect(textInForce('state', day('2020-03-05'))?.name).toBe('NĐ 30/2020/NĐ-CP');
    expect(textInForce('state', day('2009-06-01'))).toBeUndefined();
    expect(textInForce('party', day('2016-10-20'))?.name).toBe('HD 11-HD/VPTW');
    expect(textInForce('party', day('2019-01-02'))?.name).toBe('HD 36-HD/VPTW');
    expect(textInForce('state', undefined)).toBeUndefined();
  });

  it('a text is in force from its first day; a month-only draft counts from the first of its month', () => {
    expect(inForceOn('NĐ 30/2020/NĐ-CP', day('2020-03-05'))).toBe(true);
    expect(inForceOn('NĐ 30/2020/NĐ-CP', day('2020-03-04'))).toBe(false);
    // "tháng 3 năm 2020": it may be dated 1–4 March, before the decree: the rule keeps silent.
    expect(inForceOn('NĐ 30/2020/NĐ-CP', day('2020-03'))).toBe(false);
    expect(inForceOn('NĐ 30/2020/NĐ-CP', day('2020-04'))).toBe(true);
    // No date: today's rules.
    expect(inForceOn('NĐ 30/2020/NĐ-CP', undefined)).toBe(true);
    expect(() => inForceOn('NĐ 99/2030/NĐ-CP', day('2031-01-01'))).toThrow(/unknown legal text/);
  });

  it('the HD 05 date moves with the config, as the profile choice does', () => {
    const config = { ngay_chuyen_hd05: '2026-07-01' } as never;
    expect(inForceOn('HD 05-HD/VPTW', day('2026-06-15'))).toBe(true);
    expect(inForceOn('HD 05-HD/VPTW', day('2026-06-15'), config)).toBe(false);
  });

  it('a rule without appliesFrom applies whatever the date; with it, per system', () => {
    expect(ruleInForce({}, 'state', day('1999-01-01'))).toBe(true);
    const meta = { appliesFrom: { state: 'NĐ 30/2020/NĐ-CP' } };
    expect(ruleInForce(meta, 'state', day('2019-12-31'))).toBe(false);
    expect(ruleInForce(meta, 'state', day('2021-01-04'))).toBe(true);
    expect(ruleInForce(meta, 'party', day('2019-12-31'))).toBe(true);
  });
});

describe('the catalog and the rule pages', () => {
  it('every appliesFrom names a text dvk knows the date of', () => {
    const known = new Set(knownTextNames());
    const named = catalogMetas().flatMap((m) => Object.values(m.appliesFrom ?? {}));
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((n) => !known.has(n))).toEqual([]);
  });

  it('a rule page says from when the rule applies, in both languages', () => {
    const meta = catalogMetas().find((m) => m.id === 'nhan-dan-nha-nuoc')!;
    expect(describeRule(meta, 'vi', 'markdown')).toContain('- Áp dụng từ: Nhà nước: văn bản ngày 5/3/2020 trở đi (NĐ 30/2020/NĐ-CP); Đảng: văn bản ngày 5/3/2020 trở đi (NĐ 30/2020/NĐ-CP); văn bản ngày trước đó: dvk không kiểm tra quy tắc này');
    expect(describeRule(meta, 'en', 'text')).toContain('Applies from: State: documents dated 5/3/2020 or later (NĐ 30/2020/NĐ-CP)');
    const named = catalogMetas().find((m) => m.id === 'named-days')!;
    expect(describeRule(named, 'vi', 'markdown')).toContain('Nhà nước: văn bản ngày 15/3/2011 trở đi (TT 01/2011/TT-BNV)');
    expect(describeRule(named, 'vi', 'markdown')).toContain('- Nhà nước, văn bản ban hành khi TT 01/2011/TT-BNV còn hiệu lực: TT 01/2011/TT-BNV, Phụ lục VI');
    // A rule that always applied says nothing about dates.
    expect(describeRule(catalogMetas().find((m) => m.id === 'so-ky-hieu-format')!, 'vi', 'markdown')).not.toContain('Áp dụng từ');
  });

  it('where no clause governs, the finding is a warning at most', () => {
    const practice = ['extra-spaces', 'punctuation-spacing', 'quote-pairing', 'date-line-month-zero', 'citation-comma-consistent', 'citation-so', 'citation-symbol-form', 'heading-number-space', 'range-style-consistent', 'abbrev-defined-before-use'];
    const byId = new Map(catalogMetas().map((m) => [m.id, m]));
    expect(practice.map((id) => [id, byId.get(id)?.severity])).toEqual(practice.map((id) => [id, 'warning']));
  });
});

/** Findings of a plan of this system and date with this opening paragraph, through the lint API. */
const lintOn = (system: 'state' | 'party', ngay: string | undefined, moDau: string) => {
  const dated = planYaml(system, { mo_dau: moDau, ...(ngay ? { ngay } : {}) });
  const yaml = ngay ? dated : dated.replace(/^ngay: .*\n/m, '');
  return lintText(yaml, { file: 'plan.yaml', lang: 'vi', rules }).findings;
};

describe('a document is judged by the rules in force on its date', () => {
  const people = 'Giải quyết nguyện vọng chính đáng của nhân dân theo chủ trương của Đảng và nhà nước.';
  it('a 2019 State document writing “nhân dân” draws nothing; the same in 2021 does', () => {
    expect(lintOn('state', '2019-11-20', people).filter((f) => f.ruleId === 'nhan-dan-nha-nuoc')).toEqual([]);
    const after = lintOn('state', '2021-11-22', people).filter((f) => f.ruleId === 'nhan-dan-nha-nuoc');
    expect(after.map((f) => f.message)).toEqual([
      '“Nhân dân” (chỉ nhân dân nói chung) viết hoa: “Nhân dân”, không viết “nhân dân”.',
      '“Nhà nước” (chỉ Nhà nước ta) viết hoa: “Nhà nước”, không viết “nhà nước”.',
    ]);
    expect(after[0]!.basis).toEqual({ source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục II, mục V.1 (danh từ đặc biệt: Nhân dân, Nhà nước)' });
  });

  it('a plan without a date is judged by today’s rules, and nothing extra is said', () => {
    const undated = lintOn('state', undefined, people);
    expect(undated.filter((f) => f.ruleId === 'nhan-dan-nha-nuoc')).toHaveLength(2);
    expect(undated.every((f) => !f.basis || f.basis.source !== 'TT 01/2011/TT-BNV')).toBe(true);
  });

  it('a 2015 State document: capitalisation by TT 01 (cited so), before 2011 no capitalisation appendix', () => {
    const text = 'Tổ chức các hoạt động chào mừng ngày quốc khánh 2-9 theo Luật tiếp công dân.';
    const in2015 = lintOn('state', '2015-08-10', text).filter((f) => ['named-days', 'law-name-capital'].includes(f.ruleId));
    const tt01 = { source: 'TT 01/2011/TT-BNV', where: 'Phụ lục VI (viết hoa trong văn bản hành chính)' };
    expect(in2015.map((f) => [f.ruleId, f.basis]).sort()).toEqual([['law-name-capital', tt01], ['named-days', tt01]]);
    expect(lintOn('state', '2009-08-10', text).filter((f) => ['named-days', 'law-name-capital'].includes(f.ruleId))).toEqual([]);
    // Party documents follow the State appendix in practice, so not before it either.
    expect(lintOn('party', '2009-08-10', text).filter((f) => ['named-days', 'law-name-capital'].includes(f.ruleId))).toEqual([]);
    expect(lintOn('party', '2015-08-10', text).filter((f) => ['named-days', 'law-name-capital'].includes(f.ruleId))).toHaveLength(2);
  });

  it('a finding of a rule that always applied cites the text in force then, without inventing its clause', () => {
    const f = lintOn('state', '2016-05-04', 'Nội dung.  Hai khoảng trắng.').find((x) => x.ruleId === 'extra-spaces')!;
    expect(f.basis).toEqual({ source: 'TT 01/2011/TT-BNV', where: 'dvk đối chiếu theo NĐ 30/2020/NĐ-CP, Phụ lục I, mục I (kỹ thuật trình bày)' });
    const old = lintOn('state', '2008-05-04', 'Nội dung.  Hai khoảng trắng.').find((x) => x.ruleId === 'extra-spaces')!;
    expect(old.basis?.source).toBe('văn bản trước TT 01/2011/TT-BNV');
  });

  it('a 2016 Party document is not judged by the decree’s “Nhân dân”, and cites HD 11 where HD 36 did not yet apply', () => {
    expect(lintOn('party', '2016-10-20', people).filter((f) => f.ruleId === 'nhan-dan-nha-nuoc')).toEqual([]);
    expect(lintOn('party', '2024-10-20', people).filter((f) => f.ruleId === 'nhan-dan-nha-nuoc')).toHaveLength(2);
    const f = lintOn('party', '2016-10-20', 'Nội dung.  Hai khoảng trắng.').find((x) => x.ruleId === 'extra-spaces')!;
    expect(f.basis).toEqual({ source: 'HD 11-HD/VPTW', where: 'dvk đối chiếu theo HD 36-HD/VPTW, thực tế trình bày' });
  });
});

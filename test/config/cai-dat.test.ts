// The `cai_dat` keys the rules read (viet_tat, kieu_dau_thanh, nhiem_ky) are in
// schemas/config.schema.json: a config using them validates (and an editor completes them from
// the titles, descriptions and examples), a misspelt one gets a did-you-mean, and a top-level key
// written inside `cai_dat` is told where it goes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.js';
import { rules } from '../../src/lint/catalog.js';
import { lintText } from '../../src/lint/index.js';
import { planYaml } from '../../src/lint/testing.js';
import type { Lang } from '../../src/i18n/index.js';
import { loadSchema } from '../../src/schema/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'dvk-cai-dat-'));
let n = 0;
const load = (text: string, lang: Lang = 'vi') => {
  const file = join(dir, `config-${n++}.yaml`);
  writeFileSync(file, text);
  return loadConfigFile(file, lang);
};

const full = `dvk: 1
he_thong: dang
ngay_chuyen_hd05: 2026-09-01
cai_dat:
  viet_tat:
    - CBVC
    - HSSV
  kieu_dau_thanh: moi
  nhiem_ky:
    - tu: 2020-10-01
      den: 2025-09-30
`;

describe('cai_dat in the config schema', () => {
  it('a config with every documented key validates, and the rules get the values', async () => {
    const { findings, config } = await load(full);
    expect(findings).toEqual([]);
    expect(config.cai_dat).toEqual({ viet_tat: ['CBVC', 'HSSV'], kieu_dau_thanh: 'moi', nhiem_ky: [{ tu: '2020-10-01', den: '2025-09-30' }] });
    // The list makes abbrev-defined-before-use quiet about CBVC, as the schema says.
    const plan = planYaml('party', { mo_dau: 'Các CBVC, HSSV thực hiện.' });
    const abbrev = (c: typeof config) => lintText(plan, { file: 'k.yaml', lang: 'vi', rules, config: c }).findings.filter((f) => f.ruleId === 'abbrev-defined-before-use');
    expect(abbrev({}).map((f) => f.message)).toHaveLength(2);
    expect(abbrev(config)).toEqual([]);
  });

  it('viet_tat may map each abbreviation to its full name', async () => {
    const { findings, config } = await load('dvk: 1\ncai_dat:\n  viet_tat:\n    BDVĐU: Ban Dân vận Đảng ủy\n');
    expect(findings).toEqual([]);
    // noi-nhan-duplicate then knows the two lines are one recipient.
    const plan = planYaml('party', { noi_nhan: { gui: ['Ban Dân vận Đảng ủy', 'BDVĐU'] } });
    const dup = lintText(plan, { file: 'k.yaml', lang: 'vi', rules, config }).findings.filter((f) => f.ruleId === 'noi-nhan-duplicate');
    expect(dup.map((f) => f.message)).toEqual(['“BDVĐU” trùng với nơi nhận thứ 1 “Ban Dân vận Đảng ủy”: giữ một dòng.']);
  });

  it('a misspelt key gets a did-you-mean, in Vietnamese and in English, at the key', async () => {
    const text = 'dvk: 1\ncai_dat:\n  viet_tac: [CBVC]\n';
    const vi = await load(text);
    expect(vi.findings.map((f) => [f.ruleId, f.message, f.range.start.line, f.range.start.column])).toEqual([
      ['schema/additionalProperties', 'Khóa `viet_tac` không có trong định dạng tệp cấu hình. Có phải ý bạn là `viet_tat` (Chữ viết tắt của cơ quan)?', 3, 3],
    ]);
    expect(vi.config).toEqual({}); // a config with errors is not used
    const en = await load(text, 'en');
    expect(en.findings[0]!.message).toBe('Key `viet_tac` is not part of the config format. Did you mean `viet_tat` (Chữ viết tắt của cơ quan)?');
  });

  it('kieu_dau_thanh takes moi or cu; “mới” is suggested as moi', async () => {
    const { findings } = await load('dvk: 1\ncai_dat:\n  kieu_dau_thanh: mới\n');
    expect(findings.map((f) => f.message)).toEqual(['“Kiểu bỏ dấu thanh” không nhận giá trị "mới"; chọn một trong: moi, cu. Có phải ý bạn là `moi`?']);
  });

  it('viet_tat written as one line of text is refused with what it must be', async () => {
    const { findings } = await load('dvk: 1\ncai_dat:\n  viet_tat: CBVC, HSSV\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.path).toEqual(['cai_dat', 'viet_tat']);
    expect(findings[0]!.message).toContain('“Chữ viết tắt của cơ quan”');
  });

  it('ngay_chuyen_hd05 inside cai_dat is told to go to the top level', async () => {
    const { findings } = await load('dvk: 1\ncai_dat:\n  ngay_chuyen_hd05: 2026-09-01\n');
    expect(findings.map((f) => [f.message, f.range.start.line])).toEqual([
      ['Khóa `ngay_chuyen_hd05` (Ngày áp dụng HD 05-HD/VPTW) ghi ở cấp ngoài cùng của tệp, không ghi trong `cai_dat`.', 3],
    ]);
  });

  it('every cai_dat key has a Vietnamese title, description and examples that validate', async () => {
    const caiDat = (loadSchema('config') as { properties: { cai_dat: { properties: Record<string, { title?: string; description?: string; examples?: unknown[] }> } } }).properties.cai_dat;
    expect(Object.keys(caiDat.properties).sort()).toEqual(['kieu_dau_thanh', 'nhiem_ky', 'viet_tat']);
    for (const [key, prop] of Object.entries(caiDat.properties)) {
      expect(prop.title, key).toMatch(/\p{L}/u);
      expect(prop.description, key).toMatch(/[ắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵđ]/u);
      expect(prop.examples?.length, key).toBeGreaterThan(0);
      for (const example of prop.examples!) {
        const { findings } = await load(`dvk: 1\ncai_dat:\n  ${key}: ${JSON.stringify(example)}\n`);
        expect(findings, `${key}: ${JSON.stringify(example)}`).toEqual([]);
      }
    }
  });
});

// The installed `dvk` validates with Ajv standalone code compiled at build time
// (scripts/precompile.ts); the source compiles the same schemas at run time
// (src/schema/compile.ts). Schema messages read the errors' schema parts (titles, hints,
// did-you-mean, anyOf pruning), so both paths must report exactly the same findings: each plan
// and config below is validated by the built binary and in this process, and the two compared.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/plan/index.js';
import { configFileReport } from '../../src/config/index.js';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const example = readFileSync(join(repoRoot, 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'), 'utf8');
/** Each edit plants schema errors of one kind (or several). */
const variants: Record<string, (text: string) => string> = {
  unchanged: (t) => t,
  misspeltKey: (t) => t.replace(/^trich_yeu:/m, 'trich_yue:'),
  unknownKeyNoSuggestion: (t) => t.replace(/^mo_dau:/m, 'zzz: 1\nmo_dau:'),
  topLevelKeyTooDeep: (t) => t.replace(/^  viet_tat: SKHCN$/m, '  viet_tat: SKHCN\n  dia_danh: Hà Nam'),
  enumValue: (t) => t.replace(/^he_thong: nha_nuoc$/m, 'he_thong: Nhà nước'),
  profileId: (t) => t.replace(/^du_thao: true$/m, 'du_thao: true\nthe_thuc: nd31'),
  typeMismatch: (t) => t.replace(/^du_thao: true$/m, 'du_thao: [1, 2]'),
  impossibleDate: (t) => t.replace(/^ngay: 2023-10 .*$/m, 'ngay: 2023-02-30'),
  badDateShape: (t) => t.replace(/^ngay: 2023-10 .*$/m, 'ngay: 30/02/2023'),
  missingRequired: (t) => t.replace(/^nguoi_ky:\n(  .*\n)+/m, ''),
  wrongVersion: (t) => t.replace(/^dvk: 1$/m, 'dvk: 2'),
  anyOfBranch: (t) => t.replace(/^    chu_tri: Văn phòng Sở$/m, '    chu_tri: [Văn phòng Sở]\n    khong_co: 1'),
  emptyList: (t) => t.replace(/^  gui:\n(    .*\n)+/m, '  gui: []\n'),
  manyAtOnce: (t) => t.replace(/^dvk: 1$/m, 'dvk: x').replace(/^loai: ke_hoach$/m, 'loai: kehoach').replace(/^noi_nhan:/m, 'noi_nhann:'),
};
const configs: Record<string, string> = {
  valid: 'the_thuc: nd30\n',
  misspelt: 'the_thucc: nd30\nquy_tac:\n  date-valid: loi\n',
  badDate: 'ngay_chuyen_hd05: 2026-13-01\ntrinh_bay:\n  le:\n    trai: "ba"\n',
};

type Range = { start: { line: number; column: number }; end: { line: number; column: number } };
type AnyFinding = { ruleId: string; message: string; path?: unknown; range?: Range; line?: number; column?: number; endLine?: number; endColumn?: number };
/** The schema findings, positions as the JSON output gives them. */
const strip = (findings: AnyFinding[]) =>
  findings
    .filter((f) => f.ruleId.startsWith('schema/'))
    .map((f) => ({
      ruleId: f.ruleId,
      message: f.message,
      path: f.path,
      at: f.range ? [f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column] : [f.line, f.column, f.endLine, f.endColumn],
    }))
    // The command line prints findings sorted by position.
    .sort((a, b) => JSON.stringify(a.at).localeCompare(JSON.stringify(b.at)) || a.message.localeCompare(b.message));

describe('validators compiled at build time report what run-time compiled ones report', () => {
  const dir = tempDir('dvk-precompiled-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = Object.entries(variants).map(([name, edit]) => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, edit(example));
    return { name, file };
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`plans (${lang})`, () => {
      const run = runDvk(['validate', '-f', 'json', '--lang', lang, ...files.map((f) => f.file)]);
      expect(run.stderr).toBe('');
      const built = JSON.parse(run.stdout) as { files: { file: string; findings: never[] }[] };
      let planted = 0;
      for (const { name, file } of files) {
        const fromBinary = strip(built.files.find((f) => f.file === file)!.findings);
        const inProcess = strip(loadPlanText(readFileSync(file, 'utf8'), file, lang).report.findings as never[]);
        expect({ name, findings: fromBinary }).toEqual({ name, findings: inProcess });
        if (name !== 'unchanged') expect(inProcess.length, name).toBeGreaterThan(0);
        planted += inProcess.length;
      }
      expect(planted).toBeGreaterThan(files.length);
    });
  }

  it('configs', async () => {
    for (const [name, text] of Object.entries(configs)) {
      const file = join(dir, name, 'dvk.config.yaml');
      mkdirSync(join(dir, name));
      writeFileSync(file, text);
      const run = runDvk(['validate', '-f', 'json', file]);
      const fromBinary = strip((JSON.parse(run.stdout) as { files: { findings: never[] }[] }).files[0]!.findings);
      const inProcess = strip((await configFileReport(file, 'vi')).findings as never[]);
      expect({ name, findings: fromBinary }).toEqual({ name, findings: inProcess });
      if (name !== 'valid') expect(inProcess.length, name).toBeGreaterThan(0);
    }
  });
});

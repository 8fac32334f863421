// Quyết định and công văn end to end, as a clerk would go: dvk new for both systems (lint clean
// but for the draft placeholders), then a filled plan rendered to .docx and read back — by
// dvk lint (no finding at all: no layout finding, no reader note) and dvk import (the same plan,
// which renders to the same bytes). Built binary (npm run build first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runDvk, tempDir } from '../helpers/cli.js';

const lint = (file: string) => {
  const r = runDvk(['lint', file, '-f', 'json']);
  const report = JSON.parse(r.stdout) as { files: { findings: { ruleId: string; severity: string; message: string }[] }[] };
  return { code: r.code, findings: report.files[0]!.findings };
};

describe.each(['quyetdinh', 'congvan'])('dvk new %s', (word) => {
  it.each(['nha_nuoc', 'dang'])('%s: validates, and lints with draft placeholders only', (system) => {
    const dir = tempDir();
    const file = join(dir, `${word}-${system}.yaml`);
    const r = runDvk(['new', word, file, '--he-thong', system, '--co-quan', 'Ủy ban nhân dân xã Xuân Phú', '--viet-tat', 'UBND', '--dia-danh', 'Xuân Phú', '--trich-yeu', 'Cho học sinh nghỉ học sau bão', '--ngay', '2026-03-05', '-y']);
    expect(r.code).toBe(0);
    const plan = parse(readFileSync(file, 'utf8'));
    expect(plan.loai).toBe(word === 'quyetdinh' ? 'quyet_dinh' : 'cong_van');
    if (word === 'congvan') expect(plan.trich_yeu).toBe(system === 'nha_nuoc' ? 'V/v cho học sinh nghỉ học sau bão' : 'về cho học sinh nghỉ học sau bão');
    const { findings } = lint(file);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.ruleId !== 'draft-placeholders')).toEqual([]);
    expect(runDvk(['render', file]).code).toBe(0);
  });
});

describe.each(['quyet-dinh-nha-nuoc', 'quyet-dinh-dang', 'cong-van-nha-nuoc', 'cong-van-dang'])('%s rendered and read back', (name) => {
  it('lints clean as YAML and as .docx; dvk import gives the plan back, which renders the same bytes', () => {
    const source = `test/fixtures/types/${name}.yaml`;
    expect(lint(source)).toEqual({ code: 0, findings: [] });
    const dir = tempDir();
    const docx = join(dir, `${name}.docx`);
    expect(runDvk(['render', source, '-o', docx]).code).toBe(0);
    expect(lint(docx)).toEqual({ code: 0, findings: [] });
    const imported = join(dir, `${name}.imported.yaml`);
    expect(runDvk(['import', docx, '-o', imported]).code).toBe(0);
    const back = parse(readFileSync(imported, 'utf8'));
    const original = parse(readFileSync(source, 'utf8'));
    for (const key of ['loai', 'he_thong', 'so', 'ky_hieu', 'trich_yeu', 'noi_dung', 'noi_nhan']) expect([key, back[key]]).toEqual([key, original[key]]);
    if (original.tham_quyen) expect(back.tham_quyen.toLocaleLowerCase('vi')).toBe(original.tham_quyen.toLocaleLowerCase('vi'));
    if (original.can_cu) expect(back.can_cu).toEqual(original.can_cu);
    const again = join(dir, `${name}.again.docx`);
    expect(runDvk(['render', imported, '-o', again]).code).toBe(0);
    expect(readFileSync(again)).toEqual(readFileSync(docx));
  });
});

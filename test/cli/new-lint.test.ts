// A fresh `dvk new` draft, for every type and both systems, after `dvk init --yes` that knows
// only the system (so every part the office has not told dvk is a "[CẦN BỔ SUNG: …]"): `dvk lint`
// reports the places to write (draft-placeholders) and nothing else, on the YAML and on the
// .docx that `dvk render` makes of it, read back (the same messages).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDvk, tempDir } from '../helpers/cli.js';

const types = ['kehoach', 'huongdan', 'baocao', 'thongbao'] as const;

interface JsonReport { files: { findings: { ruleId: string; severity: string; message: string }[] }[] }
const lint = (file: string, cwd: string) => {
  const r = runDvk(['lint', file, '-f', 'json'], { cwd });
  return (JSON.parse(r.stdout) as JsonReport).files[0]!.findings;
};

describe.each(['nha_nuoc', 'dang'] as const)('dvk new after dvk init --yes --he-thong %s', (system) => {
  it.each(types)('%s: only draft-placeholders, on the YAML and on its .docx read back', (type) => {
    const dir = tempDir();
    expect(runDvk(['init', '--yes', '--he-thong', system], { cwd: dir }).code).toBe(0);
    const created = runDvk(['new', type, 'moi.yaml', '--yes', '--co-quan', 'Ban Dân vận', '--viet-tat', 'BDV', '--dia-danh', 'Hà Nam', '--trich-yeu', 'Tổ chức Tháng cao điểm dân vận năm 2026'], { cwd: dir });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);

    const fromYaml = lint('moi.yaml', dir);
    expect(fromYaml.filter((f) => f.ruleId === 'draft-placeholders' && f.severity === 'warning').length).toBeGreaterThan(3);
    expect(fromYaml.filter((f) => f.ruleId !== 'draft-placeholders').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);

    const rendered = runDvk(['render', 'moi.yaml', '-o', join(dir, 'moi.docx')], { cwd: dir });
    expect(rendered.stderr).toBe('');
    const fromDocx = lint('moi.docx', dir);
    // The name line "[CẦN BỔ SUNG: HỌ TÊN NGƯỜI KÝ]" is read as the name, not as a second title.
    expect(fromDocx.filter((f) => f.ruleId !== 'draft-placeholders').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    const messages = (fs: typeof fromYaml) => fs.map((f) => `${f.severity} ${f.message}`).sort();
    expect(messages(fromDocx)).toEqual(messages(fromYaml));
  });
});

// One catalog for every id dvk can report (issue 10): whatever appears in an output — dvk lint on
// the examples, on the seeds read as .txt, on a rendered .docx spoiled by hand — is listed by
// `dvk rules`, explained by `dvk explain`, accepted in `quy_tac` without a "no effect" warning,
// has a page in docs/rules/ and is described in SARIF's rule list.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExplain } from '../../src/cli/actions/explain.js';
import { catalogIds, catalogMetas } from '../../src/lint/catalog.js';
import { docsUrlFor } from '../../src/lint/docs-page.js';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';
import { editDocx, inParagraph, renderExample } from '../reader/docx-fixtures.js';

interface SarifLog {
  runs: { tool: { driver: { rules: { id: string; fullDescription?: { text: string }; help?: { text: string }; helpUri?: string }[] } }; results: { ruleId: string }[] }[];
}

async function spoiledDocx(dir: string): Promise<string> {
  const bytes = renderExample('nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml');
  const spoiled = await editDocx(bytes, {
    'word/document.xml': (xml) =>
      inParagraph(
        xml.replace(/(<w:pgMar [^>]*w:left=")\d+"/, '$11000"'),
        'KẾ HOẠCH',
        (p) => p.replace(/<w:rFonts [^>]*\/>/g, '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>').replace(/<w:sz w:val="\d+"\/>/g, '<w:sz w:val="20"/>'),
      ),
  });
  const file = join(dir, 'spoiled.docx');
  writeFileSync(file, spoiled);
  return file;
}

describe('the rule catalog', () => {
  it('lists every reader id written in the reader source, also one no test document happens to emit', () => {
    const folder = join(repoRoot, 'src', 'reader');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const ids = new Set(files.flatMap((f) => [...readFileSync(join(folder, f), 'utf8').matchAll(/'(reader\/[a-z-]+)'/g)].map((m) => m[1]!)));
    expect(ids.size).toBeGreaterThan(5);
    const known = new Set(catalogIds());
    expect([...ids].filter((id) => !known.has(id))).toEqual([]);
  });

  it('covers every id in the output of lint on the examples, the seeds as .txt and a spoiled .docx', async () => {
    const dir = tempDir('dvk-catalog-');
    const docx = await spoiledDocx(dir);
    const txt = readdirSync(join(repoRoot, 'test/fixtures/txt')).filter((f) => f.endsWith('.txt')).map((f) => join(repoRoot, 'test/fixtures/txt', f));
    const r = runDvk(['lint', join(repoRoot, 'examples'), join(repoRoot, 'test/fixtures/seeds'), ...txt, docx, '-f', 'sarif']);
    expect(r.code, r.stderr).toBe(1);
    const run = (JSON.parse(r.stdout) as SarifLog).runs[0]!;
    const emitted = [...new Set(run.results.map((x) => x.ruleId))].sort();
    // The inputs do exercise the kinds: plan rules, run-level, layout and reader ids.
    expect(emitted).toEqual(expect.arrayContaining(['docx-margins', 'docx-font', 'docx-component-style', 'reader/not-found', 'duplicate-so-ky-hieu', 'quote-pairing']));

    const listed = (JSON.parse(runDvk(['rules', '--format', 'json']).stdout) as { id: string }[]).map((x) => x.id);
    expect(emitted.filter((id) => !listed.includes(id))).toEqual([]);

    // SARIF describes each one fully.
    const sarifRules = new Map(run.tool.driver.rules.map((x) => [x.id, x]));
    for (const id of emitted) {
      const rule = sarifRules.get(id);
      expect(rule?.fullDescription?.text, id).toBeTruthy();
      expect(rule?.help?.text, id).toBeTruthy();
      expect(rule?.helpUri, id).toMatch(/^file:\/\/.*docs\/rules\/.+\.md$/);
    }

    // quy_tac accepts each of them without “this line has no effect”.
    writeFileSync(join(dir, 'dvk.config.yaml'), `quy_tac:\n${emitted.map((id) => `  ${id}: warning`).join('\n')}\n`);
    const config = runDvk(['validate', join(dir, 'dvk.config.yaml'), '--format', 'json']);
    expect(config.stdout).not.toContain('config/unknown-rule');
    expect(config.code).toBe(0);
  });

  it('explains every id, has a page for each, and lets quy_tac switch a layout check off', async () => {
    for (const id of catalogIds()) {
      let out = '';
      const code = runExplain(id, { lang: 'vi', debug: false, color: false, stdout: (s) => (out += s), stderr: () => undefined });
      expect(code, id).toBe(0);
      expect(out.startsWith(`${id} — `), id).toBe(true);
      expect(existsSync(join(repoRoot, docsUrlFor(id))), id).toBe(true);
    }
    expect(new Set(catalogMetas().map((m) => m.kind ?? 'plan'))).toEqual(new Set(['plan', 'run', 'layout', 'reader', 'input']));

    const dir = tempDir('dvk-catalog-off-');
    const docx = await spoiledDocx(dir);
    writeFileSync(join(dir, 'dvk.config.yaml'), 'quy_tac:\n  docx-component-style: off\n  docx-font: info\n');
    const r = runDvk(['lint', docx, '-f', 'json']);
    const ids = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; severity: string }[] }[] }).files.flatMap((f) => f.findings);
    expect(ids.map((f) => f.ruleId)).not.toContain('docx-component-style');
    expect(ids.map((f) => f.ruleId)).not.toContain('config/unknown-rule');
    expect(ids.filter((f) => f.ruleId === 'docx-font').map((f) => f.severity)).toEqual(expect.arrayContaining(['info']));
  });
});

// Issue 6 benchmark: reading existing documents. The five seed .txt files and two .docx files
// (a LibreOffice conversion and one rendered by dvk) are read and recognised 200 times each,
// with layout checks for the .docx; and 20 seeds are imported (YAML with comments, schema check).
// Run with `npm run bench import`.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocument, readExistingDocument } from '../src/reader/index.ts';
import { planYaml } from '../src/cli/actions/import.ts';
import { loadPlanText } from '../src/plan/index.ts';
import { loadPlanFile } from '../src/plan/index.ts';
import { prepareDocument, toDocx } from '../src/render/index.ts';

const N = 200;
const seeds = readdirSync('test/fixtures/txt').filter((f) => f.endsWith('.txt')).map((f) => join('test/fixtures/txt', f));
const dir = mkdtempSync(join(tmpdir(), 'dvk-bench-import-'));
const rendered = join(dir, 'rendered.docx');
{
  const example = 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml';
  const loaded = await loadPlanFile(example, 'vi');
  const prepared = await prepareDocument(loaded.plan, example, 'vi');
  writeFileSync(rendered, await toDocx(prepared.doc));
}
const docx = ['test/fixtures/docx/seed-003-libreoffice.docx', rendered];

async function time(label, count, fn) {
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / count).toFixed(2).padStart(7)} ms/file`);
}

await readExistingDocument(seeds[0], 'vi');
await readExistingDocument(docx[1], 'vi');
const heapBefore = process.memoryUsage().heapUsed;
await time(`.txt: read + recognise + schema (${N} × ${seeds.length} seeds)`, N * seeds.length, async () => {
  for (let i = 0; i < N; i++) for (const f of seeds) await readExistingDocument(f, 'vi');
});
for (const f of docx) {
  await time(`.docx: + layout checks (${N} × ${f.split('/').at(-1)})`, N, async () => {
    for (let i = 0; i < N; i++) await readExistingDocument(f, 'vi');
  });
}
await time(`import: YAML with comments + schema (20 × ${seeds.length} seeds)`, 20 * seeds.length, async () => {
  for (let i = 0; i < 20; i++) {
    for (const f of seeds) {
      const r = await readDocument(f, 'vi');
      const notes = r.ok.recognition.uncertain.map((u) => ({ path: u.path, text: ' dvk: chưa chắc' }));
      const text = planYaml({ ...r.ok.recognition.data, du_thao: true }, notes, ' bench');
      if (loadPlanText(text, 'x.yaml', 'vi').report.findings.some((x) => x.severity === 'error')) throw new Error(`${f}: invalid import`);
    }
  }
});
console.log(`heap growth over the run: ${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(1)} MB`);
rmSync(dir, { recursive: true, force: true });

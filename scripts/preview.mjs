// `npm run preview [plans…]`: render plans (default: every example) to out/preview/*.docx with the
// built dvk, convert them to PDF with LibreOffice (`dvk render --format pdf`: a private profile per run, so it never clashes with a
// running LibreOffice), and to PNG pages with pdftoppm, for checking the pages by eye.
// Needs: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'out', 'preview');
const dpi = process.env.PREVIEW_DPI ?? '80';
const run = (cmd, args, what) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error?.code === 'ENOENT') {
    console.error(`preview: ${cmd} is not installed (${what}).\n  apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils`);
    process.exit(2);
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const plans = process.argv.slice(2);
const inputs = plans.length ? plans : readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => join('examples', f));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
run(process.execPath, ['bin/dvk.js', 'render', ...inputs, '-o', `${out}/`, '--format', 'all'], 'dvk');
const docx = readdirSync(out).filter((f) => f.endsWith('.docx'));
for (const file of docx) {
  const stem = file.replace(/\.docx$/, '');
  run('pdftoppm', ['-png', '-r', dpi, join(out, `${stem}.pdf`), join(out, stem)], 'poppler-utils');
}
const pngs = readdirSync(out).filter((f) => f.endsWith('.png'));
console.log(`\n${docx.length} documents, ${pngs.length} pages in ${out}`);

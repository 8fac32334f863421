// The Markdown dvk writes converts with pandoc (issue 12, item 5): read as GitHub Markdown
// (`-f gfm`) and as pandoc's own (`-f markdown`), to HTML and to .docx, every header line, every
// nơi nhận line and the signer's title and name stay lines of their own (no "ĐẢNG ỦY ĐẠI HỌC THÁI
// NGUYÊNBAN DÂN VẬN*", "Nơi nhận:- Ban…", "TRƯỞNG BANTrần Thanh Vân"), and the Party "-----"
// survives. Runs only where pandoc is installed (CI must not depend on it): otherwise it is
// skipped with a message.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { renderFile } from './helpers.js';

const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
const hasPandoc = !pandoc.error && pandoc.status === 0;
if (!hasPandoc) console.warn('markdown-pandoc.test.ts: pandoc is not installed, the conversion test is skipped (apt-get install -y pandoc).');

const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => join('examples', f));

function run(args: string[], input?: string): string {
  const r = spawnSync('pandoc', args, { encoding: 'utf8', input });
  if (r.status !== 0) throw new Error(`pandoc ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The lines a reader sees, after pandoc: plain text, one line per line break or paragraph. */
const plainLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe.skipIf(!hasPandoc)('Markdown through pandoc', () => {
  const dir = hasPandoc ? tempDir('dvk-pandoc-') : '';

  it.each(examples)('%s: no glued lines in HTML or .docx, from gfm and markdown', async (file) => {
    const r = await renderFile(file);
    const md = join(dir, file.replace(/^examples\//, '').replace(/\.yaml$/, '.md'));
    writeFileSync(md, r.markdown);
    // The lines that must stay apart, straight from the rendered .docx's paragraphs.
    const header = r.paras.filter((p) => p.inTable && p.text.trim() && p.text.trim() !== '*').map((p) => p.text.replace(/\s+/g, ' ').trim());
    for (const from of ['gfm', 'markdown']) {
      const html = run(['-f', from, '-t', 'html', md]);
      expect(html, from).not.toMatch(/<br>|&lt;br&gt;/);
      const viaDocx = join(dir, `${from}.docx`);
      run(['-f', from, '-t', 'docx', '-o', viaDocx, md]);
      for (const [what, text] of [['plain', run(['-f', from, '-t', 'plain', '--wrap=none', md])], ['docx', run(['-f', 'docx', '-t', 'plain', '--wrap=none', viaDocx])]] as const) {
        const lines = plainLines(text).map((l) => l.replace(/\s+/g, ' '));
        // Every header and signature-table line of the .docx is a whole line after conversion
        // (organ names broken over two .docx lines are one line in Markdown: check the pieces).
        for (const line of header) expect(lines.some((l) => l.includes(line)), `${from} → ${what}: “${line}”`).toBe(true);
        expect(lines, `${from} → ${what}`).toContain(r.paras.find((p) => p.text === 'Nơi nhận:')!.text);
        // The signer's name is a line of its own, never glued to the title above it.
        const name = r.paras.filter((p) => p.inTable).at(-1)!.text;
        expect(lines, `${from} → ${what}`).toContain(name);
        if (r.profileId !== 'nd30') expect(lines, `${from} → ${what}: the Party "-----"`).toContain('-----');
      }
    }
  });

  it('an example of the glue the old table output made is gone', async () => {
    const r = await renderFile('examples/dang-ke-hoach-dan-van-kheo-dhtn.yaml');
    const md = join(dir, 'dhtn.md');
    writeFileSync(md, r.markdown);
    const viaDocx = join(dir, 'dhtn.docx');
    run(['-f', 'gfm', '-t', 'docx', '-o', viaDocx, md]);
    const text = run(['-f', 'docx', '-t', 'plain', '--wrap=none', viaDocx]);
    for (const glued of ['NGUYÊNBAN DÂN VẬN', 'Nơi nhận:-', 'TRƯỞNG BANTrần Thanh Vân']) expect(text).not.toContain(glued);
    expect(readFileSync(md, 'utf8')).not.toContain('<br>');
  });
});

// .docx fixtures built in the tests: a plan rendered by `dvk render`, then one thing made wrong
// on purpose by editing its XML (jszip), so that each layout check has a file that fails it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

export function renderExample(example: string): Buffer {
  const out = join(tempDir('dvk-reader-'), example.replace(/\.yaml$/, '.docx'));
  const r = runDvk(['render', join(repoRoot, 'examples', example), '-o', out]);
  if (r.code !== 0) throw new Error(`dvk render ${example} failed: ${r.stderr}`);
  return readFileSync(out);
}

/** Rewrites parts of a .docx: `edit` gets and returns the XML text of each named part. */
export async function editDocx(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const part = zip.file(name);
    if (!part) throw new Error(`no ${name} in the docx`);
    const before = await part.async('string');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${name} changed nothing`);
    zip.file(name, after);
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Applies `edit` to the first <w:p> whose text contains `text`. */
export function inParagraph(xml: string, text: string, edit: (p: string) => string): string {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const target = paragraphs.find((p) => p.replace(/<[^>]+>/g, '').includes(text));
  if (!target) throw new Error(`no paragraph with “${text}”`);
  return xml.replace(target, edit(target));
}

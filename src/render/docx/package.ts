// Byte-identical output for the same input: the docx package stamps core.xml with "now" and the
// zip entries with the packing time. Re-zip with sorted entries, one fixed date, and a fixed
// created/modified (the document's own date), so a repository of plans can diff its output.
import { createHash } from 'node:crypto';
import JSZip from 'jszip';

/** Written into core.xml's description: lets `dvk render` tell its own, unedited output from a file someone changed. */
export const OWNER_MARK = 'dvk sha256:';

export async function deterministicZip(buffer: Uint8Array, stampIso: string): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(buffer);
  const fixed = new Date(`${stampIso}T00:00:00Z`);
  const target = new JSZip();
  const names = Object.keys(source.files).filter((n) => !source.files[n]!.dir).sort();
  // [Content_Types].xml first, as Word and the OPC spec expect it at the start of the package.
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  const body = await source.files['word/document.xml']!.async('uint8array');
  const hash = createHash('sha256').update(body).digest('hex');
  for (const name of names) {
    let data: string | Uint8Array = await source.files[name]!.async('uint8array');
    if (name === 'docProps/core.xml') {
      const when = `${stampIso}T00:00:00Z`;
      data = new TextDecoder()
        .decode(data)
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${when}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${when}$2`)
        .replace(/<dc:description>[^<]*<\/dc:description>/, `<dc:description>${OWNER_MARK}${hash}</dc:description>`);
    }
    target.file(name, data, { date: fixed, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** True when the file at hand is a .docx written by dvk and not changed since (Word rewrites document.xml on save). */
export async function isUntouchedDocx(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')?.async('string');
    const body = await zip.file('word/document.xml')?.async('uint8array');
    const mark = core ? new RegExp(`<dc:description>${OWNER_MARK}([0-9a-f]{64})</dc:description>`).exec(core) : null;
    return Boolean(mark && body && createHash('sha256').update(body).digest('hex') === mark[1]);
  } catch {
    return false;
  }
}

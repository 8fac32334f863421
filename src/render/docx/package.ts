// Byte-identical output for the same input: the docx package stamps core.xml with "now" and the
// zip entries with the packing time. Re-zip with sorted entries, one fixed date, and a fixed
// created/modified (the document's own date), so a repository of plans can diff its output.
// fflate (what docx itself zips with) rather than JSZip: about 10× faster here.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Written into core.xml's description: lets `dvk render` tell its own, unedited output from a file someone changed. */
export const OWNER_MARK = 'dvk sha256:';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export function deterministicZip(buffer: Uint8Array, stampIso: string): Uint8Array {
  return zipParts(unzipSync(buffer), stampIso);
}

/** The package parts (path → bytes or XML text) zipped deterministically, with the owner mark. */
export function zipParts(parts: Record<string, Uint8Array | string>, stampIso: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === 'string' ? strToU8(data) : data;
  const when = `${stampIso}T00:00:00Z`;
  const hash = sha256(files['word/document.xml']!);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${when}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${when}$2`)
        .replace(/<dc:description>[^<]*<\/dc:description>/, `<dc:description>${OWNER_MARK}${hash}</dc:description>`),
    );
  }
  // [Content_Types].xml first, as Word and the OPC spec expect it; the rest in name order.
  const names = Object.keys(files).filter((n) => !n.endsWith('/')).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const ordered: Zippable = {};
  // Zip dates are DOS local time in fflate: build the date from the stamp's fields so that the
  // stored value is the same whatever the machine's time zone.
  const [y, m, d] = stampIso.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d);
  for (const name of names) ordered[name] = [files[name]!, { mtime, level: 6 }];
  return zipSync(ordered);
}

const MAX_OWN_PART_BYTES = 32 * 1024 * 1024;

/** True when the bytes are a .docx written by dvk and not changed since (Word rewrites document.xml on save). */
export function isUntouchedDocx(bytes: Uint8Array): boolean {
  try {
    // An existing file in the output's place is not trusted: a part claiming more than dvk ever
    // writes is not inflated (a zip bomb named like the output would otherwise take the memory).
    const files = unzipSync(bytes, { filter: (f) => (f.name === 'docProps/core.xml' || f.name === 'word/document.xml') && f.originalSize <= MAX_OWN_PART_BYTES });
    const core = files['docProps/core.xml'];
    const body = files['word/document.xml'];
    const mark = core ? new RegExp(`<dc:description>${OWNER_MARK}([0-9a-f]{64})</dc:description>`).exec(strFromU8(core)) : null;
    return Boolean(mark && body && sha256(body) === mark[1]);
  } catch {
    return false;
  }
}

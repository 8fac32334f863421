// Bytes of a .docx → paragraphs in body order with their layout, or one clear fatal finding for
// a file that is not a usable .docx: a .doc (Word 97–2003), an encrypted file (both are OLE
// compound files, D0 CF 11 E0), a text file renamed, a damaged ZIP.
import { localize, type Lang } from '../../i18n/index.js';
import type { Finding } from '../../report/finding.js';
import { sourceFromParagraphs, type DocumentSource } from '../source.js';
import { fileMessages as m } from './messages.js';
import { parseDocxParts } from './parse.js';
import { MAX_PARAGRAPHS } from '../../shared/limits.js';
import { openZip, ZipError, zipReasons, type ZipPackage } from './unzip.js';

type Opened = { source: DocumentSource } | { fatal: Finding };

function fatal(file: string, ruleId: string, message: string): { fatal: Finding } {
  const at = { line: 1, column: 1, offset: 0 };
  return { fatal: { ruleId, severity: 'error', message, file, range: { start: at, end: at }, fatal: true } };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file holding "EncryptedPackage" is an encrypted .docx (MS-OFFCRYPTO §2.3.4). */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export async function openDocx(bytes: Uint8Array, file: string, lang: Lang): Promise<Opened> {
  if (OLE.every((b, i) => bytes[i] === b)) {
    return isEncryptedOle(bytes) ? fatal(file, 'input/encrypted', localize(m.encrypted, lang, { file })) : fatal(file, 'input/legacy-doc', localize(m.legacyDoc, lang, { file }));
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return fatal(file, 'input/not-docx', localize(m.notZip, lang, { file }));
  let zip: ZipPackage;
  try {
    zip = openZip(bytes);
  } catch (error) {
    return zipFatal(error, file, lang);
  }
  if (!zip.has('word/document.xml')) return fatal(file, 'input/not-docx', localize(m.notWordPackage, lang, { file }));
  let paragraphCount = 0;
  const read = async (name: string): Promise<string | undefined> => {
    const text = zip.text(name);
    // Counted in the XML before parsing it: a document past the limit costs no parse.
    if (name === 'word/document.xml' && text !== undefined) paragraphCount = countParagraphs(text);
    if (paragraphCount > MAX_PARAGRAPHS) throw new TooManyParagraphs();
    return text;
  };
  let parts;
  try {
    parts = await parseDocxParts(read);
  } catch (error) {
    if (error instanceof ZipError) return zipFatal(error, file, lang);
    if (error instanceof TooManyParagraphs) return fatal(file, 'input/too-large', localize(m.tooManyParagraphs, lang, { file, count: paragraphCount, limit: MAX_PARAGRAPHS }));
    const detail = error as Error & { part?: string; line?: number; column?: number };
    // The parser's own words are English: say where, in the user's language.
    const reason = detail.line !== undefined ? localize(m.xmlAt, lang, { line: detail.line, column: detail.column ?? 1 }) : localize(m.xmlBroken, lang);
    if (detail.part) return fatal(file, 'input/corrupt-docx', localize(m.badXml, lang, { file, part: detail.part, reason }));
    return fatal(file, 'input/corrupt-docx', localize(m.corruptZip, lang, { file, reason: detail.message }));
  }
  if (!parts.paragraphs.some((p) => p.text.trim() !== '')) return fatal(file, 'input/empty', localize(m.empty, lang, { file }));
  return { source: sourceFromParagraphs(parts.paragraphs, parts.facts) };
}

class TooManyParagraphs extends Error {}

/** `<w:p>` and `<w:p …>` start tags (not `<w:pPr>`, `<w:pStyle>`), by a linear scan. */
export function countParagraphs(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf('<w:p'); at !== -1; at = xml.indexOf('<w:p', at + 4)) {
    const next = xml.charCodeAt(at + 4);
    if (next === 0x3e /* > */ || next === 0x20 || next === 0x2f /* / */ || next === 0x0a || next === 0x0d || next === 0x09) count++;
  }
  return count;
}

function mb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : '> 4 GB';
}

/** A package past a limit, or one whose ZIP structure is damaged, as one fatal finding. */
function zipFatal(error: unknown, file: string, lang: Lang): { fatal: Finding } {
  if (!(error instanceof ZipError)) return fatal(file, 'input/corrupt-docx', localize(m.corruptZip, lang, { file, reason: (error as Error).message }));
  const { part, size = 0, limit = 0, ratio = 0 } = error.detail;
  if (error.kind === 'ratio') return fatal(file, 'input/too-large', localize(m.zipRatio, lang, { file, ratio, limit }));
  if (error.kind === 'entries') return fatal(file, 'input/too-large', localize(m.zipEntries, lang, { file, size, limit }));
  if (error.kind === 'too-large') return fatal(file, 'input/too-large', localize(m.zipTooLarge, lang, { file, part: part ? `${part}: ` : '', size: mb(size), limit: mb(limit) }));
  const reason = localize(zipReasons[error.reason ?? 'directory'], lang, { part: part ?? '' });
  return fatal(file, 'input/corrupt-docx', localize(m.corruptZip, lang, { file, reason }));
}

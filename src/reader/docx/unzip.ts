// A .docx is a ZIP package. Before anything is inflated, the central directory's sizes are
// checked against the limits (src/shared/limits.ts): a 300 KB file that unpacks to 300 MB (a zip
// bomb) is refused from its directory alone. The directory can lie, so each part is also inflated
// in small steps and given up as soon as it passes the size it declared: memory never exceeds the
// declared sizes the first check allowed. Only the parts the reader asks for are inflated.
import { Inflate } from 'fflate';
import type { Localized } from '../../i18n/index.js';
import { MAX_COMPRESSION_RATIO, MAX_DOCX_ENTRIES, MAX_DOCX_PART_BYTES, MAX_DOCX_TOTAL_BYTES, MAX_DOCX_XML_BYTES, RATIO_FLOOR_BYTES } from '../../shared/limits.js';

/** What is wrong with a damaged package, said to the user inside fileMessages.corruptZip. */
export const zipReasons = {
  noDirectory: { vi: 'không có mục lục ZIP ở cuối tệp, có thể tệp bị cắt cụt', en: 'there is no ZIP directory at the end, the file may be cut short' },
  short: { vi: 'tệp quá ngắn', en: 'the file is too short' },
  directory: { vi: 'mục lục ZIP bị cắt cụt hoặc hỏng', en: 'the ZIP directory is cut short or damaged' },
  entry: { vi: 'phần {{part}} bị hỏng hoặc bị cắt cụt', en: 'the part {{part}} is damaged or cut short' },
  encrypted: { vi: 'phần {{part}} bị mã hóa', en: 'the part {{part}} is encrypted' },
  method: { vi: 'phần {{part}} dùng kiểu nén không biết', en: 'the part {{part}} uses an unknown compression' },
  size: { vi: 'phần {{part}} không có đúng kích thước khai báo', en: 'the part {{part}} does not have the size it declares' },
} satisfies Record<string, Localized>;

/** Why a package cannot be opened: a damaged ZIP, or one past a limit. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'too-large' | 'ratio' | 'entries',
    readonly reason: keyof typeof zipReasons | undefined,
    readonly detail: { part?: string; size?: number; limit?: number; ratio?: number } = {},
  ) {
    super(reason ? zipReasons[reason].en.replace('{{part}}', detail.part ?? '') : kind);
  }
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipPackage {
  has(name: string): boolean;
  /** The part as UTF-8 text (at most MAX_DOCX_XML_BYTES), or undefined when the package has no such part. */
  text(name: string): string | undefined;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: at most about 1,000 times this comes out of one step. */
const STEP = 16 * 1024;

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the file.
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipError('corrupt', 'noDirectory');
}

function readDirectory(bytes: Uint8Array): Map<string, Entry> {
  if (bytes.byteLength < 22) throw new ZipError('corrupt', 'short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  // ZIP64 (0xFFFF entries, 0xFFFFFFFF offsets) only exists for packages over 4 GB: never a document.
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('too-large', undefined, { size: Infinity, limit: MAX_DOCX_TOTAL_BYTES });
  if (count > MAX_DOCX_ENTRIES) throw new ZipError('entries', undefined, { size: count, limit: MAX_DOCX_ENTRIES });
  const names = new TextDecoder('utf-8');
  const entries = new Map<string, Entry>();
  let at = offset;
  let total = 0;
  let packed = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) throw new ZipError('corrupt', 'directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.byteLength) throw new ZipError('corrupt', 'directory');
    const entry: Entry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    at += 46 + nameLength + extraLength + commentLength;
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new ZipError('too-large', undefined, { part: entry.name, size: Infinity, limit: MAX_DOCX_PART_BYTES });
    if (entry.size > MAX_DOCX_PART_BYTES) throw new ZipError('too-large', undefined, { part: entry.name, size: entry.size, limit: MAX_DOCX_PART_BYTES });
    if (entry.size > RATIO_FLOOR_BYTES && entry.size / Math.max(1, entry.compressedSize) > MAX_COMPRESSION_RATIO) {
      throw new ZipError('ratio', undefined, { part: entry.name, ratio: Math.round(entry.size / Math.max(1, entry.compressedSize)), limit: MAX_COMPRESSION_RATIO });
    }
    total += entry.size;
    packed += entry.compressedSize;
    if (total > MAX_DOCX_TOTAL_BYTES) throw new ZipError('too-large', undefined, { size: total, limit: MAX_DOCX_TOTAL_BYTES });
    if (!entries.has(entry.name)) entries.set(entry.name, entry);
  }
  if (total > RATIO_FLOOR_BYTES && total / Math.max(1, packed) > MAX_COMPRESSION_RATIO) {
    throw new ZipError('ratio', undefined, { ratio: Math.round(total / Math.max(1, packed)), limit: MAX_COMPRESSION_RATIO });
  }
  return entries;
}

function dataOf(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) throw new ZipError('corrupt', 'entry', { part: entry.name });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw new ZipError('corrupt', 'entry', { part: entry.name });
  return bytes.subarray(start, end);
}

function inflateEntry(bytes: Uint8Array, entry: Entry): Uint8Array {
  if (entry.flags & 1) throw new ZipError('corrupt', 'encrypted', { part: entry.name });
  const data = dataOf(bytes, entry);
  if (entry.method === 0) {
    if (data.byteLength !== entry.size) throw new ZipError('corrupt', 'size', { part: entry.name });
    return data;
  }
  if (entry.method !== 8) throw new ZipError('corrupt', 'method', { part: entry.name });
  const chunks: Uint8Array[] = [];
  let length = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    length += chunk.byteLength;
    // The directory said `size`: past it the header lied, and inflating on is what a bomb wants.
    if (length > entry.size) throw new ZipError('corrupt', 'size', { part: entry.name });
    if (chunk.byteLength) chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let from = 0; from < data.byteLength || from === 0; from += STEP) {
      const last = from + STEP >= data.byteLength;
      inflater.push(data.subarray(from, from + STEP), last);
      if (last) break;
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('corrupt', 'entry', { part: entry.name });
  }
  if (!done || length !== entry.size) throw new ZipError('corrupt', 'size', { part: entry.name });
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Reads the package's directory (checking the limits); parts are inflated when asked for. */
export function openZip(bytes: Uint8Array): ZipPackage {
  const entries = readDirectory(bytes);
  const utf8 = new TextDecoder('utf-8');
  return {
    has: (name) => entries.has(name),
    text(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      if (entry.size > MAX_DOCX_XML_BYTES) throw new ZipError('too-large', undefined, { part: name, size: entry.size, limit: MAX_DOCX_XML_BYTES });
      return utf8.decode(inflateEntry(bytes, entry));
    },
  };
}

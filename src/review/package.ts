// A copy of a .docx package in which only the named parts change. Every other part is copied
// as stored (its compressed bytes, CRC and sizes from the central directory), so a part the
// review did not touch is the same bytes in the copy; changed and new parts are deflated with
// fflate. Parts keep their order; new parts go at the end. The package has already been opened
// by the reader (src/reader/docx/unzip.ts checks its directory against the limits).
import { deflateSync } from 'fflate';
import { ZipError } from '../reader/docx/unzip.js';

interface StoredEntry {
  nameBytes: Uint8Array;
  name: string;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttrs: number;
  externalAttrs: number;
  data: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readEntries(bytes: Uint8Array): StoredEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('corrupt', 'noDirectory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8');
  const entries: StoredEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) throw new ZipError('corrupt', 'directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.slice(at + 46, at + 46 + nameLength);
    const local = view.getUint32(at + 42, true);
    const compressedSize = view.getUint32(at + 20, true);
    const name = decoder.decode(nameBytes);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL) throw new ZipError('corrupt', 'entry', { part: name });
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.byteLength) throw new ZipError('corrupt', 'entry', { part: name });
    entries.push({
      nameBytes,
      name,
      versionMadeBy: view.getUint16(at + 4, true),
      versionNeeded: view.getUint16(at + 6, true),
      // Bit 3 (sizes in a data descriptor after the data) is dropped: the copy writes them in the header.
      flags: view.getUint16(at + 8, true) & ~0x8,
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size: view.getUint32(at + 24, true),
      internalAttrs: view.getUint16(at + 36, true),
      externalAttrs: view.getUint32(at + 38, true),
      data: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date fields for `when` (local fields, as ZIP tools write them). */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getUTCFullYear());
  return {
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
  };
}

/**
 * The package `bytes` with the parts in `changes` replaced (or added, when the package has no
 * such part); every other part copied as stored.
 */
export function rewritePackage(bytes: Uint8Array, changes: Map<string, string>, when: Date): Uint8Array {
  const entries = readEntries(bytes);
  const encoder = new TextEncoder();
  const stamp = dosDateTime(when);
  const fresh = (name: string, content: string, like?: StoredEntry): StoredEntry => {
    const raw = encoder.encode(content);
    return {
      nameBytes: like?.nameBytes ?? encoder.encode(name),
      name,
      versionMadeBy: like?.versionMadeBy ?? 20,
      versionNeeded: 20,
      flags: (like?.flags ?? 0) & 0x800,
      method: 8,
      time: stamp.time,
      date: stamp.date,
      crc: crc32(raw),
      compressedSize: 0,
      size: raw.byteLength,
      internalAttrs: like?.internalAttrs ?? 0,
      externalAttrs: like?.externalAttrs ?? 0,
      data: deflateSync(raw, { level: 6 }),
    };
  };
  const out: StoredEntry[] = entries.map((e) => (changes.has(e.name) ? fresh(e.name, changes.get(e.name)!, e) : e));
  for (const [name, content] of changes) if (!entries.some((e) => e.name === name)) out.push(fresh(name, content));
  for (const e of out) e.compressedSize = e.data.byteLength;

  const chunks: Uint8Array[] = [];
  let offset = 0;
  const offsets: number[] = [];
  for (const e of out) {
    const header = new Uint8Array(30);
    const h = new DataView(header.buffer);
    h.setUint32(0, LOCAL, true);
    h.setUint16(4, e.versionNeeded, true);
    h.setUint16(6, e.flags, true);
    h.setUint16(8, e.method, true);
    h.setUint16(10, e.time, true);
    h.setUint16(12, e.date, true);
    h.setUint32(14, e.crc, true);
    h.setUint32(18, e.compressedSize, true);
    h.setUint32(22, e.size, true);
    h.setUint16(26, e.nameBytes.byteLength, true);
    h.setUint16(28, 0, true);
    offsets.push(offset);
    chunks.push(header, e.nameBytes, e.data);
    offset += 30 + e.nameBytes.byteLength + e.data.byteLength;
  }
  const directoryStart = offset;
  out.forEach((e, i) => {
    const header = new Uint8Array(46);
    const h = new DataView(header.buffer);
    h.setUint32(0, CENTRAL, true);
    h.setUint16(4, e.versionMadeBy, true);
    h.setUint16(6, e.versionNeeded, true);
    h.setUint16(8, e.flags, true);
    h.setUint16(10, e.method, true);
    h.setUint16(12, e.time, true);
    h.setUint16(14, e.date, true);
    h.setUint32(16, e.crc, true);
    h.setUint32(20, e.compressedSize, true);
    h.setUint32(24, e.size, true);
    h.setUint16(28, e.nameBytes.byteLength, true);
    h.setUint16(36, e.internalAttrs, true);
    h.setUint32(38, e.externalAttrs, true);
    h.setUint32(42, offsets[i]!, true);
    chunks.push(header, e.nameBytes);
    offset += 46 + e.nameBytes.byteLength;
  });
  const endRecord = new Uint8Array(22);
  const v = new DataView(endRecord.buffer);
  v.setUint32(0, EOCD, true);
  v.setUint16(8, out.length, true);
  v.setUint16(10, out.length, true);
  v.setUint32(12, offset - directoryStart, true);
  v.setUint32(16, directoryStart, true);
  chunks.push(endRecord);
  const total = chunks.reduce((n, c) => n + c.byteLength, 0);
  const result = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    result.set(c, at);
    at += c.byteLength;
  }
  return result;
}

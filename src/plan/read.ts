// Bytes → NFC text, refusing what cannot be a plan: missing paths, folders, binary files,
// huge files, FIFOs and devices, broken encodings. Every refusal is a Finding (fatal), never a thrown error.
import { localize, type Lang } from '../i18n/index.js';
import { START_OF_FILE, type Finding } from '../report/finding.js';
import { readCapped, readCappedSync, STDIN_NAME, type FileStamp } from '../shared/read-input.js';
import { timed } from '../shared/timing.js';
import { inputMessages as m } from './messages.js';

/** A plan is a few kilobytes; anything past this is the wrong file, and parsing it would hang. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

export interface DecodedText {
  text: string;
  findings: Finding[];
  /** The file as it was read (size, mtime, hash): `lint --fix` writes only if it is still so. */
  stamp?: FileStamp;
}

export type ReadResult = DecodedText | { fatal: Finding };

function fatal(file: string, ruleId: string, message: string, line = 1): { fatal: Finding } {
  const range = line === 1 ? START_OF_FILE : { start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } };
  return { fatal: { ruleId, severity: 'error', message, file, range, fatal: true } };
}

function humanSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export async function readPlanFile(file: string, lang: Lang): Promise<ReadResult> {
  // A file is read synchronously: a lint run is busy with the CPU, not waiting for other I/O, and
  // the four promise round trips of an async read (stat, open, fstat, read) cost more than the
  // read itself (13-15 % of a 2,000-plan run, issue 13). Standard input stays asynchronous.
  const read = file === STDIN_NAME ? await readCapped(file, MAX_PLAN_BYTES) : timed('phase', 'read (and hash)', () => readCappedSync(file, MAX_PLAN_BYTES));
  if ('problem' in read) {
    switch (read.problem) {
      case 'is-directory':
        return fatal(file, 'input/is-directory', localize(m.isDirectory, lang, { file }));
      case 'not-found':
        return fatal(file, 'input/not-found', localize(m.notFound, lang, { file }));
      case 'not-regular':
        return fatal(file, 'input/not-regular', localize(m.notRegular, lang, { file }));
      case 'too-large':
        return fatal(file, 'input/too-large', localize(m.tooLarge, lang, { size: humanSize(read.size ?? MAX_PLAN_BYTES + 1), limit: humanSize(MAX_PLAN_BYTES) }));
      default:
        return fatal(file, 'input/unreadable', localize(m.unreadable, lang, { file, reason: read.code ?? 'EIO' }));
    }
  }
  const decoded = timed('phase', 'decode', () => decodePlanBytes(read.bytes, file, lang));
  return 'fatal' in decoded || !read.stamp ? decoded : { ...decoded, stamp: read.stamp };
}

/**
 * UTF-8 (with or without BOM) is the plan encoding. UTF-16 with a BOM is decoded and reported,
 * because Windows Notepad still offers it; anything else is refused with a hint, because a
 * TCVN3/VNI file decoded as UTF-8 would silently become mojibake.
 */
export function decodePlanBytes(bytes: Uint8Array, file: string, lang: Lang): ReadResult {
  const findings: Finding[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    findings.push(info(file, 'input/encoding', localize(m.utf16, lang, { encoding: 'UTF-16 LE' })));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    findings.push(info(file, 'input/encoding', localize(m.utf16, lang, { encoding: 'UTF-16 BE' })));
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      // Many NULs on one side of each byte pair: UTF-16 without a BOM; otherwise a binary file.
      const head = bytes.subarray(0, 4096);
      let zerosOdd = 0;
      let zerosEven = 0;
      for (let i = 0; i + 1 < head.length; i += 2) {
        if (head[i] === 0) zerosEven++;
        if (head[i + 1] === 0) zerosOdd++;
      }
      const pairs = Math.max(1, Math.floor(head.length / 2));
      const looksUtf16 = head.length >= 16 && Math.max(zerosOdd, zerosEven) / pairs > 0.3 && Math.min(zerosOdd, zerosEven) / pairs < 0.05;
      return fatal(file, looksUtf16 ? 'input/encoding' : 'input/binary', localize(looksUtf16 ? m.utf16NoBom : m.binary, lang));
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fatal(file, 'input/encoding', localize(m.notUtf8, lang, { line: firstInvalidUtf8Line(bytes) }), firstInvalidUtf8Line(bytes));
    }
  }
  // A BOM would shift every column of line 1 by one (yaml counts it as offset 0).
  text = text.replace(/^\uFEFF/, '');
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 4096)) && !/[\p{L}]{3}/u.test(text.slice(0, 64))) {
    return fatal(file, 'input/binary', localize(m.binary, lang));
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    findings.push({ ...info(file, 'input/unicode-nfc', localize(m.notNfc, lang)), severity: 'warning' });
  }
  // Only blank and comment lines. Line by line: the regex /^(\s*#.*\n?)*\s*$/ this replaces
  // backtracked exponentially (3.4 s for a 2.4 KB file of comments ending in spaces; npm run fuzz).
  if (nfc.trim() === '' || nfc.split(/\r\n|\r|\n/).every((l) => /^\s*(?:#|$)/.test(l))) {
    return fatal(file, 'input/empty', localize(m.empty, lang));
  }
  return { text: nfc, findings };
}

function info(file: string, ruleId: string, message: string): Finding {
  return { ruleId, severity: 'info', message, file, range: START_OF_FILE };
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return line;
    i += len;
  }
  return line;
}

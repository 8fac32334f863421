// `dvk lint --fix` writes a plan back in the encoding it was read in: a file saved by Windows
// Notepad as UTF-16 with a BOM, or as UTF-8 with a BOM, stays so (read.ts decodes them; line
// endings are never touched, since fixes edit the text between them). Only the Unicode form
// changes when the file was decomposed: fixes are made on the NFC text, and the message says so.
import { closeSync, openSync, readSync } from 'node:fs';

export type PlanEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export function encodingOf(bytes: Uint8Array): PlanEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  return 'utf-8';
}

/** The encoding of a file on disk, from its first bytes (UTF-8 when it cannot be read). */
export function encodingOfFile(file: string): PlanEncoding {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(3);
      return encodingOf(head.subarray(0, readSync(fd, head, 0, 3, 0)));
    } finally {
      closeSync(fd);
    }
  } catch {
    return 'utf-8';
  }
}

export function encodeText(text: string, encoding: PlanEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    default:
      return Buffer.from(text, 'utf8');
  }
}

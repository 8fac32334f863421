// Issue 14 item 4: a small .docx that unpacks to hundreds of megabytes is refused from its ZIP
// directory, before anything is inflated; a directory that lies is caught while inflating. The
// bombs are built here (fflate), never committed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/reader/index.js';
import { MAX_DOCX_PART_BYTES } from '../../src/shared/limits.js';
import { runDvk, tempDir } from '../helpers/cli.js';

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const contentTypes = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export function smallDocx(body = para('ỦY BAN NHÂN DÂN') + para('KẾ HOẠCH') + para('Tổ chức hội nghị')): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8(contentTypes), 'word/document.xml': strToU8(documentXml(body)) });
}

/** Offsets of the central directory entry of `name` (little-endian fields). */
function centralEntry(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const n = view.getUint16(at + 28, true);
    if (Buffer.from(zip.subarray(at + 46, at + 46 + n)).toString() === name) return at;
  }
  throw new Error(`no ${name}`);
}

/** `megabytes` of one repeated byte deflated in steps (the whole never sits in memory): about 1,000 to 1. */
function deflatedZeros(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) deflate.push(block, i === megabytes - 1);
  return Buffer.concat(chunks);
}

/** A real ZIP whose word/document.xml is `data` (raw deflate) declaring `declared` bytes unpacked. */
function zipWithRawPart(data: Uint8Array, declared: number): Uint8Array {
  const zip = zipSync({ '[Content_Types].xml': strToU8(contentTypes), 'word/document.xml': [data, { level: 0 }] });
  // Store `data` and then relabel it as deflated with the size we claim: the bytes are the deflate stream.
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const central = centralEntry(zip, 'word/document.xml');
  const local = view.getUint32(central + 42, true);
  for (const at of [central + 10, local + 8]) view.setUint16(at, 8, true);
  view.setUint32(central + 24, declared, true);
  view.setUint32(local + 22, declared, true);
  return zip;
}

async function read(bytes: Uint8Array, name = 'x.docx') {
  const file = join(tempDir('dvk-bomb-'), name);
  writeFileSync(file, bytes);
  return readDocument(file, 'vi');
}

describe('zip bombs (.docx)', () => {
  it('a small package is read as before', async () => {
    const r = await read(smallDocx());
    expect('ok' in r).toBe(true);
  });

  it('a part declaring 300 MB is refused from the directory, before inflating', async () => {
    const zip = smallDocx();
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(centralEntry(zip, 'word/document.xml') + 24, 300 * 1024 * 1024, true);
    const r = await read(zip);
    expect('fatal' in r && r.fatal.ruleId).toBe('input/too-large');
    if ('fatal' in r) {
      expect(r.fatal.message).toContain('word/document.xml: 300.0 MB');
      expect(r.fatal.message).toContain('bom nén');
    }
  });

  it('an honest bomb (8 MB of spaces in 8 KB) is refused for its compression ratio', async () => {
    const data = deflatedZeros(8);
    expect(data.length).toBeLessThan(64 * 1024);
    const r = await read(zipWithRawPart(data, 8 * 1024 * 1024));
    expect('fatal' in r && r.fatal.ruleId).toBe('input/too-large');
    if ('fatal' in r) expect(r.fatal.message).toMatch(/tỉ lệ bất thường \(\d+:1, giới hạn 500:1\)/);
  });

  it('a directory that lies (declares 2 KB, holds 100 MB) is stopped while inflating, as a damaged file', async () => {
    const data = deflatedZeros(100);
    const before = process.memoryUsage().rss;
    const r = await read(zipWithRawPart(data, 2048));
    expect('fatal' in r && r.fatal.ruleId).toBe('input/corrupt-docx');
    if ('fatal' in r) expect(r.fatal.message).toContain('word/document.xml không có đúng kích thước khai báo');
    // Inflating stopped at the declared size: nothing near 100 MB was held.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a part one byte over the limit is refused; the whole package is capped too', async () => {
    const zip = smallDocx();
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(centralEntry(zip, 'word/document.xml') + 24, MAX_DOCX_PART_BYTES + 1, true);
    expect((await read(zip))).toMatchObject({ fatal: { ruleId: 'input/too-large' } });
    const many = zipSync(Object.fromEntries([['word/document.xml', strToU8(documentXml(para('a')))], ...Array.from({ length: 3 }, (_, i) => [`word/media/p${i}.bin`, new Uint8Array(10)] as const)]));
    const v = new DataView(many.buffer, many.byteOffset, many.byteLength);
    for (let i = 0; i < 3; i++) v.setUint32(centralEntry(many, `word/media/p${i}.bin`) + 24, MAX_DOCX_PART_BYTES - 1, true);
    const r = await read(many);
    expect('fatal' in r && r.fatal.ruleId).toBe('input/too-large');
  });

  it('a truncated package is a damaged file with a Vietnamese reason', async () => {
    const zip = smallDocx();
    const r = await read(zip.subarray(0, zip.length - 30));
    expect('fatal' in r && r.fatal.ruleId).toBe('input/corrupt-docx');
    if ('fatal' in r) expect(r.fatal.message).toContain('không có mục lục ZIP');
  });

  it('dvk lint and dvk import exit 2 with the message, no crash', () => {
    const dir = tempDir('dvk-bomb-cli-');
    const file = join(dir, 'bom.docx');
    writeFileSync(file, zipWithRawPart(deflatedZeros(300), 300 * 1024 * 1024));
    for (const args of [['lint', file], ['import', file, '-o', join(dir, 'out.yaml')]]) {
      const r = runDvk(args);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toMatch(/bom nén/);
      expect(r.stdout + r.stderr).not.toMatch(/lỗi nội bộ|\n\s+at /);
    }
  });
});

// The fuzzer's cases and verdicts (issue 14, "prove the class is closed"), shared by
// `npm run fuzz` (scripts/fuzz.ts: 50,000+ cases in a watched child process) and the small
// fixed-seed set in `npm test` (test/fuzz/fuzz.test.ts). A case is one dvk command, run in
// process through main(), on one mutated input: a plan, a .txt or a .docx package. A crash is an
// exit code outside 0/1/2, a stack trace, or dvk's "internal error" message; a hang is a case
// over its CPU-time budget (or one that never returns: scripts/fuzz.ts kills it).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Main = (argv: string[]) => Promise<number>;

export interface Corpus {
  plans: string[];
  texts: string[];
  docx: Uint8Array[];
}

export interface FuzzCase {
  index: number;
  kind: 'plan' | 'txt' | 'docx';
  /** How the input was made, for the failure log. */
  how: string[];
  input: Uint8Array;
  file: string;
  args: string[];
}

export interface CaseResult {
  code: number;
  /** Wall time of the case. */
  ms: number;
  /** CPU time of the case (user + system): what the time budget is checked against, so that a machine busy with other work does not make cases look slow. */
  cpuMs: number;
  output: string;
  verdict: 'ok' | 'crash';
  why?: string;
}

// ------------------------------------------------------------------ random

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type R = () => number;
const int = (r: R, n: number): number => Math.floor(r() * n);
const pick = <T>(r: R, xs: readonly T[]): T => xs[int(r, xs.length)]!;
const chance = (r: R, p: number): boolean => r() < p;

const POOLS: readonly string[] = [
  ':-[]{}#&*!|>\'"%@`,?\n\t ',
  '\u0000\u0001\u0007\u0008\u000b\u000c\u000d\u001b\u007f\u0085\u009b',
  '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\ufeff',
  '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b',
  'ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ',
  '“”‘’…–—•→№°©®™€',
  '😀𝕏𠀀\ud800\udc00\udfff\ud83d',
  '0123456789/.-',
  'KH-SKHCN TM. KT. T/M K/T Số: ngày tháng năm Nơi nhận: - Lưu: VT.',
];

function randomText(r: R, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const pool = pick(r, POOLS);
    s += pool[int(r, pool.length)];
  }
  return s;
}

// ------------------------------------------------------------------ text mutations

const LARGE = [
  (r: R) => `${'['.repeat(1 + int(r, 4000))}${']'.repeat(int(r, 4000))}`,
  (r: R) => `${'{a: '.repeat(1 + int(r, 2000))}b${'}'.repeat(int(r, 2000))}`,
  (r: R) => 'Tăng cường tuyên truyền, '.repeat(1 + int(r, 1500)),
  (r: R) => `\n${Array.from({ length: 1 + int(r, 6000) }, (_, i) => `  - Mục ${i};`).join('\n')}\n`,
  (r: R) => `[${Array.from({ length: 1 + int(r, 30000) }, () => 'a').join(',')}]`,
  (r: R) => `&a [*a, ${'*a, '.repeat(int(r, 100))}]`,
  () => 'a: &x [1,2]\nb: [*x,*x,*x,*x]\nc: [*b,*b,*b]\n',
  () => '__proto__: {polluted: 1}\nconstructor: {prototype: {x: 1}}\n',
  () => '!!binary "AAAA"',
  () => '<<: *nope',
  () => '"\\e\\a\\u202e\\x1b\\u0000"',
  (r: R) => `${' '.repeat(int(r, 300))}x:`,
  (r: R) => Array.from({ length: 1 + int(r, 400) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
];

function mutateText(r: R, text: string, how: string[]): string {
  let t = text;
  const steps = 1 + int(r, 4);
  for (let s = 0; s < steps; s++) {
    const at = int(r, t.length + 1);
    const op = int(r, 12);
    switch (op) {
      case 0:
      case 1: {
        t = t.slice(0, at) + randomText(r, 1 + int(r, 20)) + t.slice(at);
        how.push(`insert@${at}`);
        break;
      }
      case 2: {
        const len = int(r, 200);
        t = t.slice(0, at) + t.slice(at + len);
        how.push(`delete@${at}+${len}`);
        break;
      }
      case 3: {
        const len = int(r, 300);
        t = t.slice(0, at) + t.slice(at, at + len).repeat(1 + int(r, 5)) + t.slice(at);
        how.push(`duplicate@${at}+${len}`);
        break;
      }
      case 4: {
        t = t.slice(0, at);
        how.push(`truncate@${at}`);
        break;
      }
      case 5: {
        const lines = t.split('\n');
        const i = int(r, lines.length);
        const j = int(r, lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        t = lines.join('\n');
        how.push(`swap-lines ${i} ${j}`);
        break;
      }
      case 6: {
        const lines = t.split('\n');
        const i = int(r, lines.length);
        lines[i] = chance(r, 0.5) ? ` ${lines[i]}` : `\t${lines[i]!.trimStart()}`;
        t = lines.join('\n');
        how.push(`indent line ${i}`);
        break;
      }
      case 7: {
        const big = int(r, LARGE.length);
        t = t.slice(0, at) + LARGE[big]!(r) + t.slice(at);
        how.push(`large#${big}@${at}`);
        break;
      }
      case 8: {
        // Replace a value after ": " on a random line.
        const lines = t.split('\n');
        const i = int(r, lines.length);
        lines[i] = lines[i]!.replace(/: .*$/, `: ${chance(r, 0.5) ? randomText(r, 1 + int(r, 40)) : pick(r, ['', '~', 'null', '[]', '{}', '-1', '1e999', '2026-13-45', '0x1F', 'true', '"', "'"])}`);
        t = lines.join('\n');
        how.push(`value line ${i}`);
        break;
      }
      case 9: {
        t = t.replace(/\n/g, pick(r, ['\r\n', '\r', '\n\n']));
        how.push('line endings');
        break;
      }
      case 10: {
        const lines = t.split('\n');
        const i = int(r, lines.length);
        lines.splice(i, 1);
        t = lines.join('\n');
        how.push(`drop line ${i}`);
        break;
      }
      default: {
        t = t.normalize(pick(r, ['NFD', 'NFC', 'NFKD'] as const));
        how.push('normalize');
      }
    }
  }
  return t;
}

function encodeText(r: R, text: string, how: string[]): Uint8Array {
  const k = int(r, 20);
  if (k === 0) {
    how.push('utf-16le bom');
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  }
  if (k === 1) {
    how.push('utf-16le no bom');
    return Buffer.from(text, 'utf16le');
  }
  if (k === 2) {
    how.push('utf-8 bom');
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  }
  const bytes = Buffer.from(text, 'utf8');
  if (k === 3 && bytes.length) {
    const flips = 1 + int(r, 10);
    for (let i = 0; i < flips; i++) bytes[int(r, bytes.length)] = int(r, 256);
    how.push(`flip ${flips} bytes`);
  }
  return bytes;
}

// ------------------------------------------------------------------ .docx mutations

function deflatedSpaces(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (c) => chunks.push(c));
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) d.push(block, i === megabytes - 1);
  return Buffer.concat(chunks);
}

let bombCache: Uint8Array | undefined;

/** A ZIP whose word/document.xml holds `data` (raw deflate) and declares `declared` bytes. */
function rawPartZip(data: Uint8Array, declared: number): Uint8Array {
  const zip = zipSync({ 'word/document.xml': [data, { level: 0 }] });
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (v.getUint32(at, true) !== 0x02014b50) continue;
    const local = v.getUint32(at + 42, true);
    v.setUint16(at + 10, 8, true);
    v.setUint16(local + 8, 8, true);
    v.setUint32(at + 24, declared, true);
    v.setUint32(local + 22, declared, true);
  }
  return zip;
}

function mutateDocx(r: R, docx: Uint8Array, how: string[]): Uint8Array {
  // The heavy mutations (bombs, deep nesting, many paragraphs) are a few in each hundred.
  const op = chance(r, 0.3) ? int(r, 10) : 10 + int(r, 4);
  if (op === 0) {
    const at = int(r, docx.length);
    how.push(`truncate zip@${at}`);
    return docx.subarray(0, at);
  }
  if (op === 1) {
    const out = Uint8Array.from(docx);
    const flips = 1 + int(r, 20);
    for (let i = 0; i < flips; i++) out[int(r, out.length)] = int(r, 256);
    how.push(`flip ${flips} zip bytes`);
    return out;
  }
  if (op === 2) {
    // A central directory that claims sizes it does not have.
    const out = Uint8Array.from(docx);
    const v = new DataView(out.buffer);
    for (let at = 0; at + 46 < out.length; at++) {
      if (v.getUint32(at, true) === 0x02014b50 && chance(r, 0.5)) v.setUint32(at + 24, pick(r, [0, 1, 0xffffffff, 300 * 1024 * 1024, int(r, 1 << 30)]), true);
    }
    how.push('lying sizes');
    return out;
  }
  if (op === 3) {
    bombCache ??= deflatedSpaces(40);
    const declared = pick(r, [2048, 40 * 1024 * 1024, 9 * 1024 * 1024]);
    how.push(`bomb declared ${declared}`);
    return rawPartZip(bombCache, declared);
  }
  if (op === 4) {
    how.push(pick(r, ['ole', 'text', 'empty']));
    const k = how.at(-1);
    if (k === 'ole') return Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from(randomText(r, 100))]);
    if (k === 'text') return Buffer.from(`PK${randomText(r, 200)}`);
    return new Uint8Array(0);
  }
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(docx);
  } catch {
    how.push('unzip failed: used as is');
    return docx;
  }
  const names = Object.keys(parts).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const name = chance(r, 0.7) && parts['word/document.xml'] ? 'word/document.xml' : pick(r, names);
  const xml = strFromU8(parts[name]!);
  let next: string;
  if (op === 5) {
    next = xml.replace(/<w:body>/, `<w:body>${'<w:p><w:r>'.repeat(1 + int(r, 5000))}`);
    how.push(`${name}: deep nesting`);
  } else if (op === 6) {
    next = xml.replace(/<w:t( [^>]*)?>/, `<w:t xml:space="preserve">${'Tăng cường tuyên truyền. '.repeat(1 + int(r, 3000))}`);
    how.push(`${name}: long paragraph`);
  } else if (op === 7) {
    next = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/passwd">]>${xml.replace(/^<\?xml[^>]*\?>/, '').replace(/<w:t>/, '<w:t>&c;&x;')}`;
    how.push(`${name}: entities`);
  } else if (op === 8) {
    next = xml.replace(/<w:body>/, `<w:body>${'<w:p><w:r><w:t>Đoạn văn</w:t></w:r></w:p>'.repeat(1 + int(r, 25000))}`);
    how.push(`${name}: many paragraphs`);
  } else if (op === 9) {
    delete parts[name];
    how.push(`drop ${name}`);
    return zipSync(parts);
  } else {
    next = mutateText(r, xml, how);
    how.push(`${name}: text mutation`);
  }
  parts[name] = strToU8(next);
  return zipSync(parts, { level: chance(r, 0.5) ? 6 : 1 });
}

// ------------------------------------------------------------------ cases

export function makeCase(seed: number, index: number, corpus: Corpus): FuzzCase {
  const r = rng((seed * 1_000_003 + index) >>> 0);
  const how: string[] = [];
  const lang = chance(r, 0.2) ? ['--lang', 'en'] : [];
  const k = r();
  // Plans most (every command reads them), then .txt, then .docx (the slowest to read).
  if (k < 0.6) {
    const text = mutateText(r, pick(r, corpus.plans), how);
    const input = encodeText(r, text, how);
    const file = 'ke-hoach.yaml';
    const args = pick(r, [
      ['validate', file],
      ['lint', file],
      ['lint', file, '--format', 'json'],
      ['lint', file, '--format', 'github'],
      ['lint', file, '--format', 'sarif'],
      ['lint', '--fix', file],
      ['lint', '--fix-dry-run', file],
      ['render', file, '-o', 'out.docx'],
      ['render', file, '--format', 'md', '-o', 'out.md'],
    ]);
    return { index, kind: 'plan', how, input, file, args: [...args, ...lang] };
  }
  if (k < 0.85) {
    const text = mutateText(r, pick(r, corpus.texts), how);
    const file = 'van-ban.txt';
    return { index, kind: 'txt', how, input: encodeText(r, text, how), file, args: [...pick(r, [['lint', file], ['import', file, '-o', 'out.yaml'], ['lint', file, '--format', 'json']]), ...lang] };
  }
  const file = 'van-ban.docx';
  return { index, kind: 'docx', how, input: mutateDocx(r, pick(r, corpus.docx), how), file, args: [...pick(r, [['lint', file], ['import', file, '-o', 'out.yaml'], ['lint', file, '--format', 'json']]), ...lang] };
}

const STACK = /\n\s+at (?:async )?[^\n]*(?:\.[cm]?[jt]s|<anonymous>|node:[a-z_/]+):\d+/;
const INTERNAL = /lỗi nội bộ|internal error|hit an internal error/i;

export function verdictOf(code: number, output: string): Pick<CaseResult, 'verdict' | 'why'> {
  if (![0, 1, 2].includes(code)) return { verdict: 'crash', why: `exit ${code}` };
  if (INTERNAL.test(output)) return { verdict: 'crash', why: 'internal error message' };
  if (STACK.test(output)) return { verdict: 'crash', why: 'stack trace' };
  return { verdict: 'ok' };
}

/**
 * Runs one case in `dir` (emptied first) through main(), catching what it writes to stdout and
 * stderr. main() never throws for bad input; if it does, that is a crash too.
 */
export async function runCase(main: Main, c: FuzzCase, dir: string): Promise<CaseResult> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, c.file), c.input);
  const chunks: string[] = [];
  const capture = (chunk: unknown): boolean => {
    if (chunks.length < 2000) chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  const out = process.stdout.write;
  const err = process.stderr.write;
  // Paths are absolute (no chdir: vitest's worker threads cannot change directory).
  const args = c.args.map((a) => (a === c.file || /^out\.\w+$/.test(a) ? join(dir, a) : a));
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  const start = performance.now();
  const cpu = process.cpuUsage();
  let code: number;
  try {
    code = await main(['node', 'dvk', ...args]);
  } catch (error) {
    code = -1;
    chunks.push(`thrown: ${(error as Error)?.stack ?? String(error)}`);
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const output = chunks.join('');
  return { code, ms, cpuMs: (used.user + used.system) / 1000, output, ...verdictOf(code, output) };
}

/** The starting inputs: the examples and seed plans, the seed .txt files, the .docx fixtures (and .docx rendered from two examples). */
export async function loadCorpus(root: string, main: Main, scratch: string): Promise<Corpus> {
  const read = (dir: string, ext: string) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => join(root, dir, f)) : [];
  const plans = [...read('examples', '.yaml'), ...read('test/fixtures/seeds', '.yaml')].map((f) => readFileSync(f, 'utf8'));
  const texts = read('test/fixtures/txt', '.txt').map((f) => readFileSync(f, 'utf8'));
  const docx = read('test/fixtures/docx', '.docx').map((f) => new Uint8Array(readFileSync(f)));
  for (const example of read('examples', '.yaml').slice(0, 2)) {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    const out = join(scratch, 'x.docx');
    const write = process.stderr.write;
    const writeOut = process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      if ((await main(['node', 'dvk', 'render', example, '-o', out])) <= 1) docx.push(new Uint8Array(readFileSync(out)));
    } finally {
      process.stderr.write = write;
      process.stdout.write = writeOut;
    }
  }
  return { plans, texts, docx };
}

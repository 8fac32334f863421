// `dvk lint --cache`: a content-based cache, like ESLint's. A file is linted again only when its
// key changes; the key covers the file's bytes (SHA-256), its name as reported, the bytes and
// path of the dvk.config.yaml that applies (so its rule settings, options and the HD 05 switch
// date `ngay_chuyen_hd05`), `--profile` and `--lang`; the whole cache is dropped when dvk changes
// (its version and the build of this code). What is kept per file is what the run would otherwise
// recompute: its findings before post-processing, its suppression comments and its RunPlan, so a
// warm run still runs the run-level rules over every file and still reports a number used twice
// when only one of the two files changed. The run-level findings themselves are kept too, under
// the keys of every file of the run in order: a run of exactly the same files (nothing changed)
// reuses them without reading a RunPlan.
//
// How a file's bytes are known (`--cache-strategy`): `metadata` (the default) trusts the hash
// stored for a file whose size, mtime, ctime and inode are what they were when it was hashed,
// and reads and hashes only the others; `content` reads and hashes every file. A touched file
// (new mtime, same bytes) is a hit in both: the key covers the bytes, not the time. ctime cannot
// be set back by a program (`touch -d`, `cp -p`, an editor that restores the mtime all make it
// "now"), so an edit that keeps the size and restores the mtime is still seen, which ESLint's
// metadata strategy (size and mtime) misses; what it cannot see is a file system without ctime
// or a clock set back. docs/performance.md says why metadata is the default.
//
// The file: a header line (format, version, the dvk fingerprint), one line per plan
// (`key \t path \t stat \t hash \t flags \t state \t RunPlan`), at most one line of run-level
// findings (`run \t key \t findings`), and a trailer with a SHA-256 of everything before it. A
// file that is not a dvk cache is ignored with a note and never written over (it may be the
// user's); a damaged dvk cache (the checksum does not match) is ignored with a note and replaced.
// Nothing in a cache is trusted before the checksum holds. It is written as a stream, line by
// line (10,000 plans are 20+ MB of JSON: never one string in memory), atomically
// (src/shared/write-output.ts: a temp file renamed over the old cache, so a killed run leaves the
// old cache or none).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/index.js';
import { decodePlanBytes, MAX_PLAN_BYTES } from '../plan/read.js';
import type { Finding } from '../report/finding.js';
import { STDIN_NAME } from '../shared/read-input.js';
import { VERSION } from '../shared/version.js';
import { writeOutputFile } from '../shared/write-output.js';
import type { RunPlan } from './cross/run-plan.js';
import { looksLikePlanBytes } from './files.js';
import type { FileState, LintCacheAccess } from './run.js';

export const DEFAULT_CACHE_FILE = '.dvkcache';
const FORMAT = 'dvk-lint-cache';
const FORMAT_VERSION = 2;
/** A cache larger than this is not read (a plan's entry is a few kilobytes). */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;
/** The cache is written in pieces of about this many characters. */
const WRITE_CHUNK = 256 * 1024;

export const CACHE_STRATEGIES = ['metadata', 'content'] as const;
export type CacheStrategy = (typeof CACHE_STRATEGIES)[number];

export const cacheText = {
  foreign: {
    vi: 'Tệp “{{file}}” không phải bộ nhớ đệm của dvk: không dùng và không ghi đè; chọn chỗ khác bằng --cache-location.',
    en: '“{{file}}” is not a dvk cache: it is not used and not written over; choose another place with --cache-location.',
  },
  damaged: {
    vi: 'Bộ nhớ đệm “{{file}}” bị hỏng: bỏ qua, kiểm tra lại mọi tệp và ghi bộ nhớ đệm mới.',
    en: 'The cache “{{file}}” is damaged: ignored; every file is linted again and a new cache is written.',
  },
  unreadable: {
    vi: 'Không đọc được bộ nhớ đệm “{{file}}” ({{reason}}): kiểm tra lại mọi tệp.',
    en: 'Cannot read the cache “{{file}}” ({{reason}}): every file is linted again.',
  },
};

export interface CacheNote {
  message: { vi: string; en: string };
  data: Record<string, string>;
}

/** The build of dvk: its version and this module's file (rewritten by every build), so a rebuilt dvk never reads an older build's findings. */
function fingerprint(): string {
  let build = '';
  try {
    const info = statSync(fileURLToPath(import.meta.url));
    build = `${info.size}-${Math.round(info.mtimeMs)}`;
  } catch {
    // Not a file (bundled some other way): the version alone.
  }
  return `${VERSION}|${build}`;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** What the metadata strategy compares: a file rewritten, even with the same size and its mtime set back, has another ctime. */
const statOf = (info: Stats): string => `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;

interface Header {
  format: string;
  version: number;
  dvk: string;
}

/** A stored plan's line, cut at its tabs. */
interface Entry {
  key: string;
  stat: string;
  hash: string;
  /** Its first bytes look like a plan (a folder search lints it). */
  plan: boolean;
  state: string;
  runPlan: string;
}

/** JSON.parse that answers undefined instead of throwing: a cache's lines are never trusted to parse. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function objectOrUndefined(value: unknown): object | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

function entryOf(line: string): Entry | undefined {
  const cuts: number[] = [];
  for (let at = line.indexOf('\t'); at !== -1 && cuts.length < 6; at = line.indexOf('\t', at + 1)) cuts.push(at);
  if (cuts.length !== 6) return undefined;
  const [a, b, c, d, e, f] = cuts as [number, number, number, number, number, number];
  return { key: line.slice(0, a), stat: line.slice(b + 1, c), hash: line.slice(c + 1, d), plan: line.slice(d + 1, e) === 'p', state: line.slice(e + 1, f), runPlan: line.slice(f + 1) };
}

type StoredState = Omit<FileState, 'config' | 'fixed' | 'runPlan'>;

/** What this run knows of a file's bytes: when it was stat'ed, their hash, whether they look like a plan. */
interface Seen {
  stat: string;
  hash: string;
  plan: boolean;
}

/** A file linted in this run: serialised only when the cache is written (its findings as they were before the run-level rules added theirs). */
interface Fresh {
  key: string;
  seen: Seen;
  state: FileState;
  findings: number;
}

export class LintCache implements LintCacheAccess {
  /** Absolute path → its line in the cache file as read. */
  private readonly lines = new Map<string, string>();
  /** Absolute path → what replaces its line: a line, or a file linted in this run. */
  private readonly current = new Map<string, string | Fresh>();
  private readonly configKeys = new Map<string, string>();
  /** What this run read (or trusted) of each file. */
  private readonly seen = new Map<string, Seen>();
  /** The stat of files the folder search asked about (planHint), for lookup to use once. */
  private readonly stats = new Map<string, Stats>();
  /** This run's key of each file it may take from the cache or store. */
  private readonly keys = new Map<string, string>();
  private runLine: string | undefined;
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(
    readonly file: string,
    private readonly settings: { lang: Lang; profile?: string; strategy: CacheStrategy },
    private readonly writable: boolean,
  ) {}

  /** Opens the cache at `location` (a file, or a folder that holds `.dvkcache`); a problem with it is a note, never an error. */
  static open(location: string, settings: { lang: Lang; profile?: string; strategy?: CacheStrategy }): { cache: LintCache; note?: CacheNote } {
    let file = resolve(location);
    let info = statSync(file, { throwIfNoEntry: false });
    if (info?.isDirectory() || /[\\/]$/.test(location)) {
      file = join(file, DEFAULT_CACHE_FILE);
      info = statSync(file, { throwIfNoEntry: false });
    }
    const make = (writable: boolean) => new LintCache(file, { lang: settings.lang, strategy: settings.strategy ?? 'metadata', ...(settings.profile ? { profile: settings.profile } : {}) }, writable);
    if (!info || (info.isFile() && info.size === 0)) return { cache: make(true) };
    const note = (message: CacheNote['message'], extra: Record<string, string> = {}) => ({ message, data: { file: location, ...extra } });
    if (!info.isFile() || info.size > MAX_CACHE_BYTES) return { cache: make(false), note: note(cacheText.foreign) };
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      return { cache: make(false), note: note(cacheText.unreadable, { reason: (error as NodeJS.ErrnoException).code ?? 'EIO' }) };
    }
    const newline = bytes.indexOf(0x0a);
    let header: Header | undefined;
    try {
      const parsed: unknown = JSON.parse(bytes.toString('utf8', 0, newline === -1 ? Math.min(bytes.length, 4096) : newline));
      if (parsed && typeof parsed === 'object' && (parsed as Header).format === FORMAT) header = parsed as Header;
    } catch {
      // Not JSON: not ours.
    }
    if (!header) return { cache: make(false), note: note(cacheText.foreign) };
    const cache = make(true);
    // Another format or another build of dvk: its findings may differ from this one's; start again, quietly.
    if (header.version !== FORMAT_VERSION || header.dvk !== fingerprint()) return { cache };
    // The trailer (the last line) holds the checksum of everything before it.
    const end = bytes[bytes.length - 1] === 0x0a ? bytes.length - 1 : bytes.length;
    const trailerAt = bytes.lastIndexOf(0x0a, end - 1) + 1;
    let checksum: unknown;
    try {
      checksum = (JSON.parse(bytes.toString('utf8', trailerAt, end)) as { checksum?: unknown }).checksum;
    } catch {
      checksum = undefined;
    }
    if (trailerAt <= newline || typeof checksum !== 'string' || sha256(bytes.subarray(0, trailerAt)) !== checksum) return { cache, note: note(cacheText.damaged) };
    for (const line of bytes.toString('utf8', newline + 1, trailerAt).split('\n')) {
      if (!line) continue;
      if (line.startsWith('run\t')) {
        cache.runLine = line;
        continue;
      }
      const first = line.indexOf('\t');
      const second = line.indexOf('\t', first + 1);
      if (first === -1 || second === -1) {
        cache.lines.clear();
        cache.runLine = undefined;
        return { cache, note: note(cacheText.damaged) };
      }
      const path = parseJson(line.slice(first + 1, second));
      if (typeof path !== 'string') {
        cache.lines.clear();
        cache.runLine = undefined;
        return { cache, note: note(cacheText.damaged) };
      }
      cache.lines.set(path, line);
    }
    return { cache };
  }

  private configKey(configFile: string | undefined): string {
    if (!configFile) return 'none';
    let key = this.configKeys.get(configFile);
    if (key === undefined) {
      let bytes: Buffer | string;
      try {
        bytes = readFileSync(configFile);
      } catch {
        bytes = 'unreadable';
      }
      key = sha256(`${configFile}\0${sha256(bytes)}`);
      this.configKeys.set(configFile, key);
    }
    return key;
  }

  private keyOf(file: string, contentHash: string, configFile: string | undefined): string {
    const { lang, profile } = this.settings;
    return sha256(`${contentHash}\0${file}\0${this.configKey(configFile)}\0${lang}\0${profile ?? ''}`);
  }

  /**
   * For the folder search (metadata strategy only): whether a file the cache has seen, unchanged
   * since (same stat), looks like a plan; undefined for any other file, which the search reads.
   */
  readonly planHint = (file: string): boolean | undefined => {
    if (this.settings.strategy !== 'metadata') return undefined;
    const path = resolve(file);
    const line = this.lines.get(path);
    if (!line) return undefined;
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return undefined;
    this.stats.set(path, info);
    const entry = entryOf(line);
    return entry && entry.stat === statOf(info) ? entry.plan : undefined;
  };

  lookup(file: string, configFile: string | undefined, fixing: boolean): FileState | undefined {
    if (file === STDIN_NAME) return undefined;
    const path = resolve(file);
    // Only a regular file of plan size is read here; anything else is left to the linter, which says what is wrong with it.
    let info = this.stats.get(path);
    this.stats.delete(path);
    const line = this.lines.get(path);
    const entry = line === undefined ? undefined : entryOf(line);
    let seen: Seen;
    try {
      info ??= statSync(path, { throwIfNoEntry: false });
      if (!info?.isFile() || info.size > MAX_PLAN_BYTES) return this.miss();
      const stat = statOf(info);
      if (this.settings.strategy === 'metadata' && entry && entry.stat === stat) {
        seen = { stat, hash: entry.hash, plan: entry.plan };
      } else {
        const bytes = readFileSync(path);
        seen = { stat, hash: sha256(bytes), plan: looksLikePlanBytes(bytes) };
      }
    } catch {
      return this.miss();
    }
    this.seen.set(path, seen);
    const key = this.keyOf(file, seen.hash, configFile);
    if (!line || !entry || entry.key !== key) return this.miss();
    // The checksum holds against damage, not against a hand-made file: what does not parse is a miss.
    const state = parseJson(entry.state) as (StoredState & { runPlan?: RunPlan }) | undefined;
    if (!state || typeof state !== 'object' || !Array.isArray(state.findings)) return this.miss();
    // --fix must run the fixer on a file that has something to fix.
    if (fixing && state.findings.some((f) => f.fix)) return this.miss();
    if (state.directives) for (const d of state.directives) d.used = new Set();
    // The RunPlan is parsed only if the run-level rules run (not when their findings are reused).
    if (entry.runPlan) {
      let runPlan: RunPlan | undefined;
      Object.defineProperty(state, 'runPlan', { enumerable: true, configurable: true, get: () => (runPlan ??= objectOrUndefined(parseJson(entry.runPlan)) as RunPlan | undefined) });
    }
    // A file touched but not changed: its new stat is stored, so the next run does not read it again.
    if (entry.stat !== seen.stat) {
      this.current.set(path, lineOf(key, path, seen, entry.state, entry.runPlan));
      this.dirty = true;
    }
    // Only a file taken from the cache or stored has a key in this run (see runKey).
    this.keys.set(path, key);
    this.hits++;
    return state;
  }

  /**
   * The text of a file taken from the cache, for a report that shows code frames (stylish): read
   * only for files that have findings, and only if its bytes are still those the findings are of.
   */
  source(file: string): string | undefined {
    const path = resolve(file);
    const seen = this.seen.get(path);
    if (!seen) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    if (sha256(bytes) !== seen.hash) return undefined;
    const decoded = decodePlanBytes(bytes, file, this.settings.lang);
    return 'fatal' in decoded ? undefined : decoded.text;
  }

  private miss(): undefined {
    this.misses++;
    return undefined;
  }

  store(file: string, configFile: string | undefined, state: FileState): void {
    const path = resolve(file);
    this.dirty = true;
    const seen = this.seen.get(path);
    // Stored only when the bytes linted are the bytes lookup saw (a file saved during the run is linted again next time).
    if (!state.contentHash || !seen || state.contentHash !== seen.hash) {
      this.current.delete(path);
      this.lines.delete(path);
      this.keys.delete(path);
      return;
    }
    const key = this.keyOf(file, state.contentHash, configFile);
    this.keys.set(path, key);
    // The run-level rules add their findings to `state.findings` later: only the first `findings` are the file's own.
    this.current.set(path, { key, seen, state, findings: state.findings.length });
  }

  /**
   * The key of a run: every file's key, in order; undefined when one of them was neither taken
   * from the cache nor stored (standard input, a .docx, a config, a file --fix changed, a file
   * saved during the run): its RunPlan is not one the cache can name.
   */
  private runKey(files: readonly string[]): string | undefined {
    const hash = createHash('sha256');
    for (const file of files) {
      const key = file === STDIN_NAME ? undefined : this.keys.get(resolve(file));
      if (key === undefined) return undefined;
      hash.update(`${key}\n`);
    }
    return hash.digest('hex');
  }

  runFindings(files: readonly string[]): Finding[] | undefined {
    const line = this.runLine;
    if (!line) return undefined;
    const tab = line.indexOf('\t', 4);
    if (tab === -1 || line.slice(4, tab) !== this.runKey(files)) return undefined;
    const findings = parseJson(line.slice(tab + 1));
    return Array.isArray(findings) ? (findings as Finding[]) : undefined;
  }

  storeRunFindings(files: readonly string[], findings: readonly Finding[]): void {
    const key = this.runKey(files);
    if (key === undefined) return;
    this.runLine = `run\t${key}\t${JSON.stringify(findings)}`;
    this.dirty = true;
  }

  /** The lines of the cache file, in pieces of about WRITE_CHUNK characters, the checksum last. */
  private *pieces(): Generator<string> {
    const hash = createHash('sha256');
    let piece = '';
    const add = function* (line: string): Generator<string> {
      piece += `${line}\n`;
      if (piece.length >= WRITE_CHUNK) {
        hash.update(piece);
        yield piece;
        piece = '';
      }
    };
    const header: Header = { format: FORMAT, version: FORMAT_VERSION, dvk: fingerprint() };
    yield* add(JSON.stringify(header));
    const paths = new Set([...this.lines.keys(), ...this.current.keys()]);
    for (const path of paths) {
      const now = this.current.get(path);
      if (now === undefined) {
        // Plans deleted since they were cached are dropped, so the cache does not grow for ever.
        if (this.seen.has(path) || existsSync(path)) yield* add(this.lines.get(path)!);
      } else if (typeof now === 'string') {
        yield* add(now);
      } else {
        yield* add(freshLine(path, now));
      }
    }
    if (this.runLine) yield* add(this.runLine);
    hash.update(piece);
    yield `${piece}${JSON.stringify({ checksum: hash.digest('hex') })}\n`;
  }

  /** Writes the cache (atomically, as a stream) when anything changed; a cache that is not dvk's is never written over. */
  async save(): Promise<void> {
    if (!this.writable || !this.dirty) return;
    await writeOutputFile(this.file, this.pieces(), { makeFolders: true });
  }
}

function lineOf(key: string, path: string, seen: Seen, state: string, runPlan: string): string {
  return `${key}\t${JSON.stringify(path)}\t${seen.stat}\t${seen.hash}\t${seen.plan ? 'p' : '-'}\t${state}\t${runPlan}`;
}

function freshLine(path: string, fresh: Fresh): string {
  const { config: _config, fixed: _fixed, runPlan, report, findings, directives, ...rest } = fresh.state;
  const { source: _source, ...storedReport } = report;
  const stored = {
    ...rest,
    report: storedReport,
    findings: findings.length === fresh.findings ? findings : findings.slice(0, fresh.findings),
    ...(directives ? { directives: directives.map(({ used: _used, ...d }) => d) } : {}),
  };
  return lineOf(fresh.key, path, fresh.seen, JSON.stringify(stored), runPlan ? JSON.stringify(runPlan) : '');
}

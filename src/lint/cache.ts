// `dvk lint --cache`: a content-based cache, like ESLint's. A file is linted again only when its
// key changes; the key covers the file's bytes (SHA-256), its name as reported, the bytes and
// path of the dvk.config.yaml that applies (so its rule settings, options and the HD 05 switch
// date `ngay_chuyen_hd05`), `--profile` and `--lang`; the whole cache is dropped when dvk changes
// (its version and the build of this code). What is kept per file is what the run would otherwise
// recompute: its findings before post-processing, its suppression comments and its RunPlan, so a
// warm run still runs the run-level rules over every file and still reports a number used twice
// when only one of the two files changed.
//
// The file is one header line (format, the dvk fingerprint, a SHA-256 of the rest) and one line
// per plan. A file that is not a dvk cache is ignored with a note and never written over (it may
// be the user's); a damaged dvk cache (the checksum does not match) is ignored with a note and
// replaced. Nothing in a cache is trusted before the checksum holds. Written atomically
// (src/shared/write-output.ts).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/index.js';
import { decodePlanBytes, MAX_PLAN_BYTES } from '../plan/read.js';
import { STDIN_NAME } from '../shared/read-input.js';
import { VERSION } from '../shared/version.js';
import { writeOutputFile } from '../shared/write-output.js';
import type { FileState, LintCacheAccess } from './run.js';

export const DEFAULT_CACHE_FILE = '.dvkcache';
const FORMAT = 'dvk-lint-cache';
const FORMAT_VERSION = 1;
/** A cache larger than this is not read (a plan's entry is a few kilobytes). */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

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

interface Header {
  format: string;
  version: number;
  dvk: string;
  checksum: string;
}

type StoredState = Omit<FileState, 'config' | 'fixed'> & { contentHash: string };

export class LintCache implements LintCacheAccess {
  /** Absolute path → its line in the cache file: `key \t JSON path \t JSON state`. */
  private readonly lines = new Map<string, string>();
  private readonly configKeys = new Map<string, string>();
  /** What lookup read of each file: its bytes' hash, and the bytes themselves for a hit's source. */
  private readonly seen = new Map<string, string>();
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(
    readonly file: string,
    private readonly settings: { lang: Lang; profile?: string },
    private readonly writable: boolean,
    private readonly keepSource: boolean,
  ) {}

  /** Opens the cache at `location` (a file, or a folder that holds `.dvkcache`); a problem with it is a note, never an error. */
  static open(location: string, settings: { lang: Lang; profile?: string; keepSource?: boolean }): { cache: LintCache; note?: CacheNote } {
    let file = resolve(location);
    let info = statSync(file, { throwIfNoEntry: false });
    if (info?.isDirectory() || /[\\/]$/.test(location)) {
      file = join(file, DEFAULT_CACHE_FILE);
      info = statSync(file, { throwIfNoEntry: false });
    }
    const make = (writable: boolean) => new LintCache(file, { lang: settings.lang, ...(settings.profile ? { profile: settings.profile } : {}) }, writable, Boolean(settings.keepSource));
    if (!info || (info.isFile() && info.size === 0)) return { cache: make(true) };
    const note = (message: CacheNote['message'], extra: Record<string, string> = {}) => ({ message, data: { file: location, ...extra } });
    if (!info.isFile() || info.size > MAX_CACHE_BYTES) return { cache: make(false), note: note(cacheText.foreign) };
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return { cache: make(false), note: note(cacheText.unreadable, { reason: (error as NodeJS.ErrnoException).code ?? 'EIO' }) };
    }
    const newline = text.indexOf('\n');
    let header: Header | undefined;
    try {
      const parsed: unknown = JSON.parse(newline === -1 ? text : text.slice(0, newline));
      if (parsed && typeof parsed === 'object' && (parsed as Header).format === FORMAT) header = parsed as Header;
    } catch {
      // Not JSON: not ours.
    }
    if (!header) return { cache: make(false), note: note(cacheText.foreign) };
    const cache = make(true);
    const body = newline === -1 ? '' : text.slice(newline + 1);
    if (header.version !== FORMAT_VERSION || typeof header.checksum !== 'string' || sha256(body) !== header.checksum) return { cache, note: note(cacheText.damaged) };
    // Another build of dvk: its findings may differ from this one's; start again, quietly.
    if (header.dvk !== fingerprint()) return { cache };
    for (const line of body.split('\n')) {
      if (!line) continue;
      const first = line.indexOf('\t');
      const second = line.indexOf('\t', first + 1);
      if (first === -1 || second === -1) {
        cache.lines.clear();
        return { cache, note: note(cacheText.damaged) };
      }
      cache.lines.set(JSON.parse(line.slice(first + 1, second)) as string, line);
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

  lookup(file: string, configFile: string | undefined, fixing: boolean): FileState | undefined {
    if (file === STDIN_NAME) return undefined;
    const path = resolve(file);
    // Only a regular file of plan size is read here; anything else is left to the linter, which says what is wrong with it.
    let bytes: Buffer;
    try {
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info?.isFile() || info.size > MAX_PLAN_BYTES) return this.miss();
      bytes = readFileSync(path);
    } catch {
      return this.miss();
    }
    const contentHash = sha256(bytes);
    this.seen.set(path, contentHash);
    const line = this.lines.get(path);
    if (!line) return this.miss();
    const tab = line.indexOf('\t');
    if (line.slice(0, tab) !== this.keyOf(file, contentHash, configFile)) return this.miss();
    const state = JSON.parse(line.slice(line.indexOf('\t', tab + 1) + 1)) as StoredState;
    // --fix must run the fixer on a file that has something to fix.
    if (fixing && state.findings.some((f) => f.fix)) return this.miss();
    if (state.directives) for (const d of state.directives) d.used = new Set();
    if (this.keepSource) {
      const decoded = decodePlanBytes(bytes, file, this.settings.lang);
      if (!('fatal' in decoded)) state.report.source = decoded.text;
    }
    this.hits++;
    return state;
  }

  private miss(): undefined {
    this.misses++;
    return undefined;
  }

  store(file: string, configFile: string | undefined, state: FileState): void {
    const path = resolve(file);
    this.dirty = true;
    // Stored only when the bytes linted are the bytes lookup saw (a file saved during the run is linted again next time).
    if (!state.contentHash || state.contentHash !== this.seen.get(path)) {
      this.lines.delete(path);
      return;
    }
    const { config: _config, fixed: _fixed, report, ...rest } = state;
    const { source: _source, ...storedReport } = report;
    const stored = { ...rest, report: storedReport, ...(state.directives ? { directives: state.directives.map(({ used: _used, ...d }) => d) } : {}) };
    this.lines.set(path, `${this.keyOf(file, state.contentHash, configFile)}\t${JSON.stringify(path)}\t${JSON.stringify(stored)}`);
  }

  /** Writes the cache (atomically) when anything changed; a cache that is not dvk's is never written over. */
  async save(): Promise<void> {
    if (!this.writable || !this.dirty) return;
    let body = '';
    // Plans deleted since they were cached are dropped, so the cache does not grow for ever.
    for (const [path, line] of this.lines) if (this.seen.has(path) || existsSync(path)) body += `${line}\n`;
    const header: Header = { format: FORMAT, version: FORMAT_VERSION, dvk: fingerprint(), checksum: sha256(body) };
    await writeOutputFile(this.file, `${JSON.stringify(header)}\n${body}`, { makeFolders: true });
  }
}

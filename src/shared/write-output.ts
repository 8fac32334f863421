// Writing a file the user asked for, and deciding whether dvk may write it at all. Every file dvk
// writes (render, import, new, init, lint -o, lint --fix) goes through here.
//
// May it be written? (`outputRefusal`) An output never is one of the run's inputs or a config file
// (compared as files: after symlinks, and hard links by device and inode), not even with --force.
// A file that exists is replaced without --force only when dvk wrote it and nobody changed it since:
// how dvk knows is `ownershipOf`, the one place that recognises dvk's own outputs.
//
// How? (`writeOutputFile`) A regular file (or a new one) is written atomically: a temporary file
// beside it, fsync'ed, then renamed over it (or linked, when an existing name must not be taken),
// so a crash never leaves half a file; the temporary file is removed on every failure. A symlink
// is followed: the file it points to is replaced and the link stays. A device, pipe or socket
// (`-o /dev/null`, `-o /dev/stdout`, a FIFO a script reads) is written in place instead: renaming
// over it would replace the device itself with a plain file — run as root, `dvk lint -o /dev/null`
// used to turn the machine's /dev/null into an ordinary file. A failure is a WriteFailure whose
// message names the path and what to do (a read-only folder, a missing folder, a full disk),
// never the system's raw text nor the temporary file's name.
import { randomBytes } from 'node:crypto';
import { chown, link, mkdir, open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { format, type Localized } from '../i18n/index.js';
import { readCapped, sha256, type FileStamp } from './read-input.js';
import { UserError } from './user-error.js';

const CONFIG_NAMES = ['dvk.config.yaml', 'dvk.config.yml'];

const text = {
  isInput: {
    vi: 'Không ghi vào “{{file}}”: đó chính là tệp đầu vào “{{input}}” (cùng một tệp, kể cả qua liên kết). dvk không bao giờ ghi đè tệp đầu vào, kể cả với --force; hãy chọn tên khác cho kết quả (-o).',
    en: 'Not writing “{{file}}”: it is the input “{{input}}” itself (the same file, possibly through a link). dvk never writes over an input, not even with --force; choose another output name (-o).',
  },
  isConfig: {
    vi: 'Không ghi vào “{{file}}”: đó là tệp cấu hình của cơ quan. dvk không ghi kết quả đè lên cấu hình, kể cả với --force; hãy chọn tên khác (-o).',
    en: 'Not writing “{{file}}”: it is the office configuration. dvk never writes output over a config, not even with --force; choose another name (-o).',
  },
  notOurs: {
    vi: 'Không ghi đè “{{file}}”: tệp đã có và không phải kết quả dvk ghi ra (hoặc đã được sửa sau đó). Chọn tên khác (-o), hoặc thêm --force nếu thật sự muốn ghi đè.',
    en: 'Not replacing “{{file}}”: it exists and is not an output dvk wrote (or it was edited since). Choose another name (-o), or add --force if you really mean to replace it.',
  },
  exists: {
    vi: 'Không ghi đè “{{file}}”: tệp đã có. Chọn tên khác, hoặc thêm --force để ghi đè.',
    en: 'Not replacing “{{file}}”: it already exists. Choose another name, or add --force to replace it.',
  },
  isFolder: {
    vi: 'Không ghi được “{{file}}”: đó là một thư mục. Hãy ghi cả tên tệp kết quả (ví dụ “{{file}}/ket-qua.txt”).',
    en: 'Cannot write “{{file}}”: it is a folder. Give the output file name too (for example “{{file}}/results.txt”).',
  },
  noFolder: {
    vi: 'Không ghi được “{{file}}”: thư mục “{{folder}}” chưa có. Tạo thư mục đó trước (mkdir -p “{{folder}}”) hoặc chọn đường dẫn khác.',
    en: 'Cannot write “{{file}}”: folder “{{folder}}” does not exist. Create it first (mkdir -p “{{folder}}”) or choose another path.',
  },
  parentIsFile: {
    vi: 'Không ghi được “{{file}}”: “{{parent}}” là một tệp, không phải thư mục. Kiểm tra lại đường dẫn.',
    en: 'Cannot write “{{file}}”: “{{parent}}” is a file, not a folder. Check the path.',
  },
  noPermission: {
    vi: 'Không ghi được “{{file}}”: không có quyền ghi vào thư mục “{{folder}}” (hoặc tệp chỉ cho đọc). Chọn thư mục khác (-o) hoặc xin quyền ghi, rồi chạy lại.',
    en: 'Cannot write “{{file}}”: no permission to write in folder “{{folder}}” (or the file is read-only). Choose another folder (-o) or get write access, then run again.',
  },
  readOnlyDisk: {
    vi: 'Không ghi được “{{file}}”: ổ đĩa chứa “{{folder}}” chỉ cho đọc. Chọn thư mục khác (-o).',
    en: 'Cannot write “{{file}}”: the disk holding “{{folder}}” is read-only. Choose another folder (-o).',
  },
  diskFull: {
    vi: 'Không ghi được “{{file}}”: ổ đĩa đã đầy (hoặc hết hạn mức dung lượng). Tệp cũ, nếu có, vẫn nguyên vẹn. Giải phóng chỗ trống hoặc ghi vào nơi khác (-o), rồi chạy lại.',
    en: 'Cannot write “{{file}}”: the disk is full (or the quota is used up). The old file, if any, is untouched. Free some space or write elsewhere (-o), then run again.',
  },
  tooBig: {
    vi: 'Không ghi được “{{file}}”: tệp vượt giới hạn kích thước tệp của hệ thống (ulimit -f). Tệp cũ, nếu có, vẫn nguyên vẹn. Nâng giới hạn hoặc ghi vào nơi khác, rồi chạy lại.',
    en: 'Cannot write “{{file}}”: the file exceeds the system file-size limit (ulimit -f). The old file, if any, is untouched. Raise the limit or write elsewhere, then run again.',
  },
  nameTooLong: {
    vi: 'Không ghi được “{{file}}”: tên tệp hoặc đường dẫn quá dài. Chọn tên ngắn hơn.',
    en: 'Cannot write “{{file}}”: the file name or path is too long. Choose a shorter one.',
  },
  linkLoop: {
    vi: 'Không ghi được “{{file}}”: đường dẫn có liên kết (symlink) vòng quanh. Kiểm tra lại các liên kết.',
    en: 'Cannot write “{{file}}”: the path has a symlink loop. Check the links.',
  },
  other: {
    vi: 'Không ghi được “{{file}}” (hệ thống báo mã {{code}}). Tệp cũ, nếu có, vẫn nguyên vẹn. Kiểm tra đường dẫn, quyền ghi và ổ đĩa, rồi chạy lại.',
    en: 'Cannot write “{{file}}” (the system reported {{code}}). The old file, if any, is untouched. Check the path, write access and the disk, then run again.',
  },
  changed: {
    vi: 'Không ghi “{{file}}”: tệp đã thay đổi trong lúc dvk đang sửa (có người vừa lưu tệp). dvk không ghi gì để khỏi mất phần vừa sửa; chạy lại dvk lint --fix.',
    en: 'Not writing “{{file}}”: it changed while dvk was fixing it (someone saved it meanwhile). dvk wrote nothing so that edit is not lost; run dvk lint --fix again.',
  },
} satisfies Record<string, Localized>;

const filled = (message: Localized, data: Record<string, string>): Localized => ({ vi: format(message.vi, data), en: format(message.en, data) });

/** Why a file was not written: its message names the path and what to do. Reported with exit code 2. */
export class WriteFailure extends UserError {
  constructor(readonly file: string, readonly kind: string, text: Localized) {
    super(text);
    this.name = 'WriteFailure';
  }
}

// ─── May it be written? ───────────────────────────────────────────────────────────────────────

/** Whether `file` exists and is something other than a regular file (a device, FIFO or socket). */
export async function isSpecialFile(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && !info.isFile() && !info.isDirectory();
}

export type Ownership = 'absent' | 'ours' | 'foreign';

/** The most of an existing file read to recognise it: bigger files are not dvk's outputs worth refreshing. */
const RECOGNISE_LIMIT = 64 * 1024 * 1024;

/**
 * Whether an existing file is one dvk wrote and nobody changed since. Rendered files carry the
 * hash of their content (a .docx in its core properties, Markdown in a last-line comment), so
 * an edit makes them foreign; a lint report (`lint -o`) is recognised by the shape each format
 * has; an empty file holds nothing to lose.
 */
export async function ownershipOf(file: string): Promise<Ownership> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return 'absent';
  if (!info.isFile()) return 'foreign';
  if (info.size === 0) return 'ours';
  const read = await readCapped(file, RECOGNISE_LIMIT);
  if ('problem' in read) return 'foreign';
  const bytes = read.bytes;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { isUntouchedDocx } = await import('../render/docx/package.js');
    return isUntouchedDocx(bytes) ? 'ours' : 'foreign';
  }
  const content = bytes.toString('utf8');
  const { isUntouchedMarkdown } = await import('../render/output.js');
  return isUntouchedMarkdown(content) || isLintReport(content) ? 'ours' : 'foreign';
}

/** A report `dvk lint -o` writes, in any of its formats (src/format). */
export function isLintReport(content: string): boolean {
  const trimmed = content.trim();
  if (trimmed.startsWith('{')) {
    try {
      const data = JSON.parse(trimmed) as { version?: unknown; files?: unknown; runs?: { tool?: { driver?: { name?: unknown } } }[] };
      if (typeof data.version === 'number' && Array.isArray(data.files)) return true; // --format json
      return data.runs?.[0]?.tool?.driver?.name === 'dvk'; // --format sarif
    } catch {
      return false;
    }
  }
  if (trimmed.startsWith('[')) {
    try {
      const data = JSON.parse(trimmed) as { type?: unknown; check_name?: unknown; fingerprint?: unknown }[];
      return Array.isArray(data) && data.every((i) => i?.type === 'issue' && typeof i.check_name === 'string' && typeof i.fingerprint === 'string'); // --format codeclimate
    } catch {
      return false;
    }
  }
  if (trimmed.startsWith('<?xml')) return /^<\?xml[^>]*>\s*<testsuites name="dvk lint"/.test(trimmed); // --format junit
  const lines = trimmed.split('\n');
  if (lines.every((l) => /^::(error|warning|notice) /.test(l))) return true; // --format github
  // --format stylish: its closing summary ("✓ 3 tệp, không có vấn đề nào." / "✖ 2 vấn đề (…) trong 1 tệp.").
  const tail = lines.slice(-3).join('\n');
  return /^(✓ \d+ (tệp|file\(s\)), |✖ \d+ (vấn đề|problem\(s\)) \()/m.test(tail);
}

/** Device and inode of a file (after symlinks), or undefined when it does not exist. */
async function identity(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info ? `${info.dev}:${info.ino}` : undefined;
}

export interface OutputCheck {
  /** The files this run reads (plans, documents, the configs found for them). */
  inputs: readonly string[];
  /** --force: replace an existing file that is not dvk's (never an input or a config). */
  force?: boolean;
  /** Whether an unchanged output dvk wrote earlier may be replaced without --force (render, lint -o); otherwise any existing file needs --force. */
  replaceOwn?: boolean;
  /** `dvk init`: the config is the output. */
  configIsOutput?: boolean;
}

/** Why `file` must not be written, or undefined when it may be. Never throws. */
export async function outputRefusal(file: string, check: OutputCheck): Promise<WriteFailure | undefined> {
  const shown = file;
  const info = await stat(file).catch(() => undefined);
  // A device or pipe is written into, not replaced (and is never a plan or a config).
  if (info && !info.isFile() && !info.isDirectory()) return undefined;
  if (!check.configIsOutput) {
    // By its name, or through a link to one.
    const real = info ? await realpath(file).catch(() => file) : file;
    if (CONFIG_NAMES.includes(basename(file)) || CONFIG_NAMES.includes(basename(real))) {
      return new WriteFailure(file, 'is-config', filled(text.isConfig, { file: shown }));
    }
  }
  if (info) {
    if (info.isDirectory()) return new WriteFailure(file, 'is-folder', filled(text.isFolder, { file: shown }));
    const target = `${info.dev}:${info.ino}`;
    for (const input of check.inputs) {
      if ((await identity(input)) === target || resolve(input) === resolve(file)) {
        return new WriteFailure(file, 'is-input', filled(text.isInput, { file: shown, input }));
      }
    }
    if (check.force) return undefined;
    if (!check.replaceOwn) return new WriteFailure(file, 'exists', filled(text.exists, { file: shown }));
    if ((await ownershipOf(file)) !== 'ours') return new WriteFailure(file, 'not-ours', filled(text.notOurs, { file: shown }));
  }
  return undefined;
}

// ─── Writing ──────────────────────────────────────────────────────────────────────────────────

export interface WriteOptions {
  /** The file as it was read: written only if it is still exactly so (`lint --fix`). */
  unchanged?: FileStamp;
  /** Never take an existing name (`dvk new`, `dvk init` without --force): returns 'exists' instead. */
  exclusive?: boolean;
  /** Create the missing folders of the path (`dvk render -o out/`, `dvk new 2026/x.yaml`). */
  makeFolders?: boolean;
}

/**
 * Writes `data` to `file` (see the top of this module); 'exists' only with `exclusive`. `data`
 * may be pieces of text written one after the other (a large file that is never one string:
 * the lint cache).
 */
export async function writeOutputFile(file: string, data: Uint8Array | string | Iterable<string>, options: WriteOptions = {}): Promise<'written' | 'exists'> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data instanceof Uint8Array ? Buffer.from(data) : data;
  const existing = await stat(file).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    if (options.exclusive) return 'exists';
    await writeFile(file, bytes).catch((error: unknown) => failWith(error, file));
    return 'written';
  }
  // `-o out/` names a folder, existing or not: there is no file name to write.
  if (existing?.isDirectory() || /[\\/]$/.test(file)) throw new WriteFailure(file, 'is-folder', filled(text.isFolder, { file: file.replace(/[\\/]+$/, '') }));
  // A symlink is followed: the file it names is replaced, the link itself stays.
  const target = existing ? await realpath(file).catch(() => file) : file;
  const folder = dirname(target);
  if (options.makeFolders) await mkdir(folder, { recursive: true }).catch((error: unknown) => failWith(error, file));
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.dvk-tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    if (bytes instanceof Uint8Array) await handle.writeFile(bytes);
    // Each piece is written from where the last one ended (writeFile on a handle continues at its position).
    else for (const piece of bytes) await handle.writeFile(piece, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Run as root over someone else's file: keep the file theirs.
    if (existing && process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) await chown(temp, existing.uid, existing.gid).catch(() => undefined);
    if (options.unchanged) await assertUnchanged(target, file, options.unchanged);
    if (options.exclusive) {
      try {
        await link(temp, target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return 'exists';
        // No hard links on this file system (some network or FAT drives): check, then rename.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
        if (await stat(target).then(() => true, () => false)) return 'exists';
        await rename(temp, target);
      }
    } else {
      await rename(temp, target);
    }
    return 'written';
  } catch (error) {
    return await failWith(error, file);
  } finally {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
  }
}

/** `lint --fix`: the file must still be what was read (size, mtime, then content), or nothing is written. */
async function assertUnchanged(target: string, shown: string, stamp: FileStamp): Promise<void> {
  const now = await stat(target).catch(() => undefined);
  let same = Boolean(now && now.isFile() && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs);
  if (same) {
    const read = await readCapped(target, stamp.size);
    same = !('problem' in read) && sha256(read.bytes) === stamp.sha256;
  }
  if (!same) throw new WriteFailure(shown, 'changed', filled(text.changed, { file: shown }));
}

/** The nearest existing ancestor of `file` when it is a file (`-o notes.txt/x.txt`). */
async function fileInPath(file: string): Promise<string | undefined> {
  let dir = dirname(resolve(file));
  for (;;) {
    const info = await stat(dir).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A system error on writing `file` → a WriteFailure a user can act on. */
async function failWith(error: unknown, file: string): Promise<never> {
  if (error instanceof WriteFailure) throw error;
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const folder = dirname(file) || '.';
  const data = { file, folder, code };
  const fail = (message: Localized, extra: Record<string, string> = {}) => new WriteFailure(file, code, filled(message, { ...data, ...extra }));
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      throw fail(text.noPermission);
    case 'EROFS':
      throw fail(text.readOnlyDisk);
    case 'ENOSPC':
    case 'EDQUOT':
      throw fail(text.diskFull);
    case 'EFBIG':
      throw fail(text.tooBig);
    case 'EISDIR':
      throw fail(text.isFolder);
    case 'ENAMETOOLONG':
      throw fail(text.nameTooLong);
    case 'ELOOP':
      throw fail(text.linkLoop);
    case 'ENOTDIR':
    case 'ENOENT':
    case 'EEXIST': {
      const parent = await fileInPath(file);
      if (parent) throw fail(text.parentIsFile, { parent });
      if (code === 'ENOENT') throw fail(text.noFolder);
      throw fail(text.other);
    }
    default:
      throw fail(text.other);
  }
}

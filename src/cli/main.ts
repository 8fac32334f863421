// The dvk command line. This entry imports only commander: each command's module is loaded with
// import() when it runs, so `dvk --help` stays fast and `dvk lint` never loads docx.
import { Command, CommanderError, Help, Option } from 'commander';
import { isLang, type Lang } from '../i18n/index.js';
import { UserError } from '../shared/user-error.js';
import { safeForTerminal } from '../shared/terminal.js';
import { UsageError, type CliContext } from './context.js';
import { VERSION } from '../shared/version.js';

const text = {
  description: {
    vi: 'dvk — soạn, kiểm tra và in văn bản (kế hoạch, hướng dẫn, báo cáo, thông báo) theo thể thức Nhà nước (NĐ 30/2020) và Đảng (HD 36, HD 05).',
    en: 'dvk — draft, check and print official plan documents in the State (Decree 30/2020) and Party (HD 36, HD 05) formats.',
  },
  crash: {
    vi: 'dvk gặp lỗi nội bộ: {{message}}\nĐây là lỗi của dvk, không phải của tệp bạn. Chạy lại với --debug để xem chi tiết và gửi cho nhóm phát triển.',
    en: 'dvk hit an internal error: {{message}}\nThis is a bug in dvk, not in your file. Run again with --debug for details and report it.',
  },
};

// commander speaks English; clerks read Vietnamese. Translate its few fixed phrases.
const commanderVi: [RegExp, string][] = [
  [/^error: missing required argument '(.+)'/m, "lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: unknown option '(.+)'/m, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '(.+)'/m, "lỗi: không có lệnh '$1'"],
  [/^error: too many arguments.*$/m, 'lỗi: thừa tham số'],
  [/^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\.$/m, "lỗi: tùy chọn '$1' không nhận giá trị '$2'; chọn một trong: $3."],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/m, "lỗi: tùy chọn '$1' không nhận giá trị '$2': $3"],
  [/^error: option '(.+)' argument missing/m, "lỗi: tùy chọn '$1' cần một giá trị"],
  [/\(Did you mean (.+)\?\)/, '(Có phải ý bạn là $1?)'],
  // Any other commander message keeps its details but not an English "error:".
  [/^error: /m, 'lỗi: '],
];

export function translateCommander(text: string, lang: Lang): string {
  if (lang !== 'vi') return text;
  let out = text;
  for (const [pattern, replacement] of commanderVi) out = out.replace(pattern, replacement);
  return out;
}

function translateHelp(text: string, lang: Lang): string {
  if (lang !== 'vi') return text;
  return text
    .replace(/^Usage:/m, 'Cách dùng:')
    .replace(/^Arguments:/m, 'Tham số:')
    .replace(/^Options:/m, 'Tùy chọn:')
    .replace(/^Commands:/m, 'Lệnh:')
    .replace(/display help for command/g, 'xem hướng dẫn của lệnh')
    .replace(/output the version number/g, 'in phiên bản')
    // A long description wraps, and the line may break right after the colon.
    .replace(/\(default:(\s)/g, '(mặc định:$1')
    .replace(/\(choices:(\s)/g, '(chọn:$1')
    .replace(/,(\s+)default:(\s)/g, ',$1mặc định:$2');
}

function detectLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? process.env.DVK_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return isLang(value) ? value : 'vi';
}

export interface CommandSpec {
  register(program: Command, ctx: () => CliContext, setExit: (code: number) => void): void;
}

/**
 * `dvk lint … | head`: the reader closed the pipe and wants no more. The rest of the output is
 * dropped quietly (no unhandled EPIPE with a stack trace) and the run still ends with its own exit
 * code, so `set -o pipefail` scripts see whether the plans had errors.
 */
const quietStreams = new WeakSet<NodeJS.WriteStream>();
function stopQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  // Once per stream: main() also runs many times in one process (the fuzzer, tests).
  if (quietStreams.has(stream)) return;
  quietStreams.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/**
 * Colours as chalk documents them: `--no-color` and FORCE_COLOR=0 turn them off, FORCE_COLOR=1–3
 * turns them on even in a pipe, NO_COLOR (any value) and TERM=dumb turn them off, and a pipe or a
 * file gets none.
 */
export function colorWanted(stream: { isTTY?: boolean }, argv: string[], env: NodeJS.ProcessEnv): boolean {
  if (argv.includes('--no-color')) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force === 'false');
  if (env.NO_COLOR) return false;
  if (!stream.isTTY) return false;
  return env.TERM !== 'dumb';
}

export async function main(argv: string[]): Promise<number> {
  stopQuietlyOnClosedPipe(process.stdout);
  // Past a file-size limit (ulimit -f) the kernel sends SIGXFSZ, whose default kills the process
  // (exit 153, no message, a temp file left). Ignored, the write fails with EFBIG instead, and
  // the writer says what happened and removes its temp file.
  process.on('SIGXFSZ', () => undefined);
  const lang = detectLang(argv);
  const debug = argv.includes('--debug');
  let exitCode = 0;
  const setExit = (code: number) => { exitCode = Math.max(exitCode, code); };
  const ctx = (): CliContext => ({
    lang,
    debug,
    color: colorWanted(process.stdout, argv, process.env),
    // On a terminal, no control character from a plan gets through (ESC, BEL, U+202E…); a pipe or a file gets the bytes as they are.
    stdout: (s) => process.stdout.write(process.stdout.isTTY ? safeForTerminal(s) : s),
    stderr: (s) => process.stderr.write(process.stderr.isTTY ? safeForTerminal(s) : s),
  });

  const program = new Command('dvk')
    .description(text.description[lang])
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', lang === 'vi' ? 'ngôn ngữ thông báo: vi (mặc định) hoặc en' : 'message language: vi (default) or en').choices(['vi', 'en']))
    .option('--no-color', lang === 'vi' ? 'không tô màu' : 'no colours')
    .option('--debug', lang === 'vi' ? 'in chi tiết lỗi nội bộ (stack trace)' : 'print internal error details (stack traces)')
    .exitOverride()
    .configureHelp({ formatHelp: (cmd, helper) => translateHelp(Help.prototype.formatHelp.call(helper, cmd, helper), lang) })
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
      outputError: (s, write) => write(translateCommander(s, lang)),
    })
    .showHelpAfterError(lang === 'vi' ? '(xem `dvk --help`)' : '(see `dvk --help`)');

  const { commands } = await import('./commands/index.js');
  for (const spec of commands) spec.register(program, ctx, setExit);

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; a usage mistake exits 2, as the brief asks.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`dvk: ${safeForTerminal(error.message)}\n`);
      return error.exitCode;
    }
    if (error instanceof UserError) {
      process.stderr.write(`dvk: ${error.text[lang]}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${text.crash[lang].replace('{{message}}', message)}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

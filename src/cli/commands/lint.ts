// `dvk lint [paths…]`: every check dvk knows (YAML, schema, the rule catalog, run-level checks)
// over plan files, folders or globs; the command-line contract of ESLint and markdownlint-cli2.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { profileIds } from '../../profile/ids.js';
import type { CommandSpec } from '../main.js';

export interface LintCommandOptions {
  format: string;
  maxWarnings?: number;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  /** --fix-layout: page margins set to the profile's values in the .docx copy. */
  fixLayout?: boolean;
  reportUnusedDisableDirectives?: boolean;
  outputFile?: string;
  force?: boolean;
  /** One of profileIds(). */
  profile?: string;
  /** --annotate [file]: a .docx copy with the findings as comments. */
  annotate?: true | string;
  /** --changed <ref>: report only the files changed since this git ref. */
  changed?: string;
  /** `--workers <n|auto>`: worker threads (src/lint/pool.ts). */
  workers?: number | 'auto';
  /** `--cache`: reuse the findings of unchanged files (src/lint/cache.ts). */
  cache?: boolean;
  cacheLocation?: string;
  /** `--cache-strategy`: how an unchanged file is recognised (src/lint/cache.ts). */
  cacheStrategy?: 'metadata' | 'content';
}

export const lintCommand: CommandSpec = {
  register(program, ctx, setExit) {
    const vi = ctx().lang === 'vi';
    const count = (value: string): number => {
      if (!/^\d+$/.test(value)) throw new InvalidArgumentError(vi ? 'cần một số nguyên không âm' : 'expected a non-negative integer');
      return Number(value);
    };
    const workersValue = (value: string): number | 'auto' => {
      if (value === 'auto') return 'auto';
      if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(vi ? 'cần auto hoặc một số nguyên dương' : 'expected auto or a positive integer');
      return Number(value);
    };
    program
      .command('lint')
      .description(vi ? 'kiểm tra thể thức kế hoạch (.yaml) và văn bản (.txt, .docx): cú pháp, schema và các quy tắc' : 'check plans (.yaml) and documents (.txt, .docx): syntax, schema and the format rules')
      .argument('[paths...]', vi ? 'tệp, thư mục (tìm .yaml/.yml bên trong), mẫu glob, hoặc - (đọc kế hoạch từ đầu vào chuẩn)' : 'files, folders (searched for .yaml/.yml), globs, or - (a plan on standard input)', ['.'])
      .addOption(new Option('-f, --format <format>', vi ? 'dạng kết quả' : 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'github', 'codeclimate']).default('stylish'))
      .option('--max-warnings <n>', vi ? 'trả mã 1 khi số cảnh báo vượt quá n' : 'exit 1 when there are more than n warnings', count)
      .option('--quiet', vi ? 'chỉ báo lỗi (bỏ cảnh báo và gợi ý)' : 'report errors only')
      .option('--fix', vi ? 'tự sửa các lỗi an toàn (khoảng trắng, dấu câu, số 0 đầu…) và ghi lại tệp; với .docx: ghi bản sao <tên>.dvk.docx có các phần sửa là thay đổi được theo dõi' : 'fix safe problems (spacing, punctuation, leading zeros…) and write the files; for a .docx: write a copy <name>.dvk.docx with the fixes as tracked changes')
      .option('--annotate [copy.docx]', vi ? 'ghi bản sao .docx (mặc định <tên>.dvk.docx) có mỗi vấn đề là một nhận xét (comment) của Word; với --fix, phần sửa an toàn là thay đổi được theo dõi' : 'write a .docx copy (default <name>.dvk.docx) with each finding as a Word comment; with --fix, safe fixes as tracked changes')
      .option('--fix-layout', vi ? 'với .docx: trong bản sao <tên>.dvk.docx, đặt lề trang ngoài khoảng cho phép về giá trị của thể thức và trang dọc khác khổ (hay không ghi khổ) về A4 (Word không theo dõi được các thay đổi này), liệt kê từng thay đổi; phông, cỡ chữ, đậm, nghiêng chắc chắn sai được sửa tại kiểu/mặc định hoặc trên run (thay đổi định dạng được theo dõi)' : 'for a .docx: in the copy <name>.dvk.docx, set page margins outside the allowed range to the profile\'s values and a portrait page of another size (or none) to A4 (Word cannot track these), listing each change; fonts, sizes, bold and italic that are surely wrong are set in their style/defaults or on the runs (tracked formatting changes)')
      .option('--fix-dry-run', vi ? 'như --fix nhưng chỉ in phần thay đổi (diff), không ghi tệp' : 'like --fix but only print the changes (a diff); write nothing')
      .option('--report-unused-disable-directives', vi ? 'báo các chỉ thị # dvk-disable… không tắt vấn đề nào' : 'report # dvk-disable… directives that suppress nothing')
      .option('-o, --output-file <file>', vi ? 'ghi kết quả vào tệp thay vì màn hình' : 'write the results to a file instead of stdout')
      .option('--force', vi ? 'cho phép -o ghi đè một tệp đã có mà không phải báo cáo dvk ghi ra, và --annotate (--fix trên .docx) ghi đè một bản sao đã có' : 'let -o replace an existing file that is not a report dvk wrote, and --annotate (--fix on a .docx) replace an existing copy')
      .option('--changed <ref>', vi ? 'chỉ báo các tệp thay đổi kể từ <ref> của git (các quy tắc toàn kho vẫn so với mọi tệp)' : 'report only the files changed since the git <ref> (the repository-wide rules still compare with every file)')
      .addOption(new Option('--profile <id>', vi ? 'ép dùng một thể thức' : 'force a format profile').choices([...profileIds()]))
      .option('--workers <n|auto>', vi ? 'số luồng kiểm tra song song; auto: một luồng mỗi lõi CPU khi có từ 400 tệp' : 'worker threads; auto: one per CPU core from 400 files', workersValue, 'auto')
      .option('--cache', vi ? 'chỉ kiểm tra lại tệp đã đổi (theo nội dung); kiểm tra trên nhiều văn bản vẫn chạy trên mọi tệp' : 'lint only files whose content changed; the checks across documents still cover every file')
      .option('--cache-location <path>', vi ? 'tệp (hoặc thư mục) chứa bộ nhớ đệm của --cache' : 'file (or folder) for the --cache data', '.dvkcache')
      .addOption(
        new Option(
          '--cache-strategy <strategy>',
          vi
            ? 'cách --cache nhận ra tệp không đổi: metadata (kích thước, thời điểm sửa và đổi của tệp; chỉ đọc lại tệp đã khác) hoặc content (đọc và băm mọi tệp)'
            : 'how --cache recognises an unchanged file: metadata (size, modification and change times; reads only files that differ) or content (reads and hashes every file)',
        )
          .choices(['metadata', 'content'])
          .default('metadata'),
      )
      .action(async (paths: string[], options: LintCommandOptions, command: Command) => {
        const { runLint } = await import('../actions/lint.js');
        setExit(await runLint(paths, options, ctx()));
        void command;
      });
  },
};

// The work behind `dvk render`: validate each plan (same findings as `dvk validate`), render the
// valid ones, and write every output atomically without replacing files the user did not ask for.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { CliContext } from '../context.js';
import { isConfigFile, loadConfigFor } from '../../config/index.js';
import { formatters } from '../../format/index.js';
import { localize, type Localized } from '../../i18n/index.js';
import { loadPlanFile } from '../../plan/index.js';
import type { ProfileId } from '../../plan/model.js';
import { exitCodeFor, START_OF_FILE, type FileReport, type RunReport } from '../../report/finding.js';
import { prepareDocument, TemplateError, toDocx, toMarkdown } from '../../render/index.js';
import { describeTemplateError } from '../../render/template-errors.js';
import { docxToPdf, findSoffice, markMarkdown } from '../../render/output.js';
import { STDIN_NAME } from '../../shared/read-input.js';
import { outputRefusal, writeOutputFile, WriteFailure } from '../../shared/write-output.js';
import { UsageError } from '../context.js';

type Format = 'docx' | 'md' | 'pdf';

const text = {
  wrote: { vi: 'Đã ghi {{file}} (thể thức {{profile}}: {{reason}})', en: 'Wrote {{file}} (profile {{profile}}: {{reason}})' },
  sameName: {
    vi: 'Hai kế hoạch cùng ra tệp {{file}} trong một lần chạy; đổi tên một tệp kế hoạch hoặc in riêng từng tệp.',
    en: 'Two plans would both write {{file}} in one run; rename one plan or render them separately.',
  },
  outputFileForMany: {
    vi: '-o {{output}} là một tệp, nhưng có {{count}} kế hoạch: với nhiều kế hoạch hãy chỉ một thư mục (ví dụ -o ket-qua/).',
    en: '-o {{output}} is a file, but there are {{count}} plans: give a folder for several plans (e.g. -o out/).',
  },
  noSoffice: {
    vi: 'Chưa cài LibreOffice nên không in được PDF. Cài LibreOffice: Windows và macOS tải tại https://www.libreoffice.org/download/ (macOS cũng có thể: brew install --cask libreoffice); Debian/Ubuntu: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2. dvk tự tìm LibreOffice ở chỗ cài mặc định; cài chỗ khác thì đặt biến DVK_SOFFICE trỏ tới soffice. Hoặc dùng --format docx.',
    en: 'LibreOffice is not installed, so no PDF can be made. Install LibreOffice: on Windows and macOS from https://www.libreoffice.org/download/ (on macOS also: brew install --cask libreoffice); Debian/Ubuntu: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2. dvk finds it in the default install location; elsewhere, set DVK_SOFFICE to soffice. Or use --format docx.',
  },
  noSofficeAll: {
    vi: 'Bỏ qua PDF: chưa cài LibreOffice (Windows, macOS: https://www.libreoffice.org/download/; Debian/Ubuntu: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2).',
    en: 'Skipping PDF: LibreOffice is not installed (Windows, macOS: https://www.libreoffice.org/download/; Debian/Ubuntu: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2).',
  },
  template: {
    vi: 'Mẫu lời văn có lỗi ở khóa “{{key}}”: {{detail}}. Sửa mẫu này (cú pháp Handlebars, chỉ dùng các hàm thuong, hoa) hoặc xóa khóa để dùng mẫu có sẵn.',
    en: 'Template error at key “{{key}}”: {{detail}}. Fix the template (Handlebars syntax, helpers thuong and hoa only) or remove the key to use the built-in one.',
  },
  configSkipped: {
    vi: 'Bỏ qua {{file}}: đây là tệp cấu hình của cơ quan, không phải kế hoạch (kiểm tra nó bằng dvk validate {{file}}).',
    en: 'Skipping {{file}}: it is the office configuration, not a plan (check it with dvk validate {{file}}).',
  },
  stdinNeedsOutput: {
    vi: 'Kế hoạch đọc từ đầu vào chuẩn (-) không có tên để đặt cho tệp kết quả: chỉ rõ tệp bằng -o (ví dụ -o ke-hoach.docx).',
    en: 'A plan read from standard input (-) has no name to give the output: name the file with -o (e.g. -o plan.docx).',
  },
  formatMismatch: {
    vi: '-o {{output}} có đuôi {{ext}} nhưng --format là {{format}}: tệp sẽ mang đuôi sai và không mở được. Đổi đuôi của -o thành .{{format}}, hoặc bỏ --format để dvk chọn định dạng theo đuôi tệp.',
    en: '-o {{output}} ends in {{ext}} but --format is {{format}}: the file would have the wrong extension and not open. Make -o end in .{{format}}, or leave out --format and dvk picks the format from the extension.',
  },
  pdfFailed: { vi: 'LibreOffice không chuyển được sang PDF: {{detail}}', en: 'LibreOffice could not convert to PDF: {{detail}}' },
} satisfies Record<string, Localized>;

interface Options {
  output?: string;
  format: string;
  profile?: string;
  force?: boolean;
  /** --format was given on the command line (not its default). */
  formatGiven?: boolean;
}

const display = (file: string) => {
  const rel = relative(process.cwd(), file);
  return (rel && !rel.startsWith('..') ? rel : file).split(sep).join('/');
};

export async function runRender(named: string[], options: Options, ctx: CliContext): Promise<number> {
  const say = (m: Localized, data?: Record<string, string | number>) => localize(m, ctx.lang, data);
  // `dvk render *.yaml` in an office folder also matches dvk.config.yaml: it is not a plan.
  for (const file of named.filter(isConfigFile)) ctx.stderr(`dvk: ${say(text.configSkipped, { file })}\n`);
  // `-`: the plan comes from standard input (read with the same size cap as a file).
  const files = [...new Set(named.filter((f) => !isConfigFile(f)).map((f) => (f === '-' ? STDIN_NAME : f)))];
  if (files.length === 0) return 2;
  if (files.includes(STDIN_NAME) && (options.output === undefined || files.length > 1 || /[\\/]$/.test(options.output))) throw new UsageError(say(text.stdinNeedsOutput));
  // `-o x.docx --format md` would write Markdown under a .docx name: refuse it; with no --format,
  // the named file's extension chooses the format (`-o x.md` is Markdown).
  const namedExt = options.output !== undefined ? extname(options.output).toLowerCase() : '';
  const extFormat = ({ '.docx': 'docx', '.md': 'md', '.pdf': 'pdf' } as Record<string, Format>)[namedExt];
  if (extFormat && options.format !== 'all' && extFormat !== options.format) {
    if (options.formatGiven) {
      ctx.stderr(`dvk: ${say(text.formatMismatch, { output: options.output!, ext: namedExt, format: options.format })}\n`);
      return 2;
    }
    options = { ...options, format: extFormat };
  }
  let formats: Format[] = options.format === 'all' ? ['docx', 'md', 'pdf'] : [options.format as Format];
  let exit = 0;
  let soffice: string | undefined;
  if (formats.includes('pdf')) {
    soffice = findSoffice();
    if (!soffice) {
      if (options.format === 'pdf') {
        ctx.stderr(`dvk: ${say(text.noSoffice)}\n`);
        return 2;
      }
      ctx.stderr(`dvk: ${say(text.noSofficeAll)}\n`);
      formats = formats.filter((f) => f !== 'pdf');
    }
  }

  // Where the outputs go: one named file, a folder, or beside each plan.
  const output = options.output;
  const namesFile = output !== undefined && /\.(docx|md|pdf)$/i.test(output);
  const toFolder = output !== undefined && (/[\\/]$/.test(output) || (existsSync(output) && statSync(output).isDirectory()) || (files.length > 1 && !namesFile));
  if (output !== undefined && !toFolder && files.length > 1) {
    ctx.stderr(`dvk: ${say(text.outputFileForMany, { output, count: files.length })}\n`);
    return 2;
  }
  const target = (planFile: string, format: Format): string => {
    const stem = basename(planFile).replace(/\.ya?ml$/i, '');
    if (output === undefined) return join(dirname(planFile), `${stem}.${format}`);
    if (toFolder) return join(output, `${stem}.${format}`);
    // A named file: the other formats of --format all take its name with their own extension.
    const ext = extname(output);
    const named = ext.toLowerCase() === `.${format}` || (formats.length === 1 && ext !== '');
    return named ? output : `${ext ? output.slice(0, -ext.length) : output}.${format}`;
  };

  const report: RunReport = { files: [] };
  const planned = new Set<string>();
  // Rendering is CPU work; writing waits on fsync. Let the writes of earlier
  // plans overlap the rendering of later ones, a few at a time.
  const writing = new Set<Promise<void>>();
  // Never over a plan, a config or (without --force) a file dvk did not write: see outputRefusal.
  const inputs: string[] = [...files.filter((f) => f !== STDIN_NAME)];
  for (const f of files) {
    const config = (await loadConfigFor(f, ctx.lang)).file;
    if (config && !inputs.includes(config)) inputs.push(config);
  }
  const write = async (file: string, data: Uint8Array | string, message: string, fileReport: FileReport) => {
    while (writing.size >= 8) await Promise.race(writing);
    const done: Promise<void> = writeOutputFile(file, data, { makeFolders: true }).then(
      () => {
        ctx.stdout(`${message}\n`);
      },
      (error: unknown) => {
        // A folder without write access, a full disk: the user's to fix, said under the plan.
        if (!(error instanceof WriteFailure)) throw error;
        fileReport.findings.push({ ruleId: 'render/khong-ghi-duoc', severity: 'error', message: error.text[ctx.lang], file: fileReport.file, range: START_OF_FILE, fatal: true });
      },
    );
    writing.add(done);
    void done.finally(() => writing.delete(done)).catch(() => undefined);
  };
  for (const planFile of files) {
    const loaded = await loadPlanFile(planFile, ctx.lang);
    const fileReport: FileReport = loaded.report;
    report.files.push(fileReport);
    if (!loaded.plan || fileReport.findings.some((f) => f.severity === 'error')) continue;
    try {
      const prepared = await prepareDocument(loaded.plan, planFile, ctx.lang, { ...(options.profile ? { profile: options.profile as ProfileId } : {}), ...(loaded.sourceMap ? { sourceMap: loaded.sourceMap } : {}) });
      // Config problems belong to the config file: report them under it (a profile conflict, under the plan).
      for (const f of prepared.findings) {
        let configReport = report.files.find((r) => r.file === f.file);
        if (!configReport) report.files.push((configReport = { file: f.file, findings: [] }));
        if (!configReport.findings.some((g) => g.message === f.message)) configReport.findings.push(f);
      }
      if (prepared.findings.some((f) => f.severity === 'error')) continue;
      let docx: Uint8Array | undefined;
      for (const format of formats) {
        const file = target(planFile, format);
        if (planned.has(file)) {
          fileReport.findings.push({ ruleId: 'render/trung-ten', severity: 'error', message: say(text.sameName, { file: display(file) }), file: planFile, range: START_OF_FILE });
          continue;
        }
        planned.add(file);
        const refusal = await outputRefusal(display(file), { inputs, force: Boolean(options.force), replaceOwn: true });
        if (refusal) {
          // Replacing a file dvk did not write needs --force (exit 1); an input, a config or a folder can never be the output (exit 2).
          const fatal = refusal.kind !== 'not-ours';
          fileReport.findings.push({ ruleId: 'render/khong-ghi-de', severity: 'error', message: refusal.text[ctx.lang], file: planFile, range: START_OF_FILE, ...(fatal ? { fatal: true } : {}) });
          continue;
        }
        let data: Uint8Array | string;
        if (format === 'md') data = markMarkdown(toMarkdown(prepared.doc));
        else {
          docx ??= await toDocx(prepared.doc);
          if (format === 'docx') data = docx;
          else {
            try {
              data = docxToPdf(soffice!, docx, basename(file));
            } catch (error) {
              fileReport.findings.push({ ruleId: 'render/pdf', severity: 'error', message: say(text.pdfFailed, { detail: error instanceof Error ? error.message : String(error) }), file: planFile, range: START_OF_FILE });
              continue;
            }
          }
        }
        await write(file, data, say(text.wrote, { file: display(file), profile: prepared.profile.id, reason: prepared.reason[ctx.lang] }), fileReport);
      }
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      // The problem is in the template file, not in the plan: report it there.
      let templateReport = report.files.find((r) => r.file === error.file);
      if (!templateReport) report.files.push((templateReport = { file: error.file, findings: [] }));
      const message = error.reason ? error.reason[ctx.lang] : say(text.template, { key: error.key || '—', detail: describeTemplateError(error.detail, ctx.lang) });
      if (!templateReport.findings.length) templateReport.findings.push({ ruleId: 'render/mau', severity: 'error', message, file: error.file, range: START_OF_FILE, fatal: true });
    }
  }
  await Promise.all(writing);
  const withFindings: RunReport = { files: report.files.filter((f) => f.findings.length > 0) };
  if (withFindings.files.length) ctx.stderr(formatters.stylish!(withFindings, { lang: ctx.lang, color: ctx.color }));
  return Math.max(exit, exitCodeFor(report));
}

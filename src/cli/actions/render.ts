// The work behind `dvk render`: validate each plan (same findings as `dvk validate`), render the
// valid ones, and write every output atomically without replacing files the user did not ask for.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { CliContext } from '../context.js';
import { isConfigFile } from '../../config/index.js';
import { formatters } from '../../format/index.js';
import { localize, type Localized } from '../../i18n/index.js';
import { loadPlanFile } from '../../plan/index.js';
import type { ProfileId } from '../../plan/model.js';
import { exitCodeFor, START_OF_FILE, type FileReport, type RunReport } from '../../report/finding.js';
import { prepareDocument, TemplateError, toDocx, toMarkdown } from '../../render/index.js';
import { docxToPdf, findSoffice, markMarkdown, ownershipOf } from '../../render/output.js';
import { writeOutputFile } from '../../shared/write-output.js';

type Format = 'docx' | 'md' | 'pdf';

const text = {
  wrote: { vi: 'Đã ghi {{file}} (thể thức {{profile}}: {{reason}})', en: 'Wrote {{file}} (profile {{profile}}: {{reason}})' },
  foreign: {
    vi: 'Không ghi đè {{file}}: tệp đã có và không phải bản dvk in ra chưa sửa (có thể đã được sửa tay). Chỉ định rõ tệp bằng -o, đổi thư mục kết quả, hoặc thêm --force để ghi đè.',
    en: 'Not replacing {{file}}: it exists and is not an unedited dvk output (it may have been edited by hand). Name it with -o, choose another output folder, or add --force.',
  },
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
  pdfFailed: { vi: 'LibreOffice không chuyển được sang PDF: {{detail}}', en: 'LibreOffice could not convert to PDF: {{detail}}' },
} satisfies Record<string, Localized>;

interface Options {
  output?: string;
  format: string;
  profile?: string;
  force?: boolean;
}

const display = (file: string) => {
  const rel = relative(process.cwd(), file);
  return (rel && !rel.startsWith('..') ? rel : file).split(sep).join('/');
};

export async function runRender(named: string[], options: Options, ctx: CliContext): Promise<number> {
  const say = (m: Localized, data?: Record<string, string | number>) => localize(m, ctx.lang, data);
  // `dvk render *.yaml` in an office folder also matches dvk.config.yaml: it is not a plan.
  for (const file of named.filter(isConfigFile)) ctx.stderr(`dvk: ${say(text.configSkipped, { file })}\n`);
  const files = named.filter((f) => !isConfigFile(f));
  if (files.length === 0) return 2;
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
  const target = (planFile: string, format: Format): { file: string; named: boolean } => {
    const stem = basename(planFile).replace(/\.ya?ml$/i, '');
    if (output === undefined) return { file: join(dirname(planFile), `${stem}.${format}`), named: false };
    if (toFolder) return { file: join(output, `${stem}.${format}`), named: false };
    // A named file: the other formats of --format all take its name with their own extension.
    const ext = extname(output);
    const named = ext.toLowerCase() === `.${format}` || (formats.length === 1 && ext !== '');
    return { file: named ? output : `${ext ? output.slice(0, -ext.length) : output}.${format}`, named: named || formats.length === 1 };
  };

  const report: RunReport = { files: [] };
  const planned = new Set<string>();
  // Rendering is CPU work; writing waits on fsync (write-file-atomic). Let the writes of earlier
  // plans overlap the rendering of later ones, a few at a time.
  const writing = new Set<Promise<void>>();
  const write = async (file: string, data: Uint8Array | string, message: string) => {
    while (writing.size >= 8) await Promise.race(writing);
    mkdirSync(dirname(file), { recursive: true });
    const done: Promise<void> = writeOutputFile(file, data).then(() => {
      ctx.stdout(`${message}\n`);
    });
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
        const { file, named } = target(planFile, format);
        if (planned.has(file)) {
          fileReport.findings.push({ ruleId: 'render/trung-ten', severity: 'error', message: say(text.sameName, { file: display(file) }), file: planFile, range: START_OF_FILE });
          continue;
        }
        planned.add(file);
        if (!named && !options.force && (await ownershipOf(file)) === 'foreign') {
          fileReport.findings.push({ ruleId: 'render/khong-ghi-de', severity: 'error', message: say(text.foreign, { file: display(file) }), file: planFile, range: START_OF_FILE });
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
        await write(file, data, say(text.wrote, { file: display(file), profile: prepared.profile.id, reason: prepared.reason[ctx.lang] }));
      }
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      // The problem is in the template file, not in the plan: report it there.
      let templateReport = report.files.find((r) => r.file === error.file);
      if (!templateReport) report.files.push((templateReport = { file: error.file, findings: [] }));
      if (!templateReport.findings.length) templateReport.findings.push({ ruleId: 'render/mau', severity: 'error', message: say(text.template, { key: error.key || '—', detail: error.detail }), file: error.file, range: START_OF_FILE, fatal: true });
    }
  }
  await Promise.all(writing);
  const withFindings: RunReport = { files: report.files.filter((f) => f.findings.length > 0) };
  if (withFindings.files.length) ctx.stderr(formatters.stylish!(withFindings, { lang: ctx.lang, color: ctx.color }));
  return Math.max(exit, exitCodeFor(report));
}

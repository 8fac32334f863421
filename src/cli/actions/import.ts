// The work behind `dvk import`: read the document, write its plan YAML with a comment on every
// value the reader was unsure of, check that the result is a valid plan. Never touches the
// source; never overwrites without --force; writes atomically.
import { basename, dirname, extname, join, resolve } from 'node:path';
import { outputRefusal, writeOutputFile } from '../../shared/write-output.js';
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { localize, type Lang, type Localized } from '../../i18n/index.js';
import { formatters } from '../../format/index.js';
import { loadPlanText } from '../../plan/index.js';
import { exitCodeFor, type RunReport } from '../../report/finding.js';
import { loadConfigFor } from '../../config/index.js';
import { profileConflictFindings } from '../../profile/resolve.js';
import { readDocument } from '../../reader/index.js';
import { localizeNote, unsure, unsureMark } from '../../reader/messages.js';
import type { PlanPath } from '../../report/finding.js';
import { schemaReference } from '../../scaffold/schema-paths.js';
import { UsageError, type CliContext } from '../context.js';

const text = {
  exists: {
    vi: 'Tệp "{{out}}" đã có; dvk không ghi đè. Chọn tên khác bằng -o, hoặc thêm --force để ghi đè.',
    en: '"{{out}}" already exists; dvk does not overwrite it. Choose another name with -o, or add --force to overwrite.',
  },
  sameAsSource: {
    vi: 'Tệp ghi ra "{{out}}" trùng với tệp gốc; dvk không bao giờ ghi đè tệp gốc. Chọn tên khác bằng -o.',
    en: 'The output "{{out}}" is the source file itself; dvk never overwrites the source. Choose another name with -o.',
  },
  isPlan: {
    vi: '"{{file}}" đã là tệp kế hoạch YAML; không cần nhập. Kiểm tra bằng `dvk lint {{file}}`.',
    en: '"{{file}}" is already a plan YAML; nothing to import. Check it with `dvk lint {{file}}`.',
  },
  unsupported: {
    vi: 'dvk import đọc tệp .docx hoặc .txt, không đọc tệp {{ext}}. Tệp PDF hay ảnh chụp: hãy mở bằng Word/LibreOffice và lưu thành .docx (hoặc chép chữ ra tệp .txt).',
    en: 'dvk import reads .docx or .txt files, not {{ext}}. For a PDF or a scan: open it in Word/LibreOffice and save it as .docx (or copy the text into a .txt file).',
  },
  done: {
    vi: 'Đã ghi {{out}} từ {{file}}: {{unsure}} giá trị cần kiểm tra lại (đánh dấu “# dvk: chưa chắc”), {{missing}} phần không tìm thấy.\nKiểm tra thể thức: dvk lint {{file}}',
    en: 'Wrote {{out}} from {{file}}: {{unsure}} values to check (marked “# dvk: unsure”), {{missing}} parts not found.\nCheck the format: dvk lint {{file}}',
  },
  invalid: {
    vi: 'Tệp YAML đã ghi chưa hợp lệ (lỗi của dvk import, xin báo lại):',
    en: 'The YAML written is not a valid plan (a dvk import bug, please report it):',
  },
  header: {
    vi: ' Nhập từ "{{file}}" bằng `dvk import`. Lỗi của bản gốc được giữ nguyên để `dvk lint` chỉ ra;\n các giá trị dvk chưa chắc có ghi chú “dvk: chưa chắc”.',
    en: ' Imported from "{{file}}" with `dvk import`. Mistakes of the original are kept so that `dvk lint` shows them;\n values dvk was unsure of carry a “dvk: unsure” note.',
  },
} satisfies Record<string, Localized>;

export function defaultOutput(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.yaml`);
}

/** Puts a comment above the value at `path` (on its key when it is a map entry). */
function commentOn(doc: Document, path: PlanPath, comment: string) {
  const parent = path.length ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  let target: Node | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((p: Pair) => isScalar(p.key) && String((p.key as Scalar).value) === String(last));
    target = pair?.key as Node | undefined;
  } else if (isSeq(parent) && typeof last === 'number') {
    target = parent.items[last] as Node | undefined;
  }
  if (!target) return;
  target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${comment}` : comment;
}

export function planYaml(data: Record<string, unknown>, notes: { path: PlanPath; text: string }[], header: string): string {
  const doc = new Document(data);
  doc.commentBefore = header;
  for (const { path, text: note } of notes) commentOn(doc, path, note);
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

export async function runImport(file: string, options: { output?: string; force?: boolean }, ctx: CliContext): Promise<number> {
  const lang: Lang = ctx.lang;
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') throw new UsageError(localize(text.isPlan, lang, { file }));
  if (ext !== '' && !['.txt', '.docx', '.doc', '.docm', '.dotx'].includes(ext)) throw new UsageError(localize(text.unsupported, lang, { ext }));
  // The office's config chooses the profile as it does for lint and render.
  const config = await loadConfigFor(file, lang);
  const read = await readDocument(file, lang, { config: config.config, ...(config.file ? { configFile: config.file } : {}) });
  if ('fatal' in read) {
    const report: RunReport = { files: [{ file, findings: [read.fatal], unusable: true }] };
    ctx.stderr(formatters.stylish!(report, { lang, color: ctx.color }));
    return 2;
  }
  const out = options.output ?? defaultOutput(file);
  if (resolve(out) === resolve(file)) throw new UsageError(localize(text.sameAsSource, lang, { out }));
  // Never over the source (also through a link), a config, or an existing file without --force.
  const refusal = await outputRefusal(out, { inputs: [file], force: Boolean(options.force) });
  if (refusal?.kind === 'exists') throw new UsageError(localize(text.exists, lang, { out }));
  if (refusal) throw refusal;

  const { recognition } = read.ok;
  if (read.ok.resolution) {
    const conflicts = profileConflictFindings(read.ok.resolution, { file, sourceMap: read.ok.sourceMap, lang });
    if (conflicts.length) ctx.stderr(formatters.stylish!({ files: [{ file, findings: conflicts }] }, { lang, color: ctx.color }));
  }
  const data: Record<string, unknown> = {};
  // Every comment follows --lang, like every message (the values stay as the document wrote them).
  const comment = (why: Localized, data?: Record<string, string | number>) => ` ${localize(unsureMark, lang)} — ${localizeNote(why, lang, data)}`;
  const notes: { path: PlanPath; text: string }[] = recognition.uncertain.map((u) => ({ path: u.path, text: comment(u.why, u.data) }));
  for (const [key, value] of Object.entries(recognition.data)) {
    data[key] = value;
    if (key === 'loai' && recognition.blankNumberOrDay && !('du_thao' in recognition.data)) {
      data.du_thao = true;
      notes.push({ path: ['du_thao'], text: comment(unsure.draft) });
    }
  }
  const header = ` yaml-language-server: $schema=${schemaReference('plan', out)}\n${localize(text.header, lang, { file: basename(file) })}`;
  const yamlText = planYaml(data, notes, header);

  // A failure (read-only folder, full disk) is a WriteFailure that says what to do.
  await writeOutputFile(out, yamlText);

  const check = loadPlanText(yamlText, out, lang);
  if (check.report.findings.some((f) => f.severity === 'error')) {
    ctx.stderr(`${localize(text.invalid, lang)}\n`);
    const report: RunReport = { files: [check.report] };
    ctx.stderr(formatters.stylish!(report, { lang, color: ctx.color }));
    return Math.max(1, exitCodeFor(report));
  }
  const missing = recognition.notes.filter((n) => n.ruleId === 'reader/not-found').length;
  ctx.stdout(`${localize(text.done, lang, { out, file, unsure: notes.length, missing })}\n`);
  return 0;
}

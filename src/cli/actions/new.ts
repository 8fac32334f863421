// The work behind `dvk new`: what the config knows, plus answers (flags or questions), rendered
// through the type's skeleton into a plan that validates at once, written without destroying
// anything.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { findConfigFile, loadConfigFile, type DvkConfig } from '../../config/index.js';
import { formatters } from '../../format/index.js';
import { localize, type Localized } from '../../i18n/index.js';
import { loadPlanText } from '../../plan/index.js';
import { parseIsoDate } from '../../plan/model.js';
import { profileConflictFindings, resolveProfile } from '../../profile/resolve.js';
import { Asker, canAsk, type TextQuestion } from '../../scaffold/ask.js';
import { DOC_TYPE_REGISTRY } from '../../plan/doc-types.js';
import { commandWord, docTypeNames, parseDocType, subjectForType, typeAbbreviation, type NewDocType } from '../../scaffold/doc-types.js';
import { planFileName } from '../../scaffold/file-name.js';
import { findNextNumber, type NextNumber } from '../../scaffold/next-number.js';
import { q, suggestCode, toIsoDate, upper } from '../../scaffold/questions.js';
import { ensureOfficeSchemas, modeline, OFFICE_SCHEMA_FOLDER, schemaReference } from '../../scaffold/schema-paths.js';
import { countPlaceholders, placeholder, renderSkeleton, todayIso, todayVn } from '../../scaffold/skeleton.js';
import { writeNewFile } from '../../scaffold/write.js';
import { outputRefusal } from '../../shared/write-output.js';
import type { NewOptions } from '../commands/new.js';
import { UsageError, type CliContext } from '../context.js';

const text = {
  unknownTypeHint: { vi: ' Có phải ý bạn là “{{word}}”?', en: ' Did you mean “{{word}}”?' },
  badConfig: { vi: 'Tệp cấu hình {{file}} có lỗi; sửa rồi chạy lại:', en: 'The config file {{file}} has errors; fix them and run again:' },
  exists: {
    vi: 'Đã có tệp {{file}}; dvk không ghi đè để khỏi mất bài đang soạn. Đặt tên khác (dvk new {{type}} <tên-tệp>.yaml), hoặc thêm --force nếu thật sự muốn ghi đè.',
    en: '{{file}} already exists; dvk does not overwrite it. Give another name (dvk new {{type}} <file>.yaml), or add --force to overwrite it.',
  },
  noSystem: { vi: '--he-thong nhận nha_nuoc hoặc dang (bạn ghi “{{value}}”).', en: '--he-thong takes nha_nuoc or dang (you wrote “{{value}}”).' },
  badDate: { vi: '--ngay: {{problem}}', en: '--ngay: {{problem}}' },
  badCiteMode: { vi: '--can-cu-cach nhận thuc_hien hoặc can_cu (bạn ghi “{{value}}”).', en: '--can-cu-cach takes thuc_hien or can_cu (you wrote “{{value}}”).' },
  citeNeedsNumber: {
    vi: 'Thiếu --can-cu-so: văn bản được triển khai cần có số, ký hiệu (các tùy chọn --can-cu-… khác đã được ghi).',
    en: 'Missing --can-cu-so: the implemented document needs its number and symbol (other --can-cu-… flags were given).',
  },
  badNumber: { vi: '--so: {{problem}}', en: '--so: {{problem}}' },
  strippedType: { vi: 'Đã bỏ “{{word}}” ở đầu trích yếu: dvk tự in tên loại.', en: 'Removed “{{word}}” from the start of the subject: dvk prints the type name itself.' },
  intro: {
    vi: 'dvk new {{type}}: {{known}}.\nTrả lời các câu còn lại (Enter: nhận giá trị trong ngoặc; Ctrl+C: hủy).',
    en: 'dvk new {{type}}: {{known}}.\nAnswer the remaining questions (Enter takes the value in brackets; Ctrl+C cancels).',
  },
  knownFromConfig: { vi: 'lấy thông tin cơ quan từ {{file}}', en: 'office data from {{file}}' },
  noConfig: { vi: 'chưa có dvk.config.yaml (chạy `dvk init` để khỏi phải trả lời lại)', en: 'no dvk.config.yaml (run `dvk init` to stop answering these again)' },
  nextFound: { vi: 'Số tiếp theo {{number}}: sau {{after}} trong {{file}}', en: 'Next number {{number}}: after {{after}} in {{file}}' },
  nextNone: {
    vi: 'Số tiếp theo {{number}}: trong thư mục chưa có văn bản có số nào {{series}}',
    en: 'Next number {{number}}: no numbered document {{series}} in this folder',
  },
  seriesState: { vi: 'của {{code}} năm {{year}}', en: 'of {{code}} in {{year}}' },
  seriesParty: { vi: 'loại {{type}} của {{code}}', en: 'of type {{type}} from {{code}}' },
  partyTerm: { vi: ' (văn bản Đảng đánh số theo từng loại trong cả nhiệm kỳ; kiểm tra lại với sổ văn thư)', en: ' (Party documents are numbered per type over the whole term; check the register)' },
  numberKept: { vi: 'Số để trống (dự thảo); khi được cấp số thì ghi vào `so:`, hoặc dùng --so tiep-theo.', en: 'The number is left blank (draft); fill in `so:` when it is assigned, or use --so tiep-theo.' },
  numberWritten: { vi: 'Đã ghi số {{number}}.', en: 'Wrote number {{number}}.' },
  created: { vi: 'Đã tạo {{file}}: {{type}}, văn bản {{system}}, thể thức {{profile}} ({{reason}}).', en: 'Created {{file}}: {{type}}, {{system}} document, profile {{profile}} ({{reason}}).' },
  replaced: { vi: 'Đã ghi đè {{file}}: {{type}}, văn bản {{system}}, thể thức {{profile}} ({{reason}}).', en: 'Overwrote {{file}}: {{type}}, {{system}} document, profile {{profile}} ({{reason}}).' },
  placeholders: { vi: 'Còn {{count}} chỗ [CẦN BỔ SUNG: …] cần viết.', en: '{{count}} [CẦN BỔ SUNG: …] places are left to write.' },
  nextSteps: {
    vi: 'Tiếp theo:\n  dvk lint {{file}}      kiểm tra (chỗ chưa viết là cảnh báo dự thảo)\n  dvk render {{file}}    in ra .docx',
    en: 'Next:\n  dvk lint {{file}}      check it (unwritten places are draft warnings)\n  dvk render {{file}}    print it to .docx',
  },
  schemasCopied: {
    vi: 'Đã chép schema vào {{folder}}/ bên cạnh dvk.config.yaml: VS Code gợi ý cho các tệp trong thư mục này, kể cả khi chép sang máy khác.',
    en: 'Copied the schemas into {{folder}}/ beside dvk.config.yaml: VS Code completes the files in this folder, even on another computer.',
  },
  schemaAbsolute: {
    vi: 'Lưu ý: dòng đầu tệp trỏ tới schema theo đường dẫn của máy này ({{path}}); chép tệp sang máy khác thì VS Code mất gợi ý. Chạy `dvk init` trong thư mục làm việc để dvk chép schema vào .dvk/ và dùng đường dẫn tương đối.',
    en: 'Note: the first line points to the schema by a path of this computer ({{path}}); copied elsewhere, VS Code loses completion. Run `dvk init` in the working folder so that dvk copies the schemas into .dvk/ and uses a relative path.',
  },
  invalid: { vi: 'dvk tạo ra văn bản không hợp lệ (lỗi của dvk, xin báo cho nhóm phát triển):', en: 'dvk produced an invalid plan (a dvk bug, please report it):' },
} satisfies Record<string, Localized>;

const SYSTEM_NAMES = { nha_nuoc: { vi: 'Nhà nước', en: 'State' }, dang: { vi: 'của Đảng', en: 'Party' } } as const;

/** Where the new plan goes: an explicit file, or a folder where the name is derived later. */
function target(fileArg: string | undefined): { folder: string; file?: string } {
  if (!fileArg) return { folder: process.cwd() };
  const full = resolve(fileArg);
  if (/[\\/]$/.test(fileArg) || (existsSync(full) && statSync(full).isDirectory())) return { folder: full };
  return { folder: dirname(full), file: extname(full) ? full : `${full}.yaml` };
}

export async function runNew(loaiArg: string, fileArg: string | undefined, options: NewOptions, ctx: CliContext): Promise<number> {
  const t = (m: Localized, data?: Record<string, string | number>) => localize(m, ctx.lang, data);

  const lookup = parseDocType(loaiArg);
  if ('error' in lookup) {
    const hint = lookup.suggestion ? t(text.unknownTypeHint, { word: commandWord(lookup.suggestion) }) : '';
    throw new UsageError(t(lookup.error, { word: loaiArg, hint }));
  }
  const docType: NewDocType = lookup.type;
  const typeName = docTypeNames(docType);

  const where = target(fileArg);
  const configFile = findConfigFile(where.folder);
  let config: DvkConfig = {};
  if (configFile) {
    const loaded = await loadConfigFile(configFile, ctx.lang);
    if (loaded.findings.some((f) => f.severity === 'error')) {
      ctx.stderr(`${t(text.badConfig, { file: relative(process.cwd(), configFile) })}\n`);
      ctx.stderr(formatters.stylish!({ files: [{ file: configFile, findings: loaded.findings }] }, { lang: ctx.lang, color: false }));
      return 2;
    }
    config = loaded.config;
  }
  if (options.heThong !== undefined && options.heThong !== 'nha_nuoc' && options.heThong !== 'dang') {
    throw new UsageError(t(text.noSystem, { value: options.heThong }));
  }
  let issueDate = todayIso();
  if (options.ngay !== undefined) {
    const problem = q.dateProblem(options.ngay);
    if (problem) throw new UsageError(t(text.badDate, { problem: t(problem) }));
    issueDate = toIsoDate(options.ngay)!;
  }
  if (options.canCuCach !== undefined && options.canCuCach !== 'thuc_hien' && options.canCuCach !== 'can_cu') {
    throw new UsageError(t(text.badCiteMode, { value: options.canCuCach }));
  }
  if (options.so !== undefined && options.so !== 'tiep-theo' && !/^\d+$/.test(options.so.trim())) {
    throw new UsageError(t(text.badNumber, { problem: t(q.numberProblem) }));
  }

  // Refuse before asking anything: answering ten questions to be told "already exists" is rude.
  // Not even --force writes a new plan over the office config (or the file it was read from).
  const refuseExisting = async (candidate: string) => {
    const shownName = relative(process.cwd(), candidate) || candidate;
    if (existsSync(candidate) && !options.force) throw new UsageError(t(text.exists, { file: shownName, type: commandWord(docType) }));
    const refusal = await outputRefusal(shownName, { inputs: configFile ? [configFile] : [], force: Boolean(options.force) });
    if (refusal && refusal.kind !== 'exists') throw refusal;
  };
  if (where.file) await refuseExisting(where.file);

  const asker = new Asker({ interactive: canAsk() && !options.yes, lang: ctx.lang, yes: Boolean(options.yes) });
  if (asker.interactive) {
    const known = configFile ? t(text.knownFromConfig, { file: relative(process.cwd(), configFile) || configFile }) : t(text.noConfig);
    ctx.stdout(`${t(text.intro, { type: commandWord(docType), known })}\n`);
  }

  // A flag always wins (checked like a typed answer); what the config knows is not asked again.
  const answer = async (question: TextQuestion, flag: string | undefined, known: string | undefined, askWhenUnknown = true) =>
    flag !== undefined ? asker.text(question, flag) : known !== undefined ? known : askWhenUnknown ? asker.text(question) : undefined;
  const system = (options.heThong ?? config.he_thong ?? (await asker.select(q.system))) as 'nha_nuoc' | 'dang' | undefined;
  const organ = config.co_quan;
  // An organ in the config without a parent organ has none: not asked.
  const parent = upper(await answer(q.parentOrgan(system), options.capTren, organ?.cap_tren, !organ));
  const issuer = upper(await answer(q.issuer(system), options.coQuan, organ?.ten));
  const code = upper(await answer(q.issuerCode(issuer ? suggestCode(issuer, parent) : undefined), options.vietTat, organ?.viet_tat));
  const place = (await answer(q.place, options.diaDanh, config.dia_danh))?.normalize('NFC');

  let subject = await asker.text(q.subject(typeName.sentence), options.trichYeu);
  if (subject) {
    const leading = new RegExp(`^${typeName.sentence}\\s+`, 'iu').exec(subject);
    if (leading) {
      subject = subject.slice(leading[0].length);
      subject = subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1);
      ctx.stderr(`${t(text.strippedType, { word: leading[0].trim() })}\n`);
    }
    // The file name comes from the subject: checked now, before the remaining questions.
    if (!where.file) await refuseExisting(join(where.folder, planFileName(docType, subject)));
  }

  const citation = await askCitation(asker, options, t, system);
  asker.finish();
  // After finish(), every required answer is present.
  const sys = system!;

  const profileChoice = resolveProfile({ system: sys === 'dang' ? 'party' : 'state', issueDate: parseIsoDate(issueDate)! }, { config, ...(configFile ? { configFile } : {}) });
  const profile = profileChoice.profile;
  // A config pinning a profile of the other system: said in the words lint and render use; the
  // plan is written for the profile dvk chose, without the config's pin.
  const conflict = profileConflictFindings(profileChoice, { file: configFile ?? 'dvk.config.yaml', lang: ctx.lang })[0];
  if (conflict) ctx.stderr(`${conflict.message}\n`);
  const typeCode = typeAbbreviation(docType, profile.viet_tat_ten_loai as Record<string, string | null>, sys === 'dang' ? 'party' : 'state');
  // A State công văn has no type code: its ký hiệu is <organ>-<drafting unit> (NĐ 30, Phụ lục III).
  const symbol = typeCode === null
    ? `${code}-${placeholder('đơn vị soạn thảo')}`
    : profile.so_ky_hieu.ghep_ky_hieu.replace('{loai}', typeCode).replace('{co_quan}', code!);
  const printedSubject = subjectForType(docType, sys, subject!);

  const file = where.file ?? join(where.folder, planFileName(docType, subject!));
  const shown = relative(process.cwd(), file) || file;
  await refuseExisting(file);

  const next = await findNextNumber({
    folder: dirname(file),
    system: sys,
    ...(code ? { issuerCode: code } : {}),
    issuerName: issuer!,
    typeCode: typeCode ?? '',
    year: Number(issueDate.slice(0, 4)),
    pad: profile.so_ky_hieu.so_toi_thieu_hai_chu_so,
    typeCodeOf: (loai) => (profile.viet_tat_ten_loai as Record<string, string | null>)[loai] ?? undefined,
    lang: ctx.lang,
  });
  const nextLine = describeNext(next, sys, code!, typeCode ?? '', Number(issueDate.slice(0, 4)), t);
  let number = '';
  if (options.so === 'tiep-theo') number = next.number;
  else if (options.so !== undefined) number = padNumber(options.so.trim(), profile.so_ky_hieu.so_toi_thieu_hai_chu_so);
  else if (next.after && asker.interactive) {
    const source = t(text.nextFound, { number: next.number, after: numberAndSymbol(next, sys), file: next.after.file });
    if (await asker.confirm(q.useNextNumber(next.number, source))) number = next.number;
  }

  const schemas = await ensureOfficeSchemas(file, configFile);
  const fileName = basename(file);
  const content = renderSkeleton(docType, {
    modeline: modeline('plan', file),
    ngay_tao: todayVn(),
    ten_loai: typeName.sentence,
    he_thong_ten: SYSTEM_NAMES[sys].vi,
    the_thuc_ten: profile.can_cu.nguon,
    ten_tep: fileName,
    he_thong: sys,
    nha_nuoc: sys === 'nha_nuoc',
    dang: sys === 'dang',
    loai: docType,
    the_thuc: conflict ? null : (config.the_thuc ?? null),
    co_quan: { cap_tren: parent ?? null, ten: issuer, viet_tat: code },
    so: number,
    // The proposal stays a comment beside the blank number (see the skeleton), not a value.
    so_tiep_theo: !number && next.after ? { so: next.number, sau: numberAndSymbol(next, sys), tep: next.after.file } : null,
    ky_hieu: symbol,
    dia_danh: place,
    ngay: issueDate,
    trich_yeu: printedSubject,
    can_cu: citation,
    noi_nhan: {
      // A document with a Kính gửi lists "Như trên" first (NĐ 30, Phụ lục I, II.9).
      gui: [...(DOC_TYPE_REGISTRY[docType].heading === 'cong_van' ? ['Như trên'] : []), ...(config.noi_nhan?.gui?.length ? config.noi_nhan.gui : [placeholder('nơi nhận')])],
      luu: config.noi_nhan?.luu ?? (sys === 'dang' ? placeholder('nơi lưu') : `VT, ${placeholder('đơn vị soạn thảo')}`),
    },
    nguoi_ky: {
      quyen_han: config.nguoi_ky?.quyen_han ?? null,
      tap_the: config.nguoi_ky?.tap_the ?? null,
      chuc_vu: config.nguoi_ky?.chuc_vu ?? placeholder('chức vụ người ký'),
      ho_ten: config.nguoi_ky?.ho_ten ?? placeholder('họ tên người ký'),
    },
  });

  // The promise of `dvk new`: the file validates as written. Checked before it touches the disk.
  const check = loadPlanText(content, file, ctx.lang);
  if (check.report.findings.some((f) => f.severity === 'error')) {
    ctx.stderr(`${t(text.invalid)}\n${formatters.stylish!({ files: [check.report] }, { lang: ctx.lang, color: false })}`);
    return 2;
  }

  const outcome = await writeNewFile(file, content, { force: Boolean(options.force) });
  if (outcome === 'exists') throw new UsageError(t(text.exists, { file: shown, type: commandWord(docType) }));
  const summary = { file: shown, type: ctx.lang === 'vi' ? typeName.sentence.toLowerCase() : typeName.en, system: SYSTEM_NAMES[sys][ctx.lang], profile: profile.can_cu.nguon, reason: profileChoice.reason[ctx.lang] };
  ctx.stdout(`${t(outcome === 'replaced' ? text.replaced : text.created, summary)}\n`);
  ctx.stdout(`${nextLine}\n`);
  ctx.stdout(`${number ? t(text.numberWritten, { number }) : t(text.numberKept)}\n`);
  if (schemas === 'created') ctx.stdout(`${t(text.schemasCopied, { folder: relative(process.cwd(), join(dirname(configFile!), OFFICE_SCHEMA_FOLDER)) || OFFICE_SCHEMA_FOLDER })}\n`);
  const reference = schemaReference('plan', file);
  if (schemas === 'none' && (isAbsolute(reference) || reference.startsWith('file:'))) ctx.stdout(`${t(text.schemaAbsolute, { path: reference })}\n`);
  const left = countPlaceholders(content);
  if (left) ctx.stdout(`${t(text.placeholders, { count: left })}\n`);
  ctx.stdout(`${t(text.nextSteps, { file: /\s/.test(shown) ? `"${shown}"` : shown })}\n`);
  return 0;
}

/** "15/KH-SKHCN" (State) or "08-KH/BDVĐU" (Party), as the number is printed without "Số". */
function numberAndSymbol(next: NextNumber, system: 'nha_nuoc' | 'dang'): string {
  return `${next.after?.numberText}${system === 'dang' ? '-' : '/'}${next.after?.symbol}`;
}

function padNumber(value: string, pad: boolean): string {
  const n = String(Number(value));
  return pad && n.length < 2 ? `0${n}` : n;
}

function describeNext(next: NextNumber, system: 'nha_nuoc' | 'dang', code: string, typeCode: string, year: number, t: (m: Localized, d?: Record<string, string | number>) => string): string {
  const partyNote = system === 'dang' ? t(text.partyTerm) : '';
  if (next.after) return t(text.nextFound, { number: next.number, after: numberAndSymbol(next, system), file: next.after.file }) + partyNote;
  const series = system === 'dang' ? t(text.seriesParty, { type: typeCode, code }) : t(text.seriesState, { code, year });
  return t(text.nextNone, { number: next.number, series }) + partyNote;
}

interface CitationData {
  cach_dan: string;
  loai: string;
  so_ky_hieu: string;
  ngay: string | null;
  co_quan: string | null;
  trich_yeu: string | null;
}

/** The document this one implements, as a structured `can_cu` item (or none). */
async function askCitation(asker: Asker, options: NewOptions, t: (m: Localized) => string, system: string | undefined): Promise<CitationData | null> {
  const flags = [options.canCuLoai, options.canCuSo, options.canCuNgay, options.canCuCoQuan, options.canCuTrichYeu];
  const anyFlag = flags.some((f) => f !== undefined);
  if (anyFlag && options.canCuSo === undefined) throw new UsageError(t(text.citeNeedsNumber));
  const wanted = anyFlag || (await asker.confirm(q.implementsSomething));
  if (!wanted) return null;
  const loai = await asker.text(q.citedType, options.canCuLoai);
  const number = await asker.text(q.citedNumber(system), options.canCuSo);
  const date = await asker.text(q.citedDate, options.canCuNgay);
  const issuer = await asker.text(q.citedIssuer(system), options.canCuCoQuan);
  const subject = await asker.text(q.citedSubject, options.canCuTrichYeu);
  return {
    cach_dan: options.canCuCach ?? 'thuc_hien',
    loai: loai ?? '',
    so_ky_hieu: number ?? '',
    ngay: date ? toIsoDate(date)! : null,
    co_quan: issuer ?? null,
    trich_yeu: subject ?? null,
  };
}

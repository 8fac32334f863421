// The work behind `dvk init`: ask (or read flags), render dvk.config.yaml with its Vietnamese
// comments, check it against the config schema, and write it without destroying an old one.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findConfigFile, type DvkConfig } from '../../config/index.js';
import { localize, type Localized } from '../../i18n/index.js';
import { formatters } from '../../format/index.js';
import { Asker, canAsk } from '../../scaffold/ask.js';
import { q, suggestCode, upper } from '../../scaffold/questions.js';
import { typedPurpose } from '../../lint/helpers/recipients.js';
import { NAME_PREFIX } from '../../lint/helpers/signer.js';
import { installOfficeSchemas, modeline, OFFICE_SCHEMA_FOLDER, repointModelines, type SchemaCopyOutcome } from '../../scaffold/schema-paths.js';
import { renderSkeleton, todayVn } from '../../scaffold/skeleton.js';
import { writeNewFile } from '../../scaffold/write.js';
import type { InitOptions } from '../commands/init.js';
import { UsageError, type CliContext } from '../context.js';

const text = {
  notAFolder: { vi: '“{{folder}}” không phải là thư mục.', en: '“{{folder}}” is not a folder.' },
  exists: {
    vi: 'Đã có {{file}}; dvk không ghi đè để khỏi mất cấu hình cũ. Sửa trực tiếp tệp đó, hoặc chạy lại với --force để ghi đè.',
    en: '{{file}} already exists; dvk does not overwrite it. Edit it, or run again with --force to overwrite.',
  },
  parentConfig: {
    vi: 'Lưu ý: thư mục cha đã có {{file}}; tệp mới sẽ thay nó cho các văn bản trong {{folder}}.',
    en: 'Note: a parent folder already has {{file}}; the new file takes its place for documents in {{folder}}.',
  },
  intro: {
    vi: 'dvk init: tạo cấu hình cho cơ quan.\nTrả lời từng câu (Enter: nhận giá trị trong ngoặc; Ctrl+C: hủy).',
    en: 'dvk init: office configuration.\nAnswer each question (Enter takes the value in brackets; Ctrl+C cancels).',
  },
  written: { vi: 'Đã tạo {{file}}{{replaced}}.', en: 'Wrote {{file}}{{replaced}}.' },
  replaced: { vi: ' (ghi đè tệp cũ)', en: ' (replaced the old file)' },
  leftOut: {
    vi: 'Chưa có: {{list}}. `dvk new` sẽ để chỗ [CẦN BỔ SUNG] cho các mục này; sửa tệp cấu hình hoặc chạy lại `dvk init --force` với {{flags}}.',
    en: 'Not set: {{list}}. `dvk new` will leave [CẦN BỔ SUNG] places for them; edit the config or run `dvk init --force` with {{flags}}.',
  },
  next: { vi: 'Tiếp theo: dvk new kehoach   (tạo kế hoạch mới với thông tin của cơ quan)', en: 'Next: dvk new kehoach   (start a new plan with the office data)' },
  stateProfile: { vi: '--the-thuc {{value}} chỉ dùng cho văn bản Đảng; văn bản Nhà nước theo nd30.', en: '--the-thuc {{value}} is for Party documents; State documents use nd30.' },
  invalid: { vi: 'dvk tạo ra tệp cấu hình không hợp lệ (lỗi của dvk):', en: 'dvk produced an invalid config file (a dvk bug):' },
  titleFound: {
    vi: '“{{prefix}}” là học hàm, học vị: họ tên người ký in không kèm học hàm, học vị (NĐ 30/2020, Phụ lục I, ô 7b).',
    en: '“{{prefix}}” is an academic title: the signer’s name is printed without it (Decree 30/2020, Appendix I, box 7b).',
  },
  titleKept: {
    vi: 'Cảnh báo: họ tên “{{name}}” có học hàm, học vị “{{prefix}}”; dvk lint sẽ nhắc ở mỗi văn bản. Nên ghi --ho-ten "{{plain}}".',
    en: 'Warning: the name “{{name}}” carries the title “{{prefix}}”; dvk lint will flag it in every document. Use --ho-ten "{{plain}}".',
  },
  purposeFound: {
    vi: 'Nơi nhận “{{recipient}}” có kèm mục đích gửi. Cấu hình chỉ ghi tên; mục đích (“{{purpose}}”) ghi ở `de:` của nơi nhận trong từng văn bản.',
    en: 'The recipient “{{recipient}}” carries a purpose. The config keeps names only; the purpose (“{{purpose}}”) goes in the recipient’s `de:` in each document.',
  },
  purposeKept: {
    vi: 'Cảnh báo: nơi nhận “{{recipient}}” có kèm mục đích gửi; nên ghi tên “{{name}}” và đặt mục đích “{{purpose}}” ở `de:` trong từng văn bản (dvk lint sẽ nhắc).',
    en: 'Warning: the recipient “{{recipient}}” carries a purpose; write the name “{{name}}” and put “{{purpose}}” in `de:` in each document (dvk lint will say so).',
  },
  schemasWritten: {
    vi: 'Đã chép schema vào {{folder}}/: VS Code gợi ý và kiểm tra các tệp trong thư mục này, kể cả khi chép cả thư mục sang máy khác. Sau khi nâng cấp dvk, chạy `dvk init --update`.',
    en: 'Copied the schemas into {{folder}}/: VS Code completes and checks the files in this folder, even after the folder is copied to another computer. After upgrading dvk, run `dvk init --update`.',
  },
  updated: { vi: '{{file}}: {{outcome}}', en: '{{file}}: {{outcome}}' },
  outcomeCreated: { vi: 'đã tạo', en: 'created' },
  outcomeUpdated: { vi: 'đã cập nhật theo dvk {{version}}', en: 'updated to dvk {{version}}' },
  outcomeUnchanged: { vi: 'đã đúng với dvk {{version}}, không cần cập nhật', en: 'already matches dvk {{version}}, nothing to do' },
  repointed: { vi: '{{file}}: dòng schema ở đầu tệp nay trỏ tới .dvk/', en: '{{file}}: the schema line at the top now points to .dvk/' },
  updateNoConfig: {
    vi: 'Lưu ý: {{folder}} chưa có dvk.config.yaml; bản sao schema vẫn được ghi, các văn bản tạo trong thư mục này sẽ trỏ tới nó.',
    en: 'Note: {{folder}} has no dvk.config.yaml; the schema copy is written anyway, and plans created here will point to it.',
  },
} satisfies Record<string, Localized>;

const splitList = (values: string[] | undefined): string[] | undefined =>
  values?.flatMap((v) => v.split(';')).map((v) => v.normalize('NFC').trim()).filter(Boolean);

export async function runInit(folderArg: string | undefined, options: InitOptions, ctx: CliContext): Promise<number> {
  const t = (m: Localized, data?: Record<string, string | number>) => localize(m, ctx.lang, data);
  const folder = resolve(folderArg ?? '.');
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw new UsageError(t(text.notAFolder, { folder: folderArg ?? folder }));
  if (options.update) return updateSchemas(folder, ctx);
  const file = join(folder, 'dvk.config.yaml');
  const shown = relative(process.cwd(), file) || file;
  // Refuse before asking anything: answering ten questions to be told "already exists" is rude.
  if (existsSync(file) && !options.force) throw new UsageError(t(text.exists, { file: shown }));

  const asker = new Asker({ interactive: canAsk() && !options.yes, lang: ctx.lang, yes: Boolean(options.yes) });
  if (asker.interactive) ctx.stdout(`${t(text.intro)}\n`);

  const system = (await asker.select({ ...q.system, default: 'nha_nuoc' }, options.heThong)) as 'nha_nuoc' | 'dang';
  const config: DvkConfig = { dvk: 1, he_thong: system };

  const parent = upper(await asker.text(q.parentOrgan(system), options.capTren));
  // Interactively the organ is required; from flags it may be left for later (the config is optional data).
  const issuer = upper(await asker.text({ ...q.issuer(system), required: asker.interactive }, options.coQuan));
  const code = upper(await asker.text({ ...q.issuerCode(issuer ? suggestCode(issuer, parent) : undefined), required: asker.interactive && Boolean(issuer) }, options.vietTat));
  if (parent || issuer || code) config.co_quan = { ...(parent ? { cap_tren: parent } : {}), ...(issuer ? { ten: issuer } : {}), ...(code ? { viet_tat: code } : {}) };

  const place = await asker.text({ ...q.place, required: asker.interactive }, options.diaDanh);
  if (place) config.dia_danh = place;

  const authority = await asker.select(q.authority(system), options.quyenHan);
  const onBehalfOf = authority && authority !== 'khong' ? upper(await asker.text(q.onBehalfOf(system, authority), options.tapThe)) : undefined;
  const title = upper(await asker.text(q.signerTitle(system, authority), options.chucVu));
  const name = await withoutTitle(await asker.text(q.signerName, options.hoTen), asker, ctx);
  const signer = {
    ...(authority && authority !== 'khong' ? { quyen_han: authority } : {}),
    ...(onBehalfOf ? { tap_the: onBehalfOf } : {}),
    ...(title ? { chuc_vu: title } : {}),
    ...(name ? { ho_ten: name } : {}),
  };
  if (Object.keys(signer).length) config.nguoi_ky = signer;

  const recipientsAnswer = options.noiNhan ? options.noiNhan.join(';') : await asker.text(q.recipients(system));
  const recipients = await withoutPurposes(splitList(recipientsAnswer ? [recipientsAnswer] : undefined), asker, ctx);
  const archive = await asker.text(q.archive(system), options.luu);
  if (recipients?.length || archive) config.noi_nhan = { ...(recipients?.length ? { gui: recipients } : {}), ...(archive ? { luu: archive } : {}) };

  if (system === 'dang') {
    const profile = await asker.select(q.profile, options.theThuc);
    if (profile && profile !== 'tu-dong') config.the_thuc = profile as 'dang-hd36' | 'dang-hd05';
  } else if (options.theThuc && options.theThuc !== 'tu-dong' && options.theThuc !== 'nd30') {
    throw new UsageError(t(text.stateProfile, { value: options.theThuc }));
  }
  asker.finish();

  // The schema copy first: the config's own modeline (and every plan's) points into it.
  await installOfficeSchemas(folder);
  const content = renderConfig(config, file);
  // The file must load back as a valid config: checked before it is written.
  const check = await checkConfigText(content, file, ctx);
  if (check) {
    ctx.stderr(`${t(text.invalid)}\n${check}`);
    return 2;
  }

  const parentConfig = findConfigFile(dirname(folder));
  const outcome = await writeNewFile(file, content, { force: Boolean(options.force) });
  if (outcome === 'exists') throw new UsageError(t(text.exists, { file: shown }));
  ctx.stdout(`${t(text.written, { file: shown, replaced: outcome === 'replaced' ? t(text.replaced) : '' })}\n`);
  if (parentConfig) ctx.stdout(`${t(text.parentConfig, { file: parentConfig, folder: relative(process.cwd(), folder) || '.' })}\n`);
  ctx.stdout(`${t(text.schemasWritten, { folder: relative(process.cwd(), join(folder, OFFICE_SCHEMA_FOLDER)) || OFFICE_SCHEMA_FOLDER })}\n`);
  const missing = describeMissing(config, ctx.lang);
  if (missing) ctx.stdout(`${missing}\n`);
  ctx.stdout(`${t(text.next)}\n`);
  return 0;
}

/**
 * "TS. Nguyễn Văn A": the signer's name is printed without học hàm, học vị (NĐ 30 Phụ lục I, ô 7b;
 * lint's signer-no-title-prefix). Said at once, with the name without it offered; from flags
 * (nothing to ask) the answer is kept as given and the warning names the value to use.
 */
async function withoutTitle(name: string | undefined, asker: Asker, ctx: CliContext): Promise<string | undefined> {
  const prefix = name ? NAME_PREFIX.exec(name) : null;
  if (!name || !prefix) return name;
  const plain = name.slice(prefix[0].length).trim();
  const data = { prefix: prefix[0].trim(), name, plain };
  if (!asker.interactive) {
    ctx.stderr(`${localize(text.titleKept, ctx.lang, data)}\n`);
    return name;
  }
  ctx.stdout(`${localize(text.titleFound, ctx.lang, data)}\n`);
  return (await asker.confirm(q.useSplit(plain))) ? plain : name;
}

/**
 * "UBND tỉnh (để báo cáo)": the config keeps names only; the purpose is written per document in
 * `de:` (lint's noi-nhan-purpose). Offered the same way as withoutTitle.
 */
async function withoutPurposes(recipients: string[] | undefined, asker: Asker, ctx: CliContext): Promise<string[] | undefined> {
  if (!recipients) return recipients;
  const out: string[] = [];
  for (const recipient of recipients) {
    const typed = typedPurpose(recipient);
    if (!typed || !typed.name) {
      out.push(recipient);
      continue;
    }
    const data = { recipient, name: typed.name, purpose: typed.expanded };
    if (!asker.interactive) {
      ctx.stderr(`${localize(text.purposeKept, ctx.lang, data)}\n`);
      out.push(recipient);
      continue;
    }
    ctx.stdout(`${localize(text.purposeFound, ctx.lang, data)}\n`);
    out.push((await asker.confirm(q.useSplit(typed.name))) ? typed.name : recipient);
  }
  return out;
}

/** `dvk init --update`: the office's copy of the schemas brought up to the installed dvk. */
async function updateSchemas(folder: string, ctx: CliContext): Promise<number> {
  const t = (m: Localized, data?: Record<string, string | number>) => localize(m, ctx.lang, data);
  const { readFileSync } = await import('node:fs');
  const { dataPath } = await import('../../shared/paths.js');
  const version = (JSON.parse(readFileSync(dataPath('package.json'), 'utf8')) as { version: string }).version;
  const words: Record<SchemaCopyOutcome, Localized> = { created: text.outcomeCreated, updated: text.outcomeUpdated, unchanged: text.outcomeUnchanged };
  // Run from a subfolder of the office, the copy still goes beside the office's config.
  const configFile = findConfigFile(folder);
  const office = configFile ? dirname(configFile) : folder;
  for (const { file, outcome } of await installOfficeSchemas(office)) {
    ctx.stdout(`${t(text.updated, { file: relative(process.cwd(), file) || file, outcome: t(words[outcome], { version }) })}\n`);
  }
  if (!configFile) {
    ctx.stdout(`${t(text.updateNoConfig, { folder: relative(process.cwd(), folder) || '.' })}\n`);
    return 0;
  }
  // Files written before the office had its copy point elsewhere: their first line is repointed.
  for (const changed of await repointModelines(office)) ctx.stdout(`${t(text.repointed, { file: relative(process.cwd(), changed) || changed })}\n`);
  return 0;
}

/** What `dvk new` will have to leave as [CẦN BỔ SUNG] places, and the flags that fill it. */
const OPTIONAL_FACTS: [(c: DvkConfig) => boolean, Localized, string][] = [
  [(c) => !c.co_quan?.ten, { vi: 'tên cơ quan', en: 'organ name' }, '--co-quan'],
  [(c) => !c.co_quan?.viet_tat, { vi: 'tên viết tắt', en: 'abbreviation' }, '--viet-tat'],
  [(c) => !c.dia_danh, { vi: 'địa danh', en: 'place' }, '--dia-danh'],
  [(c) => !c.nguoi_ky?.chuc_vu, { vi: 'chức vụ người ký', en: 'signer title' }, '--chuc-vu'],
  [(c) => !c.nguoi_ky?.ho_ten, { vi: 'họ tên người ký', en: 'signer name' }, '--ho-ten'],
  [(c) => !c.noi_nhan?.gui?.length, { vi: 'nơi nhận', en: 'recipients' }, '--noi-nhan'],
  [(c) => !c.noi_nhan?.luu, { vi: 'dòng lưu', en: 'archive line' }, '--luu'],
];

function describeMissing(config: DvkConfig, lang: CliContext['lang']): string | undefined {
  const missing = OPTIONAL_FACTS.filter(([isMissing]) => isMissing(config));
  if (!missing.length) return undefined;
  return localize(text.leftOut, lang, { list: missing.map(([, what]) => localize(what, lang)).join(', '), flags: missing.map(([, , flag]) => flag).join(' ') });
}

export function renderConfig(config: DvkConfig, file: string): string {
  const party = config.he_thong === 'dang';
  return renderSkeleton('dvk.config', {
    modeline: modeline('config', file),
    ngay_tao: todayVn(),
    he_thong: config.he_thong ?? 'nha_nuoc',
    the_thuc: config.the_thuc ?? null,
    the_thuc_vi_du: party ? 'dang-hd05' : 'nd30',
    vi_du_so: party ? '“Số 22-KH/ĐU”' : '“Số: 15/KH-SKHCN”',
    vi_du_luu: party ? '“- Lưu Văn phòng Đảng ủy.”' : '“- Lưu: VT, VP.”',
    vi_du_gia_tri_luu: party ? 'Văn phòng Đảng ủy' : 'VT, VP',
    vi_du_noi_nhan: party ? 'Ban Dân vận Tỉnh ủy' : 'UBND tỉnh',
    co_quan: config.co_quan ? { cap_tren: null, ten: null, viet_tat: null, ...config.co_quan } : null,
    dia_danh: config.dia_danh ?? null,
    nguoi_ky: config.nguoi_ky ? { quyen_han: null, tap_the: null, chuc_vu: null, ho_ten: null, ...config.nguoi_ky } : null,
    noi_nhan: config.noi_nhan ? { gui: null, luu: null, ...config.noi_nhan } : null,
  });
}

/** Problems of a config text, formatted; undefined when it is valid. */
async function checkConfigText(content: string, file: string, ctx: CliContext): Promise<string | undefined> {
  const { parsePlanYaml } = await import('../../plan/load.js');
  const { validateAgainst } = await import('../../schema/validate.js');
  const parsed = parsePlanYaml(content, file, ctx.lang);
  const findings = 'fatal' in parsed ? parsed.fatal : [...parsed.findings, ...validateAgainst('config', parsed.data, parsed.sourceMap, file, ctx.lang)];
  if (findings.length === 0) return undefined;
  return formatters.stylish!({ files: [{ file, source: content, findings }] }, { lang: ctx.lang, color: false });
}


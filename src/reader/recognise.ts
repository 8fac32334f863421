// Lines (or .docx paragraphs) → the parts of a Vietnamese official document, as plan-shaped raw
// data (the keys of schemas/plan.schema.json) with a position for every value.
//
// The document is cut into zones from its landmarks: header (up to the tên loại line), subject,
// body (up to "Nơi nhận:" or the signature block), recipients, signature. Within the body, the
// typed numbering (I., 1., 1.1., a), -) becomes structure. Written-form mistakes that the plan
// cannot hold (the colon after "Số", the punctuation the renderer adds to nơi nhận lines…) are
// reported here, on the original line; the words themselves are kept as written so that the
// lint rules see the document's own mistakes.
//
// Each zone is a module of src/reader/zones/ (header, subject, body with structure and basis,
// closing, signature, recipients); they share one ReaderContext and are given the profile, which
// is chosen outside them (`profileFor`).
import type { IsoDate, System } from '../plan/model.js';
import { DOC_TYPE_IDS, DOC_TYPE_REGISTRY } from '../plan/doc-types.js';
import type { DocType } from '../plan/model.js';
import type { Profile } from '../profile/index.js';
import { resolveProfile } from '../profile/resolve.js';
import type { PlanPath } from '../report/finding.js';
import { NOT_FOUND, TO_WRITE } from '../shared/placeholders.js';
import { partNames, unsure } from './messages.js';
import * as P from './patterns.js';
import { pathKey, type Located } from './source-map.js';
import type { DocumentSource } from './source.js';
import { val } from './val.js';
import { buildBody, paragraphs, readAppendices } from './zones/body.js';
import { cutOffAt, terminatorCheck } from './zones/closing.js';
import { derived, Leaf, leaf, ReaderContext, type Recognition, type Tree, type Uncertain } from './zones/context.js';
import { decideSystem, formChecks, guessHeaderEnd, headerData, headerless, readHeader } from './zones/header.js';
import { noiNhanData, readFooter, readRecipients } from './zones/recipients.js';
import { signerData } from './zones/signature.js';
import { attachedText, findTypeLine, readAddressees, readSubject } from './zones/subject.js';

export type { ReaderNote, Recognition, Uncertain } from './zones/context.js';

/** The registered type without a tên loại line whose trích yếu sits under the number (công văn). */
const LETTER_TYPE = DOC_TYPE_IDS.find((id) => DOC_TYPE_REGISTRY[id].heading === 'cong_van')!;

/** What `dvk import` writes for a part it did not find (draft-placeholders reports it in the YAML). */
export const PLACEHOLDER = `[${TO_WRITE}]`;
/**
 * What `dvk lint` on a .txt/.docx puts there instead: the reader already reported the part as
 * not found, so the placeholder must not trip draft-placeholders (which skips bracketed text
 * without "bổ sung/cần/điền") nor the case rules (it is upper case).
 */
export const LINT_PLACEHOLDER = `[${NOT_FOUND}]`;

/** What the reader found that decides the profile: the system and, when there is one, the issue date. */
export interface FoundDocument {
  system: System;
  issueDate?: IsoDate;
}

/** Chooses the profile for what the reader found: the one decision the zones do not make. */
export type ProfileFor = (found: FoundDocument) => Profile;

/** By system and date through the one resolver (src/profile/resolve.ts), when the caller passes no config or --profile. */
export const profileBySystemAndDate: ProfileFor = (found) => resolveProfile(found).profile;

export interface RecogniseOptions {
  /** What a part not found becomes (PLACEHOLDER for import, LINT_PLACEHOLDER for lint). */
  placeholder?: string;
  /** The profile for the document; given to every zone that checks a written form. */
  profileFor?: ProfileFor;
}

export function recognise(source: DocumentSource, options: RecogniseOptions = {}): Recognition {
  const ctx = new ReaderContext(source, options.placeholder ?? PLACEHOLDER);
  const profileFor = options.profileFor ?? profileBySystemAndDate;
  const lines = ctx.lines;
  const firstContent = lines.findIndex((l) => l.text.trim() !== '');
  const docStart = firstContent === -1 ? 0 : lines[firstContent]!.start;

  // 1. The tên loại line splits header from body.
  const { typeIndex, docType, unregistered } = findTypeLine(ctx);

  // 2. Header zone.
  const headerEnd = typeIndex === -1 ? guessHeaderEnd(ctx) : typeIndex;
  const header = readHeader(ctx, typeIndex === -1 && headerless(ctx, headerEnd) ? 0 : headerEnd, typeIndex === -1);

  // 3. Subject (trích yếu): the lines right after the tên loại, or a công văn's under the number.
  const read = readSubject(ctx, typeIndex, header.end);
  const cursor = read.cursor;
  if (typeIndex !== -1) ctx.attached = attachedText(ctx, cursor);
  const letter = typeIndex === -1 && header.letterSubject ? header.letterSubject : undefined;
  const subject = letter ? leaf(letter) : read.subject;

  // 4. Appendices ("Phụ lục" after the signature) and the footer: "Nơi nhận:" and the
  // signature block, read from the end of what comes before them.
  let appendixStart = lines.findIndex((l, i) => i > cursor && P.APPENDIX.test(l.text.replace(/\*\*/g, '').trim()));
  if (appendixStart === -1) appendixStart = lines.length;
  const footer = readFooter(ctx, cursor, appendixStart);

  // 5. Body between them.
  const bodyParas = paragraphs(ctx, cursor, footer.start);
  const kinhGui = readAddressees(ctx, bodyParas);
  cutOffAt(ctx, bodyParas, footer);

  // System and profile: the header decides; the number's shape, the authority form and the
  // Party star break a tie. The profile is chosen by `profileFor`, not here.
  const system = decideSystem(ctx, header, footer);
  const date = header.date;
  const profile = profileFor({ system: system.value, ...(date?.iso ? { issueDate: isoParts(date.iso) } : {}) });
  formChecks(ctx, header, footer, system.value, profile);
  readRecipients(ctx, footer, profile);

  const data: Record<string, Tree> = {};
  data.dvk = new Leaf(1, docStart, docStart);
  data.he_thong = system.leaf;
  const typeLeaf = typeIndex !== -1
    ? derived(docType!, lines[typeIndex]!)
    : letter
      ? derived(LETTER_TYPE, letter)
      : ctx.unsure(new Leaf('ke_hoach', docStart, docStart), unsure.typeGuess);
  if (typeIndex === -1 && !letter) ctx.notFound(partNames.type, docStart, ['loai']);
  ctx.typeGuessed = (typeIndex === -1 && !letter) || Boolean(unregistered);
  // A type dvk has no rules for (reader/unknown-type said so): `loai` holds a stand-in, and the
  // rules that judge a document by its type stay silent, as for a type not found.
  if (unregistered) {
    ctx.unsure(typeLeaf, unsure.typeUnregistered, { name: unregistered, standIn: String(typeLeaf.value) });
    ctx.missing.push(['loai']);
  }
  data.loai = typeLeaf;
  const type = (typeLeaf.value as DocType) ?? 'ke_hoach';

  headerData(ctx, header, data, docStart, Boolean(letter));

  if (subject) data.trich_yeu = subject;
  else {
    ctx.notFound(partNames.subject, docStart, ['trich_yeu']);
    data.trich_yeu = ctx.placeholder(partNames.subject, docStart);
  }
  if (kinhGui) data.kinh_gui = kinhGui;

  // Body.
  buildBody(ctx, bodyParas, type, data, footer.start, system.value);
  terminatorCheck(ctx, bodyParas, profile);

  // Recipients.
  const bodyEnd = lines[Math.max(0, footer.start - 1)]?.start ?? docStart;
  data.noi_nhan = noiNhanData(ctx, footer, bodyEnd);

  // Signer.
  data.nguoi_ky = signerData(ctx, footer.signature, bodyEnd);

  const appendices = readAppendices(ctx, appendixStart);
  if (appendices.length) data.phu_luc = appendices;

  // Materialise: tree → plain data + positions by path.
  const entries = new Map<string, Located>();
  const uncertain: Uncertain[] = [];
  const placeholders: PlanPath[] = [];
  const plain = ctx.materialise(data, [], entries, uncertain, placeholders) as Record<string, unknown>;
  for (const [path, at] of ctx.extraEntries) if (!entries.has(pathKey(path))) entries.set(pathKey(path), at);
  return {
    data: orderKeys(plain),
    entries,
    uncertain,
    notes: ctx.notes,
    placeholders,
    components: ctx.components,
    blankNumberOrDay: ctx.blankNumberOrDay,
    missing: ctx.missing,
    profile,
  };
}

function isoParts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { iso, year: y!, month: m ?? 1, ...(d ? { day: d } : {}) };
}

/** The plan's keys in the order of the schema (and of a hand-written plan). */
const KEY_ORDER = ['dvk', 'he_thong', 'the_thuc', 'loai', 'du_thao', 'mat', 'khan', 'co_quan', 'so', 'ky_hieu', 'dia_danh', 'ngay', 'trich_yeu', 'kinh_gui', 'tham_quyen', 'can_cu', 'mo_dau', 'danh_so', 'muc_dich_yeu_cau', 'noi_dung', 'thoi_gian_thuc_hien', 'kinh_phi', 'to_chuc_thuc_hien', 'cau_ket', 'noi_nhan', 'nguoi_ky', 'phu_luc'];

function orderKeys(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (key in data) out[key] = data[key];
  for (const key of Object.keys(data)) if (!(key in out)) out[key] = data[key];
  return out;
}

export { val };
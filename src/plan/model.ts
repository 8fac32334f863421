// The plan model: what the YAML says, in code names (shared/notes/glossary.md), with the path of
// every value so that rules can point back into the file. Built only from schema-valid data.
import type { PlanPath } from '../report/finding.js';
import { parseIsoDate, type IsoDate } from '../shared/dates.js';
import { docTypeOf, type DocType, type System } from './doc-types.js';

// Dates are read and written by src/shared/dates.ts; re-exported here with the other plan types.
export { parseIsoDate, type IsoDate };
export type { DocType, System };
/** The id of a format profile: the file name of one of profiles/*.yaml (see src/profile/ids.ts). */
export type ProfileId = string;
export type NumberingStyle = 'la_ma' | 'so' | 'thap_phan';

/** A string value with the place it came from. */
export interface Text {
  text: string;
  path: PlanPath;
}

export interface Citation {
  kind: 'citation';
  mode?: 'can_cu' | 'thuc_hien';
  docType: Text;
  numberSymbol: Text;
  date?: IsoDate & { path: PlanPath };
  issuer?: Text;
  subject?: Text;
  path: PlanPath;
}

export type LegalBasisItem = ({ kind: 'text' } & Text) | Citation;

export type Block =
  | ({ kind: 'paragraph' } & Text)
  | { kind: 'bullets'; items: Text[]; path: PlanPath }
  | Item;

/** A numbered item (mục, nhiệm vụ, tiểu mục). Numbering is generated from its depth. */
export interface Item {
  kind: 'item';
  title?: Text;
  content: Block[];
  lead?: Text;
  partners?: Text[];
  period?: Text;
  deadline?: IsoDate & { path: PlanPath };
  output?: Text;
  path: PlanPath;
}

export type PartKey = 'muc_dich_yeu_cau' | 'noi_dung' | 'thoi_gian_thuc_hien' | 'kinh_phi' | 'to_chuc_thuc_hien';

/** A Roman-numbered part of a kế hoạch. */
export interface Part {
  key: PartKey;
  title?: Text;
  content: Block[];
  /** muc_dich_yeu_cau written as separate `muc_dich` and `yeu_cau`. */
  purposes?: Block[];
  requirements?: Block[];
  path: PlanPath;
}

export interface Recipient {
  name: Text;
  /** "báo cáo" → printed "(để báo cáo)". */
  purpose?: Text;
  path: PlanPath;
}

export interface Plan {
  formatVersion: 1;
  system: System;
  profileId?: ProfileId;
  docType: DocType;
  draft: boolean;
  draftLabel?: string;
  secrecy?: Text;
  urgency?: Text;
  issuer: { parent?: Text; name: Text; code?: Text };
  number?: Text;
  symbol?: Text;
  place: Text;
  issueDate?: IsoDate & { path: PlanPath };
  subject: Text;
  addressees: Text[];
  legalBasis: LegalBasisItem[];
  opening: Text[];
  numbering?: NumberingStyle;
  /** Quyết định: who decides ("Chủ tịch Ủy ban nhân dân huyện …"), printed above or below the căn cứ. */
  authority?: Text;
  /** Kế hoạch: the named parts in document order. */
  parts: Part[];
  /** Other document types: the body. */
  body: Block[];
  closing?: Text;
  recipients: { to: Recipient[]; archive: Text[]; path: PlanPath };
  signer: { authority?: Text; onBehalfOf?: Text; title: Text; name: Text; path: PlanPath };
  appendices: { title: Text; content: Block[]; path: PlanPath }[];
}

export const PART_KEYS: readonly PartKey[] = ['muc_dich_yeu_cau', 'noi_dung', 'thoi_gian_thuc_hien', 'kinh_phi', 'to_chuc_thuc_hien'];

type Raw = Record<string, any>;

const t = (value: unknown, path: PlanPath): Text => ({ text: String(value ?? ''), path });
const opt = (raw: Raw, key: string, path: PlanPath): Text | undefined =>
  raw[key] === undefined || raw[key] === null || raw[key] === '' ? undefined : t(raw[key], [...path, key]);

function texts(value: unknown, path: PlanPath): Text[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.map((v, i) => t(v, [...path, i]));
  return [t(value, path)];
}

function date(raw: Raw, key: string, path: PlanPath): (IsoDate & { path: PlanPath }) | undefined {
  const parsed = parseIsoDate(raw[key]);
  return parsed ? { ...parsed, path: [...path, key] } : undefined;
}

function blocks(value: unknown, path: PlanPath): Block[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') return [{ kind: 'paragraph', text: value, path }];
  if (!Array.isArray(value)) return [];
  return value.map((entry, i): Block => {
    const p = [...path, i];
    if (typeof entry === 'string') return { kind: 'paragraph', text: entry, path: p };
    const raw = entry as Raw;
    if ('gach' in raw) return { kind: 'bullets', items: texts(raw.gach, [...p, 'gach']), path: p };
    return item(raw, p);
  });
}

function item(raw: Raw, path: PlanPath): Item {
  const result: Item = { kind: 'item', content: blocks(raw.noi_dung, [...path, 'noi_dung']), path };
  const title = opt(raw, 'tieu_de', path);
  if (title) result.title = title;
  const lead = opt(raw, 'chu_tri', path);
  if (lead) result.lead = lead;
  const partners = texts(raw.phoi_hop, [...path, 'phoi_hop']);
  if (partners.length) result.partners = partners;
  const period = opt(raw, 'thoi_gian', path);
  if (period) result.period = period;
  const deadline = date(raw, 'thoi_han', path);
  if (deadline) result.deadline = deadline;
  const output = opt(raw, 'san_pham', path);
  if (output) result.output = output;
  return result;
}

function part(key: PartKey, value: unknown): Part | undefined {
  if (value === undefined || value === null) return undefined;
  const path = [key];
  if (typeof value === 'string' || Array.isArray(value)) return { key, content: blocks(value, path), path };
  const raw = value as Raw;
  const result: Part = { key, content: blocks(raw.noi_dung, [key, 'noi_dung']), path };
  const title = opt(raw, 'tieu_de', path);
  if (title) result.title = title;
  if (raw.muc_dich !== undefined) result.purposes = blocks(raw.muc_dich, [key, 'muc_dich']);
  if (raw.yeu_cau !== undefined) result.requirements = blocks(raw.yeu_cau, [key, 'yeu_cau']);
  return result;
}

function citation(raw: Raw, path: PlanPath): Citation {
  const result: Citation = { kind: 'citation', docType: t(raw.loai, [...path, 'loai']), numberSymbol: t(raw.so_ky_hieu, [...path, 'so_ky_hieu']), path };
  if (raw.cach_dan) result.mode = raw.cach_dan;
  const d = date(raw, 'ngay', path);
  if (d) result.date = d;
  const issuer = opt(raw, 'co_quan', path);
  if (issuer) result.issuer = issuer;
  const subject = opt(raw, 'trich_yeu', path);
  if (subject) result.subject = subject;
  return result;
}

/** Builds the model from data that passed the schema (the schema guarantees the shapes used here). */
export function toPlan(data: Raw): Plan {
  const coQuan = (data.co_quan ?? {}) as Raw;
  const nguoiKy = (data.nguoi_ky ?? {}) as Raw;
  const noiNhan = (data.noi_nhan ?? {}) as Raw;
  const duThao = data.du_thao;
  const draft = duThao === true || (typeof duThao === 'string' && !['', 'false', 'no', 'khong'].includes(duThao.trim().toLowerCase()));
  const plan: Plan = {
    formatVersion: 1,
    system: data.he_thong === 'dang' ? 'party' : 'state',
    docType: data.loai as DocType,
    draft,
    issuer: { name: t(coQuan.ten, ['co_quan', 'ten']) },
    place: t(data.dia_danh, ['dia_danh']),
    subject: t(data.trich_yeu, ['trich_yeu']),
    addressees: texts(data.kinh_gui, ['kinh_gui']),
    legalBasis: (Array.isArray(data.can_cu) ? data.can_cu : []).map((entry: unknown, i: number): LegalBasisItem =>
      typeof entry === 'string' ? { kind: 'text', text: entry, path: ['can_cu', i] } : citation(entry as Raw, ['can_cu', i]),
    ),
    opening: texts(data.mo_dau, ['mo_dau']),
    parts: [],
    body: [],
    recipients: {
      to: (Array.isArray(noiNhan.gui) ? noiNhan.gui : []).map((entry: unknown, i: number): Recipient => {
        const path = ['noi_nhan', 'gui', i];
        if (typeof entry === 'string') return { name: t(entry, path), path };
        const raw = entry as Raw;
        const recipient: Recipient = { name: t(raw.ten, [...path, 'ten']), path };
        const purpose = opt(raw, 'de', path);
        if (purpose) recipient.purpose = purpose;
        return recipient;
      }),
      archive: texts(noiNhan.luu, ['noi_nhan', 'luu']),
      path: ['noi_nhan'],
    },
    signer: { title: t(nguoiKy.chuc_vu, ['nguoi_ky', 'chuc_vu']), name: t(nguoiKy.ho_ten, ['nguoi_ky', 'ho_ten']), path: ['nguoi_ky'] },
    appendices: (Array.isArray(data.phu_luc) ? data.phu_luc : []).map((raw: Raw, i: number) => ({
      title: t(raw.tieu_de, ['phu_luc', i, 'tieu_de']),
      content: blocks(raw.noi_dung, ['phu_luc', i, 'noi_dung']),
      path: ['phu_luc', i],
    })),
  };
  if (data.the_thuc) plan.profileId = data.the_thuc as ProfileId;
  if (typeof duThao === 'string' && draft && !['true', 'yes', 'co'].includes(duThao.trim().toLowerCase())) plan.draftLabel = duThao;
  const secrecy = opt(data, 'mat', []);
  if (secrecy) plan.secrecy = secrecy;
  const urgency = opt(data, 'khan', []);
  if (urgency) plan.urgency = urgency;
  const parent = opt(coQuan, 'cap_tren', ['co_quan']);
  if (parent) plan.issuer.parent = parent;
  const code = opt(coQuan, 'viet_tat', ['co_quan']);
  if (code) plan.issuer.code = code;
  const number = opt(data, 'so', []);
  if (number) plan.number = number;
  const symbol = opt(data, 'ky_hieu', []);
  if (symbol) plan.symbol = symbol;
  const issueDate = date(data, 'ngay', []);
  if (issueDate) plan.issueDate = issueDate;
  if (data.danh_so) plan.numbering = data.danh_so;
  const closing = opt(data, 'cau_ket', []);
  if (closing) plan.closing = closing;
  const authority = opt(nguoiKy, 'quyen_han', ['nguoi_ky']);
  if (authority) plan.signer.authority = authority;
  const onBehalfOf = opt(nguoiKy, 'tap_the', ['nguoi_ky']);
  if (onBehalfOf) plan.signer.onBehalfOf = onBehalfOf;

  const thamQuyen = opt(data, 'tham_quyen', []);
  if (thamQuyen) plan.authority = thamQuyen;

  if (docTypeOf(plan.docType).body === 'parts') {
    for (const key of PART_KEYS) {
      const p = part(key, data[key]);
      if (p) plan.parts.push(p);
    }
  } else {
    const body = data.noi_dung;
    plan.body = typeof body === 'object' && body !== null && !Array.isArray(body) ? blocks((body as Raw).noi_dung, ['noi_dung', 'noi_dung']) : blocks(body, ['noi_dung']);
  }
  return plan;
}

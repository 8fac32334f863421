// The fixed forms a profile dictates, independent of wording: the number line, the date line,
// the authority line, nơi nhận punctuation, and the numbering labels (I. / 1. / a) / 1.1.).
import type { DocType, NumberingStyle, Plan } from '../plan/model.js';
import type { AuthorityKind, Profile } from '../profile/index.js';
import { shortDate, spokenDate } from '../shared/dates.js';

const fill = (pattern: string, values: Record<string, string>): string =>
  pattern.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

// The date forms ("ngày 05 tháng 02 năm 2026", "23/4/2024", the leading-zero rule) are
// src/shared/dates.ts's; the renderer prints them under its own names.
export { spokenDate as dateWords, shortDate };

export function dateLine(plan: Plan): string {
  return `${plan.place.text}, ${spokenDate(plan.issueDate)}`;
}

/** The ký hiệu as written in the plan, or composed from the type and the organ's abbreviation. */
export function symbolOf(plan: Pick<Plan, 'symbol' | 'docType' | 'issuer'>, profile: Profile): string {
  if (plan.symbol) return plan.symbol.text.trim();
  const type = profile.viet_tat_ten_loai[plan.docType as DocType] ?? null;
  const organ = plan.issuer.code?.text.trim() ?? '';
  if (!type) return organ; // công văn: the organ's code only (NĐ 30, Phụ lục III)
  if (!organ) return type;
  return fill(profile.so_ky_hieu.ghep_ky_hieu, { loai: type, co_quan: organ });
}

/** "Số: 15/KH-SKHCN" (State) or "Số 22-KH/ĐU" (Party); a draft may leave the number blank. */
export function numberLine(plan: Plan, profile: Profile): string {
  const symbol = symbolOf(plan, profile);
  const raw = plan.number?.text.trim() ?? '';
  if (!raw) return fill(profile.so_ky_hieu.du_thao_de_trong, { ky_hieu: symbol });
  const number = profile.so_ky_hieu.so_toi_thieu_hai_chu_so && /^\d$/.test(raw) ? `0${raw}` : raw;
  return fill(profile.so_ky_hieu.mau, { so: number, ky_hieu: symbol });
}

// Every way a plan may write an authority, State or Party, mapped to one kind; the profile then
// prints its own form, so a Party plan that says "TM." still prints "T/M" (lint reports it).
const AUTHORITY_ALIASES: Record<string, AuthorityKind> = {
  thay_mat: 'thay_mat', 'tm.': 'thay_mat', tm: 'thay_mat', 't/m': 'thay_mat', 't/m.': 'thay_mat',
  ky_thay: 'ky_thay', 'kt.': 'ky_thay', kt: 'ky_thay', 'k/t': 'ky_thay', 'k/t.': 'ky_thay',
  thua_lenh: 'thua_lenh', 'tl.': 'thua_lenh', tl: 'thua_lenh', 't/l': 'thua_lenh', 't/l.': 'thua_lenh',
  thua_uy_quyen: 'thua_uy_quyen', 'tuq.': 'thua_uy_quyen', tuq: 'thua_uy_quyen', 't/uq': 'thua_uy_quyen',
  quyen: 'quyen', 'q.': 'quyen', q: 'quyen',
};

export function authorityKind(value: string): AuthorityKind | undefined {
  return AUTHORITY_ALIASES[value.trim().toLowerCase()];
}

/** "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "KT. GIÁM ĐỐC" — or nothing when the head signs. */
export function authorityLine(plan: Plan, profile: Profile): string | undefined {
  const { authority, onBehalfOf } = plan.signer;
  const group = onBehalfOf?.text.trim().toLocaleUpperCase('vi-VN');
  if (!authority) return group || undefined;
  const kind = authorityKind(authority.text);
  // A kind the profile does not know (T/UQ under HD 05) falls back to thừa lệnh, as HD 05 says.
  const form = kind ? (profile.quyen_han[kind] ?? profile.quyen_han.thua_lenh ?? authority.text.trim()) : authority.text.trim();
  return group ? `${form} ${group}` : form;
}

/** The nơi nhận lines with the profile's dash and punctuation; the archive line last. */
export function recipientLines(plan: Plan, profile: Profile, purposeForm: (name: string, purpose: string) => string): string[] {
  const nn = profile.noi_nhan;
  const strip = (s: string) => s.trim().replace(/[;,.]+$/, '');
  const lines = plan.recipients.to.map((r) => {
    const name = strip(r.name.text);
    return `${nn.dau_muc}${r.purpose ? purposeForm(name, strip(r.purpose.text)) : name}${nn.ket_muc}`;
  });
  const archive = plan.recipients.archive.map((a) => strip(a.text)).join(', ');
  lines.push(`${nn.dau_muc}${fill(nn.mau_luu, { luu: archive })}${nn.ket_cuoi}`);
  return lines;
}

// ---- numbering ----

export type LabelKind = 'la_ma' | 'so' | 'chu' | 'thap_phan' | 'dieu';
export interface LevelStyle {
  kind: LabelKind;
  after: string;
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) while (n >= value) { out += letters; n -= value; }
  return out;
}

// Điểm letters follow the Vietnamese alphabet without f, j, w, z and the marked vowels
// (NĐ 30, Phụ lục I, II.6 runs a) b) c) d) đ) e) g); the-thuc.md §1.3).
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
export const letter = (n: number): string => LETTERS[(n - 1) % LETTERS.length]!.repeat(Math.floor((n - 1) / LETTERS.length) + 1);

/**
 * The numbering levels for a plan: the profile's (I. / 1. / a)), the plan's own choice, or a
 * quyết định's articles (`dieu`: Điều 1. → khoản 1. → điểm a); NĐ 30, Phụ lục I, II.6).
 */
export function numberingLevels(profile: Profile, style: NumberingStyle | 'dieu' | undefined): LevelStyle[] {
  const ds = profile.danh_so;
  const muc: LevelStyle = { kind: 'so', after: ds.muc.sau };
  const tieuMuc: LevelStyle = { kind: 'chu', after: ds.tieu_muc.sau };
  if (style === 'dieu') return [{ kind: 'dieu', after: '.' }, muc, tieuMuc];
  if (style === 'so') return [muc, tieuMuc];
  if (style === 'thap_phan') return [{ kind: 'thap_phan', after: '.' }, { kind: 'thap_phan', after: '.' }, { kind: 'thap_phan', after: '.' }];
  return [{ kind: ds.phan.kieu === 'la_ma' ? 'la_ma' : 'so', after: ds.phan.sau }, muc, tieuMuc];
}

/** The label of item `n` at `depth`, given the numbers of its ancestors (for 1.2.3.). */
export function label(levels: LevelStyle[], depth: number, path: number[]): string {
  const level = levels[depth]!;
  const n = path[path.length - 1]!;
  switch (level.kind) {
    case 'la_ma': return `${roman(n)}${level.after}`;
    case 'so': return `${n}${level.after}`;
    case 'chu': return `${letter(n)}${level.after}`;
    case 'thap_phan': return `${path.join('.')}${level.after}`;
    case 'dieu': return `Điều ${n}${level.after}`;
  }
}

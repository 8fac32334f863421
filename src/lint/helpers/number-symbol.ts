// Số and ký hiệu of the plan itself. The renderer prints "Số: 15/KH-SKHCN" (State) or
// "Số 22-KH/ĐU" (Party) from `so` and `ky_hieu`; these helpers read a `ky_hieu` into its type
// and organ parts, tell which system's shape it has, and compose one from the profile.
import { DOC_TYPE_IDS, DOC_TYPE_REGISTRY } from '../../plan/doc-types.js';
import type { DocType, IsoDate, System } from '../../plan/model.js';
import { textInForce } from '../../profile/in-force.js';
import type { Profile } from '../../profile/index.js';

export interface ParsedSymbol {
  /** 'state': KH-SKHCN (or a công văn's UBND-VP); 'party': KH/ĐU. */
  shape: 'state' | 'party' | 'unknown';
  /** The type abbreviation (KH); for a State công văn, the organ part. */
  type: string;
  /** The organ part (SKHCN, ĐU, BCĐ). */
  organ: string;
}

/** Splits a ký hiệu, ignoring spaces around its separators. */
export function parseSymbol(symbol: string): ParsedSymbol {
  const compact = symbol.replace(/\s+/g, '');
  const party = /^([\p{L}\d]+)\/([\p{L}\d][\p{L}\d-]*)$/u.exec(compact);
  if (party) return { shape: 'party', type: party[1]!, organ: party[2]! };
  const state = /^([\p{L}\d]+)-([\p{L}\d][\p{L}\d-]*)$/u.exec(compact);
  if (state) return { shape: 'state', type: state[1]!, organ: state[2]! };
  return { shape: 'unknown', type: '', organ: '' };
}

/** The ký hiệu in the profile's form: "{loai}-{co_quan}" or "{loai}/{co_quan}". */
export function composeSymbol(profile: Profile, type: string, organ: string): string {
  return profile.so_ky_hieu.ghep_ky_hieu.replace('{loai}', type).replace('{co_quan}', organ);
}

/**
 * Type abbreviations a system accepts besides those of its profile's own document types: the
 * rest of NĐ 30 Phụ lục III (State) and the Party forms seen in practice (the-thuc.md §3.2:
 * QĐi for Quy định, BS for bản sao).
 */
const EXTRA_TYPE_ABBREVIATIONS: Record<System, string[]> = {
  state: ['DA', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL'],
  party: ['QĐi', 'BS', 'TC', 'HDLT', 'KHLT', 'TBLT'],
};

/**
 * Codes of TT 01/2011/TT-BNV (Phụ lục I) that NĐ 30 renamed (the-thuc.md §3.1: BGN was GN, BTT
 * was TTh, GUQ was UQ, GNP was NP): right on a State document dated while TT 01 was in force.
 */
const OLDER_TYPE_ABBREVIATIONS: Record<string, string[]> = { 'TT 01/2011/TT-BNV': ['GN', 'TTh', 'UQ', 'NP'] };

/** The codes a document may use: its profile's, the rest of its system's table, and those of the older text in force on its date. */
export function allowedTypeAbbreviations(profile: Profile, system: System, issueDate?: IsoDate): string[] {
  const own = Object.values(profile.viet_tat_ten_loai).filter((v): v is string => typeof v === 'string');
  const older = OLDER_TYPE_ABBREVIATIONS[textInForce(system, issueDate)?.name ?? ''] ?? [];
  return [...new Set([...own, ...EXTRA_TYPE_ABBREVIATIONS[system], ...older])];
}

/** The abbreviation for the plan's own type in this profile: null for a State công văn, undefined if unknown. */
export function typeAbbreviation(profile: Profile, docType: DocType): string | null | undefined {
  return profile.viet_tat_ten_loai[docType];
}

/** Tên loại in words, for messages (from the document-type registry). */
export const DOC_TYPE_NAMES: Record<DocType, string> = Object.fromEntries(DOC_TYPE_IDS.map((id) => [id, DOC_TYPE_REGISTRY[id].name])) as Record<DocType, string>;

// Format profiles are data (profiles/*.yaml): page, margins, fonts and sizes per component,
// header layout, number form, authority forms, nơi nhận punctuation, abbreviations. This module
// loads them (with `ke_thua` inheritance); resolve.ts chooses one for a document.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ProfileId } from '../plan/model.js';
import { profileIds } from './ids.js';
import { dataPath } from '../shared/paths.js';
import { profileProblems } from './validate.js';
import { builtinProfiles } from './builtin.js';

/** The built-in profile ids: the files of profiles/ (read once, when first asked). */
export const PROFILE_IDS: readonly ProfileId[] = profileIds();

export interface TextStyle {
  /** Size in points. */
  co: number;
  dam?: boolean;
  nghieng?: boolean;
  in_hoa?: boolean;
  gach_chan?: boolean;
}

export type ComponentName =
  | 'quoc_hieu' | 'tieu_ngu' | 'tieu_de_dang' | 'co_quan_cap_tren' | 'co_quan_ban_hanh' | 'so_ky_hieu' | 'dia_danh_ngay'
  | 'ten_loai' | 'trich_yeu' | 'trich_yeu_cong_van' | 'can_cu' | 'noi_dung' | 'tieu_de_phan' | 'tieu_de_muc' | 'tieu_de_tieu_muc' | 'kinh_gui'
  | 'quyen_han' | 'chuc_vu' | 'ho_ten' | 'noi_nhan_nhan' | 'noi_nhan_muc' | 'dau_mat_khan' | 'du_thao' | 'phu_luc_nhan' | 'phu_luc_tieu_de';

export type AuthorityKind = 'thay_mat' | 'ky_thay' | 'thua_lenh' | 'thua_uy_quyen' | 'quyen';

export interface Profile {
  id: ProfileId;
  ten: string;
  he_thong: 'nha_nuoc' | 'dang';
  ap_dung_tu: string;
  /** A dvk.config.yaml key that moves `ap_dung_tu` (HD 05: `ngay_chuyen_hd05`, its date being unconfirmed). */
  ap_dung_tu_cau_hinh?: string;
  /**
   * Legal basis of findings under this profile, when it differs from the rule's own (keyed by
   * rule id); and, for a profile that replaces another, how the older guide's citations read.
   * See src/profile/basis.ts.
   */
  can_cu_quy_tac?: Record<string, { nguon?: string; vi_tri: string }>;
  thay_the?: { nguon: string; vi_tri: string };
  can_cu: { nguon: string; vi_tri: string };
  trang: { kho: 'A4'; le: { tren: number; duoi: number; trai: number; phai: number }; le_trang_chan: boolean };
  phong_chu: string;
  gian_dong: { kieu: 'boi' | 'chinh_xac'; gia_tri: number };
  doan: { thut_dau_dong_cm: number; cach_tren_pt: number; cach_duoi_pt: number; can_le: 'deu' };
  so_trang: { co: number; vi_tri: 'giua_dau_trang'; an_trang_dau: boolean };
  thanh_phan: Partial<Record<ComponentName, TextStyle>>;
  dau_trang: {
    tieu_de_phai: string[];
    dong_phu_phai: string | null;
    gach_duoi_phai: 'bang_dong_phu' | 'bang_tieu_de';
    duoi_co_quan: 'gach' | 'sao';
    ti_le_gach_co_quan?: number;
    vi_tri_ngay: 'cung_dong_so' | 'duoi_tieu_de';
    gach_duoi_trich_yeu?: string;
    /** The header table, inside the text area: the right column (ô 1, 4) in mm, the left (ô 2, 3) takes the rest. */
    bang: { cot_phai_mm: number; khoang_giua_mm: number };
  };
  so_ky_hieu: { mau: string; ghep_ky_hieu: string; so_toi_thieu_hai_chu_so: boolean; du_thao_de_trong: string; danh_so: 'theo_nam' | 'theo_nhiem_ky_va_loai' };
  quyen_han: Partial<Record<AuthorityKind, string>>;
  noi_nhan: { nhan: string; gach_chan_nhan: boolean; dau_muc: string; ket_muc: string; ket_cuoi: string; mau_luu: string };
  danh_so: {
    phan: { kieu: 'la_ma' | 'so'; sau: string };
    muc: { kieu: 'so'; sau: string };
    tieu_muc: { kieu: 'chu'; sau: string };
    gach: string;
    gach_con: string;
  };
  phu_luc_danh_so: 'la_ma' | 'so';
  dau_ket_thuc: string;
  viet_tat_ten_loai: Record<string, string | null>;
  gioi_han: Record<string, unknown>;
}

const cache = new Map<string, Profile>();

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge for profile inheritance and organisation overrides: objects merge, the rest replaces. */
export function mergeDeep<T>(base: T, override: unknown): T {
  if (!isObject(base) || !isObject(override)) return (override === undefined ? base : override) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = key in out ? mergeDeep(out[key], value) : value;
  return out as T;
}

function deepFreeze<T>(value: T): T {
  if (isObject(value) || Array.isArray(value)) {
    for (const v of Object.values(value as object)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A profile's data with its inheritance resolved; `files` collects the file names read, with their text. */
export function readProfileData(id: string, files: Record<string, string> = {}): Record<string, unknown> {
  const name = `${id}.yaml`;
  const text = readFileSync(dataPath('profiles', name), 'utf8');
  files[name] = text;
  const raw = parse(text) as Record<string, unknown>;
  if (typeof raw.ke_thua === 'string') {
    const { ke_thua: parent, ...own } = raw;
    return mergeDeep(readProfileData(parent as string, files), own);
  }
  return raw;
}

/** The built-in profile with this id (frozen; callers that adjust it merge into a copy). */
export function loadProfile(id: ProfileId): Profile {
  let profile = cache.get(id);
  if (!profile) {
    const built = builtinProfiles[id];
    const unchanged = built && Object.entries(built.files).every(([name, text]) => readFileSync(dataPath('profiles', name), 'utf8') === text);
    let data: Record<string, unknown>;
    if (unchanged) data = built.data;
    else {
      data = readProfileData(id);
      const problems = profileProblems(data);
      if (problems.length) throw new Error(`profiles/${id}.yaml does not match schemas/profile.schema.json: ${problems.join('; ')}`);
    }
    profile = deepFreeze(data as unknown as Profile);
    cache.set(id, profile);
  }
  return profile;
}

export { isProfileId, profileIds } from './ids.js';
export { partyCutover, resolveProfile, type ProfileResolution } from './resolve.js';

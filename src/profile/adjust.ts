// Organisation adjustments (dvk.config.yaml `trinh_bay`): margins, body size, indent and
// paragraph spacing, merged into a profile only inside the profile's legal ranges (`gioi_han`,
// e.g. NĐ 30, Phụ lục I, mục I: left margin 30–35 mm). A value outside is not applied and is
// reported, so an office can never print a document the rules forbid by accident.
import type { DvkConfig } from '../config/index.js';
import type { Localized } from '../i18n/index.js';
import type { PlanPath } from '../report/finding.js';
import { mergeDeep, type ComponentName, type Profile } from './index.js';

export interface AdjustmentProblem {
  path: PlanPath;
  value: number;
  range: [number, number];
  message: Localized;
}

type Range = [number, number];

export const adjustMessages = {
  outside: {
    vi: '{{field}} = {{value}} nằm ngoài khoảng {{min}}–{{max}} mà {{source}} cho phép; dvk giữ giá trị {{kept}} của thể thức. Hãy ghi một giá trị trong khoảng {{min}}–{{max}}.',
    en: '{{field}} = {{value}} is outside the range {{min}}–{{max}} that {{source}} allows; dvk keeps the profile value {{kept}}. Write a value between {{min}} and {{max}}.',
  },
};

const MARGIN_NAMES: Record<string, { vi: string; en: string }> = {
  tren: { vi: 'Lề trên (mm)', en: 'Top margin (mm)' },
  duoi: { vi: 'Lề dưới (mm)', en: 'Bottom margin (mm)' },
  trai: { vi: 'Lề trái (mm)', en: 'Left margin (mm)' },
  phai: { vi: 'Lề phải (mm)', en: 'Right margin (mm)' },
};

// Components printed at the body size: an adjusted body size moves them together, so headings
// never end up smaller than the text under them.
const BODY_COMPONENTS: ComponentName[] = ['noi_dung', 'can_cu', 'tieu_de_phan', 'tieu_de_muc', 'tieu_de_tieu_muc', 'kinh_gui'];

export function adjustProfile(profile: Profile, adjustments: DvkConfig['trinh_bay']): { profile: Profile; problems: AdjustmentProblem[] } {
  const problems: AdjustmentProblem[] = [];
  if (!adjustments) return { profile, problems };
  const limits = profile.gioi_han as { le?: Record<string, Range>; co_noi_dung?: Range; thut_dau_dong_cm?: Range; cach_doan_pt?: Range };
  const source = profile.can_cu.nguon;
  const override: Record<string, any> = {};
  const check = (path: PlanPath, value: number | undefined, range: Range | undefined, field: { vi: string; en: string }, kept: number): boolean => {
    if (value === undefined || !range) return false;
    if (value >= range[0] && value <= range[1]) return true;
    const data = { value, min: range[0], max: range[1], source, kept };
    problems.push({
      path,
      value,
      range,
      message: { vi: adjustMessages.outside.vi.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k === 'field' ? field.vi : String((data as any)[k]))), en: adjustMessages.outside.en.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k === 'field' ? field.en : String((data as any)[k]))) },
    });
    return false;
  };
  for (const side of ['tren', 'duoi', 'trai', 'phai'] as const) {
    const value = adjustments.le?.[side];
    if (check(['trinh_bay', 'le', side], value, limits.le?.[side], MARGIN_NAMES[side]!, profile.trang.le[side])) {
      override.trang ??= { le: {} };
      override.trang.le[side] = value;
    }
  }
  const body = profile.thanh_phan.noi_dung?.co ?? 14;
  if (check(['trinh_bay', 'co_noi_dung'], adjustments.co_noi_dung, limits.co_noi_dung, { vi: 'Cỡ chữ nội dung (pt)', en: 'Body text size (pt)' }, body)) {
    override.thanh_phan = {};
    for (const name of BODY_COMPONENTS) if (profile.thanh_phan[name]?.co === body) override.thanh_phan[name] = { co: adjustments.co_noi_dung };
  }
  if (check(['trinh_bay', 'thut_dau_dong_cm'], adjustments.thut_dau_dong_cm, limits.thut_dau_dong_cm, { vi: 'Thụt đầu dòng (cm)', en: 'First-line indent (cm)' }, profile.doan.thut_dau_dong_cm)) {
    override.doan = { ...(override.doan ?? {}), thut_dau_dong_cm: adjustments.thut_dau_dong_cm };
  }
  if (check(['trinh_bay', 'cach_doan_pt'], adjustments.cach_doan_pt, limits.cach_doan_pt, { vi: 'Khoảng cách đoạn (pt)', en: 'Paragraph spacing (pt)' }, profile.doan.cach_tren_pt)) {
    override.doan = { ...(override.doan ?? {}), cach_tren_pt: adjustments.cach_doan_pt };
  }
  return { profile: Object.keys(override).length ? mergeDeep(profile, override) : profile, problems };
}

// The one place that decides which format profile judges and prints a document. lint, render,
// validate, the .txt/.docx reader and `dvk new` all ask here, so one document can never be linted
// by one profile and rendered by another.
//
// The order: the plan's own `the_thuc`, then `--profile`, then the config's `the_thuc`, then the
// system and the date. A pin whose profile belongs to the other system (a State plan under a
// config pinning `dang-hd36`) is not used: the choice falls through to the next step and the
// conflict is reported as one finding (`profile-system-mismatch`) by every command.
//
// The date step reads the profiles' own data: among the profiles of the plan's system (`he_thong`),
// the one whose `ap_dung_tu` is the latest on or before the issue date. A profile may name a config
// key that moves its start date (`ap_dung_tu_cau_hinh: ngay_chuyen_hd05`): the HD 05 date is not
// confirmed from the primary text, so an office can set it. Adding a profile (a decree replacing
// NĐ 30) is adding its YAML file; nothing here names one.
import { basename } from 'node:path';
import { localize, type Lang, type Localized } from '../i18n/index.js';
import { displayDate } from '../shared/dates.js';
import type { IsoDate, ProfileId, System } from '../plan/model.js';
import type { SourceMap } from '../plan/source-map.js';
import { docsUrlFor } from '../lint/docs-page.js';
import type { Finding } from '../report/finding.js';
import { profileIds } from './ids.js';
import { loadProfile, type Profile } from './index.js';

/** What the resolver reads from dvk.config.yaml (`the_thuc`, and the keys profiles name for their start date). */
export interface ProfileConfig {
  the_thuc?: ProfileId;
}

export interface ProfileRequest {
  system: System;
  issueDate?: IsoDate;
  /** The plan's own `the_thuc`. */
  pinned?: ProfileId;
}

export interface ProfileOptions {
  /** `--profile`. */
  override?: ProfileId;
  config?: ProfileConfig;
  /** The config file the config came from, to name it in the reason and the finding. */
  configFile?: string;
}

export type PinSource = 'plan' | 'option' | 'config';

/** A pin that names a profile of the other system: not used, reported. */
export interface ProfileConflict {
  by: PinSource;
  pinned: Profile;
  configFile?: string;
}

export interface ProfileResolution {
  profile: Profile;
  /** How it was chosen. */
  source: PinSource | 'date';
  /** Why this profile, in one sentence for the user: every command prints this. */
  reason: Localized;
  conflicts: ProfileConflict[];
}

const SYSTEM_OF: Record<Profile['he_thong'], System> = { nha_nuoc: 'state', dang: 'party' };
const SYSTEM_NAME: Record<System, Localized> = { state: { vi: 'Nhà nước', en: 'State' }, party: { vi: 'Đảng', en: 'Party' } };
const HE_THONG: Record<System, string> = { state: 'nha_nuoc', party: 'dang' };

export const systemOfProfile = (profile: Profile): System => SYSTEM_OF[profile.he_thong];

interface Dated {
  profile: Profile;
  /** ISO date from which the profile applies (its `ap_dung_tu`, or the config key it names). */
  from: string;
}

// ISO dates and profile ids (lower-case ASCII) sort by code units; localeCompare would set up
// ICU's collator, ~15 ms of every `dvk` start.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The profiles of a system, oldest first, with the start dates this config gives them. */
export function profilesOfSystem(system: System, config: ProfileConfig = {}): Dated[] {
  return profileIds()
    .map(loadProfile)
    .filter((p) => SYSTEM_OF[p.he_thong] === system)
    .map((profile) => {
      const key = profile.ap_dung_tu_cau_hinh;
      const configured = key ? (config as Record<string, unknown>)[key] : undefined;
      return { profile, from: typeof configured === 'string' ? configured : String(profile.ap_dung_tu) };
    })
    .sort((a, b) => byCodeUnits(a.from, b.from) || byCodeUnits(a.profile.id, b.profile.id));
}

/**
 * The day the newest Party profile starts to apply (HD 05-HD/VPTW: 27/5/2026, or the config's
 * `ngay_chuyen_hd05`): the date party-profile-date and the rules compare with, the same one the
 * profile was chosen by.
 */
export function partyCutover(config: ProfileConfig = {}): string {
  const party = profilesOfSystem('party', config);
  return party[party.length - 1]?.from ?? '9999-12-31';
}

const words = {
  plan: { vi: 'ghim trong kế hoạch (the_thuc: {{id}})', en: 'pinned in the plan (the_thuc: {{id}})' },
  option: { vi: 'chọn bằng tùy chọn --profile {{id}}', en: 'chosen with --profile {{id}}' },
  config: { vi: 'ghim trong {{config}} (the_thuc: {{id}})', en: 'pinned in {{config}} (the_thuc: {{id}})' },
  only: { vi: 'văn bản {{system}}: {{source}}', en: '{{system}} document: {{source}}' },
  noDate: {
    vi: 'văn bản {{system}} chưa có ngày ban hành: theo hướng dẫn hiện hành {{source}}',
    en: '{{system}} document without a date: the current guide, {{source}}',
  },
  from: { vi: 'văn bản {{system}} ngày {{date}}, từ {{from}}: {{source}}', en: '{{system}} document dated {{date}}, on or after {{from}}: {{source}}' },
  before: { vi: 'văn bản {{system}} ngày {{date}}, trước {{until}}: {{source}}', en: '{{system}} document dated {{date}}, before {{until}}: {{source}}' },
  optionUnused: { vi: '; --profile {{id}} không dùng vì kế hoạch đã ghim', en: '; --profile {{id}} is not used because the plan pins its profile' },
  skipped: { vi: ' (không dùng {{id}} {{by}}: thể thức của văn bản {{system}})', en: ' (not {{id}} {{by}}: a profile for {{system}} documents)' },
  byPlan: { vi: 'ghim trong kế hoạch', en: 'pinned in the plan' },
  byOption: { vi: 'của --profile', en: 'from --profile' },
  byConfig: { vi: 'ghim trong {{config}}', en: 'pinned in {{config}}' },
} satisfies Record<string, Localized>;

const both = (template: Localized, data: Record<string, string>, dataEn: Record<string, string> = data): Localized => ({
  vi: localize(template, 'vi', data),
  en: localize(template, 'en', dataEn),
});

const configName = (file: string | undefined): string => (file ? basename(file) : 'dvk.config.yaml');

function byWords(conflict: ProfileConflict): Localized {
  if (conflict.by === 'plan') return words.byPlan;
  if (conflict.by === 'option') return words.byOption;
  return both(words.byConfig, { config: configName(conflict.configFile) });
}

/** The profile for a document, and why, in one sentence. */
export function resolveProfile(request: ProfileRequest, options: ProfileOptions = {}): ProfileResolution {
  const conflicts: ProfileConflict[] = [];
  const fits = (id: ProfileId | undefined, by: PinSource): Profile | undefined => {
    if (id === undefined) return undefined;
    const profile = loadProfile(id);
    if (SYSTEM_OF[profile.he_thong] === request.system) return profile;
    conflicts.push({ by, pinned: profile, ...(by === 'config' && options.configFile ? { configFile: options.configFile } : {}) });
    return undefined;
  };
  let chosen: Omit<ProfileResolution, 'conflicts'>;
  const fromPlan = fits(request.pinned, 'plan');
  const fromOption = fromPlan ? undefined : fits(options.override, 'option');
  const fromConfig = fromPlan || fromOption ? undefined : fits(options.config?.the_thuc, 'config');
  if (fromPlan) {
    let reason = both(words.plan, { id: fromPlan.id });
    if (options.override && options.override !== fromPlan.id) {
      const unused = both(words.optionUnused, { id: options.override });
      reason = { vi: reason.vi + unused.vi, en: reason.en + unused.en };
    }
    chosen = { profile: fromPlan, source: 'plan', reason };
  } else if (fromOption) {
    chosen = { profile: fromOption, source: 'option', reason: both(words.option, { id: fromOption.id }) };
  } else if (fromConfig) {
    chosen = { profile: fromConfig, source: 'config', reason: both(words.config, { id: fromConfig.id, config: configName(options.configFile) }) };
  } else {
    chosen = { ...byDate(request, options.config), source: 'date' };
  }
  let reason = chosen.reason;
  for (const conflict of conflicts) {
    const system = SYSTEM_NAME[SYSTEM_OF[conflict.pinned.he_thong]];
    const by = byWords(conflict);
    const note = { vi: localize(words.skipped, 'vi', { id: conflict.pinned.id, by: by.vi, system: system.vi }), en: localize(words.skipped, 'en', { id: conflict.pinned.id, by: by.en, system: system.en }) };
    reason = { vi: reason.vi + note.vi, en: reason.en + note.en };
  }
  return { ...chosen, reason, conflicts };
}

function byDate(request: ProfileRequest, config: ProfileConfig | undefined): { profile: Profile; reason: Localized } {
  const dated = profilesOfSystem(request.system, config);
  if (dated.length === 0) throw new Error(`dvk: no profile in profiles/ for the ${request.system} system`);
  const system = SYSTEM_NAME[request.system];
  const newest = dated[dated.length - 1]!;
  const source = (p: Profile) => p.can_cu.nguon;
  if (dated.length === 1) return { profile: newest.profile, reason: both(words.only, { system: system.vi, source: source(newest.profile) }, { system: system.en, source: source(newest.profile) }) };
  if (!request.issueDate) return { profile: newest.profile, reason: both(words.noDate, { system: system.vi, source: source(newest.profile) }, { system: system.en, source: source(newest.profile) }) };
  // A draft dated by its month only counts as the end of that month.
  const iso = request.issueDate.day === undefined ? `${request.issueDate.iso}-31` : request.issueDate.iso;
  let index = 0;
  for (let i = 0; i < dated.length; i++) if (dated[i]!.from <= iso) index = i;
  const { profile, from } = dated[index]!;
  const next = dated[index + 1];
  const date = request.issueDate.iso;
  if (next) {
    return { profile, reason: both(words.before, { system: system.vi, date: displayDate(date, 'vi'), until: displayDate(next.from, 'vi'), source: source(profile) }, { system: system.en, date, until: next.from, source: source(profile) }) };
  }
  return { profile, reason: both(words.from, { system: system.vi, date: displayDate(date, 'vi'), from: displayDate(from, 'vi'), source: source(profile) }, { system: system.en, date, from, source: source(profile) }) };
}

export const conflictMessages = {
  plan: {
    vi: 'Kế hoạch ghim the_thuc: {{pinned}} ({{pinnedName}}), thể thức của văn bản {{pinnedSystem}}, nhưng he_thong: {{heThong}} là văn bản {{system}}; dvk dùng {{used}} ({{usedName}}). Sửa he_thong hoặc the_thuc cho khớp, hoặc bỏ the_thuc.',
    en: 'The plan pins the_thuc: {{pinned}} ({{pinnedName}}), a profile for {{pinnedSystem}} documents, but he_thong: {{heThong}} makes it a {{system}} document; dvk uses {{used}} ({{usedName}}). Make he_thong and the_thuc agree, or drop the_thuc.',
  },
  option: {
    vi: '--profile {{pinned}} ({{pinnedName}}) là thể thức của văn bản {{pinnedSystem}}, nhưng văn bản này là văn bản {{system}} (he_thong: {{heThong}}); dvk dùng {{used}} ({{usedName}}). Bỏ --profile hoặc chọn một thể thức của văn bản {{system}}.',
    en: '--profile {{pinned}} ({{pinnedName}}) is a profile for {{pinnedSystem}} documents, but this is a {{system}} document (he_thong: {{heThong}}); dvk uses {{used}} ({{usedName}}). Drop --profile or choose a profile for {{system}} documents.',
  },
  config: {
    vi: '{{config}} ghim the_thuc: {{pinned}} ({{pinnedName}}), thể thức của văn bản {{pinnedSystem}}, nhưng văn bản này là văn bản {{system}} (he_thong: {{heThong}}); dvk dùng {{used}} ({{usedName}}). Bỏ the_thuc trong {{config}}, hoặc để văn bản {{system}} ở thư mục khác.',
    en: '{{config}} pins the_thuc: {{pinned}} ({{pinnedName}}), a profile for {{pinnedSystem}} documents, but this is a {{system}} document (he_thong: {{heThong}}); dvk uses {{used}} ({{usedName}}). Drop the_thuc from {{config}}, or keep {{system}} documents in another folder.',
  },
} satisfies Record<PinSource, Localized>;

/** The id of the finding a conflicting pin gives (in the rule catalog, switchable in `quy_tac`). */
export const PROFILE_CONFLICT_ID = 'profile-system-mismatch';

/** The conflict as findings on the document (at its `he_thong`), the same for every command. */
export function profileConflictFindings(resolution: ProfileResolution, at: { file: string; sourceMap?: SourceMap; lang: Lang; configFile?: string }): Finding[] {
  const system = systemOfProfile(resolution.profile);
  return resolution.conflicts.map((conflict) => {
    const pinnedSystem = systemOfProfile(conflict.pinned);
    const data = {
      pinned: conflict.pinned.id,
      pinnedName: conflict.pinned.can_cu.nguon,
      pinnedSystem: SYSTEM_NAME[pinnedSystem][at.lang],
      system: SYSTEM_NAME[system][at.lang],
      heThong: HE_THONG[system],
      used: resolution.profile.id,
      usedName: resolution.profile.can_cu.nguon,
      config: configName(conflict.configFile ?? at.configFile),
    };
    const path = conflict.by === 'plan' ? ['the_thuc'] : ['he_thong'];
    const range = at.sourceMap ? at.sourceMap.locate(path, conflict.by === 'plan' ? 'value' : 'key') : { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    return { ruleId: PROFILE_CONFLICT_ID, severity: 'warning', message: localize(conflictMessages[conflict.by], at.lang, data), file: at.file, range, path, docsUrl: docsUrlFor(PROFILE_CONFLICT_ID) } satisfies Finding;
  });
}

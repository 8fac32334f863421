// Which legal text on thể thức was in force on a document's date, decided here only. The lint
// engine silences a rule whose clause came with a text not yet in force on the document's date
// (`RuleMeta.appliesFrom`), and a finding on an older document cites the text in force then
// (src/profile/basis.ts); `dvk explain` and docs/rules say from when a rule applies.
//
// The texts with a profile (NĐ 30, HD 36, HD 05) take their start date from it (`ap_dung_tu`, or
// the config key it names: HD 05's `ngay_chuyen_hd05`), so a date is never written twice. The
// older texts have no profile (dvk does not print by them): they are listed below with their
// evidence. A document without a date is judged by today's texts (every rule applies).
import type { IsoDate, System } from '../plan/model.js';
import { isoText, periodOf } from '../shared/dates.js';
import { profilesOfSystem, type ProfileConfig } from './resolve.js';

export interface LegalText {
  /** As findings cite it: `TT 01/2011/TT-BNV`, `NĐ 30/2020/NĐ-CP`, `HD 36-HD/VPTW`. */
  name: string;
  system: System;
  /** ISO day from which it applies. */
  from: string;
  /** The profile that prints and judges by it, when dvk has one. */
  profile?: string;
}

/**
 * The texts before dvk's profiles, oldest first.
 * - TT 01/2011/TT-BNV, Bộ Nội vụ, signed 19/01/2011, thể thức and kỹ thuật trình bày of
 *   administrative texts (Phụ lục VI: viết hoa). Its start date is not confirmed from the
 *   primary text: one secondary page gives 15/3/2011 (missplus.net); dvk takes that later date so
 *   a rule that came with TT 01 is never applied early. Before it (TTLT 55/2005/TTLT-BNV-VPCP)
 *   administrative texts had no capitalisation appendix.
 * - HD 11-HD/VPTW, Văn phòng Trung ương, 28/5/2004 (its own header: “Số 11-HD/VPTW”, “Hà Nội,
 *   ngày 28 tháng 5 năm 2004”, tailieu.vn copy), “về thể thức văn bản của Đảng”, under QĐ 31-QĐ/TW
 *   (1997); replaced by HD 36-HD/VPTW of 03/4/2018 (“thể thức và kỹ thuật trình bày”). Party
 *   guidance applies from its date; no start clause was found for either.
 */
const OLDER_TEXTS: readonly LegalText[] = [
  { name: 'TT 01/2011/TT-BNV', system: 'state', from: '2011-03-15' },
  { name: 'HD 11-HD/VPTW', system: 'party', from: '2004-05-28' },
];

/** The texts of a system, oldest first: the older ones, then the profiles' (with this config's dates). */
export function legalTexts(system: System, config: ProfileConfig = {}): LegalText[] {
  const texts: LegalText[] = OLDER_TEXTS.filter((t) => t.system === system);
  for (const { profile, from } of profilesOfSystem(system, config)) texts.push({ name: profile.can_cu.nguon, system, from, profile: profile.id });
  return texts.sort((a, b) => a.from.localeCompare(b.from));
}

/** A text by the name rules cite it with, whatever its system (a Party rule may follow a State appendix). */
export function legalText(name: string, config: ProfileConfig = {}): LegalText | undefined {
  return legalTexts('state', config).find((t) => t.name === name) ?? legalTexts('party', config).find((t) => t.name === name);
}

/** Every name `appliesFrom` may give (the catalog test checks the rules against it). */
export function knownTextNames(config: ProfileConfig = {}): string[] {
  return [...legalTexts('state', config), ...legalTexts('party', config)].map((t) => t.name);
}

/**
 * The first day a document dated `date` can carry: its day, or the first of its month for a
 * draft dated by its month only (so a rule is never applied to a month that straddles the
 * start of its text: precision before recall).
 */
const firstDay = (date: IsoDate): string => isoText(periodOf(date).first);

/**
 * The text of this system in force on the document's date, the one its findings cite; undefined
 * without a date or before the oldest text dvk knows. A month-only date counts as the end of its
 * month, as when the profile is chosen (src/profile/resolve.ts), so the two never disagree.
 */
export function textInForce(system: System, date: IsoDate | undefined, config: ProfileConfig = {}): LegalText | undefined {
  if (!date) return undefined;
  const day = isoText(periodOf(date).last);
  let found: LegalText | undefined;
  for (const text of legalTexts(system, config)) if (text.from <= day) found = text;
  return found;
}

/** Whether a text was in force on a document's date (a document without a date: today's texts are). */
export function inForceOn(name: string, date: IsoDate | undefined, config: ProfileConfig = {}): boolean {
  if (!date) return true;
  const text = legalText(name, config);
  if (!text) throw new Error(`dvk: unknown legal text "${name}" (src/profile/in-force.ts)`);
  return firstDay(date) >= text.from;
}

/** What a rule says about its start: `appliesFrom: { state: 'NĐ 30/2020/NĐ-CP' }`. */
export interface DatedRule {
  appliesFrom?: Partial<Record<System, string>>;
}

/** Whether a rule applies to a document of this system and date: silent before the text its clause came with. */
export function ruleInForce(meta: DatedRule, system: System, date: IsoDate | undefined, config: ProfileConfig = {}): boolean {
  const name = meta.appliesFrom?.[system];
  return name === undefined || inForceOn(name, date, config);
}

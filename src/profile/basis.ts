// The legal basis a finding cites comes through the document's profile, decided here only: an
// HD 05 document cites HD 05, not the HD 36 its rules were written against.
//
// In order: the rule's own basis for this profile id (`basis: { 'dang-hd05': … }`), the profile's
// table (`can_cu_quy_tac: { <rule id>: { vi_tri } }` in profiles/<id>.yaml), the rule's basis for
// the profile's system, translated when the profile replaces the guide that basis cites
// (`thay_the` in profiles/dang-hd05.yaml). Adding a profile is its YAML file and, when its
// articles differ, its table.
//
// A document dated before its profile's text (a 2015 State document, a 2016 Party one: dvk has
// no profile for TT 01/2011/TT-BNV or HD 11-HD/VPTW) cites the text in force on its date
// (src/profile/in-force.ts): the rule's basis for that text when its clause was checked
// (`basis: { 'TT 01/2011/TT-BNV': … }`), else the text without a clause and the clause dvk
// checked by, never an invented article.
import type { IsoDate } from '../plan/model.js';
import type { LegalBasis } from '../report/finding.js';
import type { Profile } from './index.js';
import { legalTexts, textInForce } from './in-force.js';
import type { ProfileConfig } from './resolve.js';

/** A rule's legal basis, by system (`state`, `party`) and optionally by profile id. */
export type BasisTable = Partial<Record<string, LegalBasis>>;

const SYSTEM_KEY: Record<Profile['he_thong'], 'state' | 'party'> = { nha_nuoc: 'state', dang: 'party' };

/** The document's date (and the config that may move a profile's start), for a document older than its profile. */
export interface DatedDocument {
  issueDate?: IsoDate | undefined;
  config?: ProfileConfig | undefined;
}

export function legalBasisFor(ruleId: string, basis: BasisTable, profile: Profile, document: DatedDocument = {}): LegalBasis | undefined {
  const current = profileBasis(ruleId, basis, profile);
  const system = SYSTEM_KEY[profile.he_thong];
  const inForce = textInForce(system, document.issueDate, document.config);
  // Dated under the profile's own text (or a later one), or without a date: the profile's basis.
  if (!inForce || inForce.profile) {
    // Older than every text dvk knows (a State document before 2011): no text to name but that.
    if (document.issueDate && !inForce) return current && older(current, profile, `văn bản trước ${legalTexts(system, document.config)[0]?.name ?? profile.can_cu.nguon}`);
    return current;
  }
  const own = basis[inForce.name];
  if (own) return own;
  return current && older(current, profile, inForce.name);
}

/** A basis from the profile's text, re-cited for a document dated before it: `source` is the text then in force. */
function older(current: LegalBasis, profile: Profile, source: string): LegalBasis {
  // Sources that are not the profile's text (TCVN 6909, a law, dvk itself) stay as they are.
  if (current.source !== profile.can_cu.nguon) return current;
  return { source, where: `dvk đối chiếu theo ${current.source}, ${current.where}` };
}

function profileBasis(ruleId: string, basis: BasisTable, profile: Profile): LegalBasis | undefined {
  const own = basis[profile.id];
  if (own) return own;
  const listed = profile.can_cu_quy_tac?.[ruleId];
  if (listed) return { source: listed.nguon ?? profile.can_cu.nguon, where: listed.vi_tri };
  const bySystem = basis[SYSTEM_KEY[profile.he_thong]];
  if (bySystem && profile.thay_the && bySystem.source === profile.thay_the.nguon) {
    return { source: profile.can_cu.nguon, where: profile.thay_the.vi_tri.replace('{vi_tri}', bySystem.where) };
  }
  return bySystem;
}

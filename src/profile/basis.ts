// The legal basis a finding cites comes through the document's profile, decided here only: an
// HD 05 document cites HD 05, not the HD 36 its rules were written against.
//
// In order: the rule's own basis for this profile id (`basis: { 'dang-hd05': … }`), the profile's
// table (`can_cu_quy_tac: { <rule id>: { vi_tri } }` in profiles/<id>.yaml), the rule's basis for
// the profile's system, translated when the profile replaces the guide that basis cites
// (`thay_the` in profiles/dang-hd05.yaml). Adding a profile is its YAML file and, when its
// articles differ, its table.
import type { LegalBasis } from '../report/finding.js';
import type { Profile } from './index.js';

/** A rule's legal basis, by system (`state`, `party`) and optionally by profile id. */
export type BasisTable = Partial<Record<string, LegalBasis>>;

const SYSTEM_KEY: Record<Profile['he_thong'], 'state' | 'party'> = { nha_nuoc: 'state', dang: 'party' };

export function legalBasisFor(ruleId: string, basis: BasisTable, profile: Profile): LegalBasis | undefined {
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

// The contract between the lint engine and its rules (ESLint meta + markdownlint's one small
// module per rule). A rule sees the Plan model (every value with its plan path), the active
// format profile and a report() function; it never computes line numbers: it reports a plan
// path (and optionally a character span inside that value) and the engine finds line:column.
// The same rules run on YAML plans and on documents read from .txt/.docx (src/reader): those
// readers provide a SourceMap that maps the same plan paths to positions in the original file.
// Rules share the answers of the text helpers (planTexts, findDates, findCitations… are computed
// once per plan, see helpers/memo.ts and docs/performance.md): those answers are frozen, read-only.
import type { Lang, Localized } from '../i18n/index.js';
import type { Plan } from '../plan/model.js';
import type { SourceMap } from '../plan/source-map.js';
import type { BasisTable } from '../profile/basis.js';
import type { Profile } from '../profile/index.js';
import type { LegalBasis, PlanPath, Severity, TextEdit } from '../report/finding.js';

export type RuleSystem = 'state' | 'party';
export type FixKind = 'safe' | 'suggestion' | 'none';

/**
 * Where findings with this id come from. Every id dvk can report is one entry of the catalog
 * (src/lint/catalog.ts) with this meta, whatever produces it: listed by `dvk rules`, explained
 * by `dvk explain`, a page in docs/rules/, switchable in `quy_tac`, named in suppressions, and
 * described in SARIF.
 * - `plan`: a rule over one plan (this file's Rule, run by the engine);
 * - `run`: a run-level rule over every plan of a lint run (src/lint/cross/);
 * - `layout`: a .docx layout check (src/reader/layout/);
 * - `reader`: what the .txt/.docx reader itself reports (src/reader/rules.ts);
 * - `input`: the loader and the run about the input itself (src/lint/input-rules.ts).
 */
export type RuleKind = 'plan' | 'run' | 'layout' | 'reader' | 'input';

export interface RuleMeta {
  /** kebab-case id, the file name of the rule: `so-ky-hieu-format` (a reader or input id may have a namespace: `reader/not-found`). */
  id: string;
  /** `plan` when omitted. */
  kind?: RuleKind;
  /**
   * JSON Schema of the rule's options (`quy_tac: { <id>: { tuy_chon: … } }`), checked when the
   * config is read; a rule without it takes no options.
   */
  options?: Record<string, unknown>;
  title: Localized;
  description: Localized;
  /** Which systems the rule applies to; the engine skips the others. */
  systems: RuleSystem[];
  /** Profiles the rule applies to, when narrower than the systems (e.g. only `dang-hd05`). */
  profiles?: Profile['id'][];
  /**
   * From when the rule applies, per system: the legal text its clause came with (`'NĐ 30/2020/NĐ-CP'`
   * for “Nhân dân”, `'TT 01/2011/TT-BNV'` for the capitalisation appendix). The engine keeps the rule
   * silent on a document dated before that text was in force (src/profile/in-force.ts, the one
   * place that knows the dates); omitted, the rule's content was in the older texts too, or it is
   * practice. A document without a date is judged by today's rules.
   */
  appliesFrom?: Partial<Record<RuleSystem, string>>;
  severity: Severity;
  /**
   * Legal basis per system, shown by `dvk explain`; a finding cites it through the document's
   * profile (src/profile/basis.ts), and a key may also be a profile id (`'dang-hd05'`).
   */
  basis: Partial<Record<RuleSystem, LegalBasis>> & BasisTable;
  fix: FixKind;
  /**
   * The rule sees draft placeholders ("[CẦN BỔ SUNG: …]", the reader's "[KHÔNG TÌM THẤY]") as
   * written. Only draft-placeholders, whose subject they are; every other rule gets them masked
   * and cannot report inside one (src/lint/placeholders.ts).
   */
  seesPlaceholders?: true;
  tags: string[];
  messages: Record<string, Localized>;
  /** A wrong and a right example (YAML snippets), for `dvk explain` and docs/rules. */
  examples: { wrong: string; right: string };
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where: a plan path… */
  path: PlanPath;
  /** …and optionally characters [from, to) of the string value at that path. */
  span?: [number, number];
  /** Point at the key rather than the value (e.g. a whole part that is missing or misplaced). */
  onKey?: boolean;
  /**
   * Characters [start, end) of the source text itself, for text the plan does not hold: a
   * .txt/.docx read back keeps its Quốc hiệu and Tiêu ngữ lines only in the source (the plan
   * gets them from the profile). Wins over `path`/`span` for the position; `path` stays the
   * plan's root ([]).
   */
  at?: [number, number];
  /** Override the rule's default severity for this report (e.g. warning in a draft, error in a final plan). */
  severity?: Severity;
  /** Only for rules with meta.fix === 'safe'. Edits are in plan terms; the engine turns them into text edits. */
  fix?: PlanEdit[];
  suggestions?: { messageId: string; data?: Record<string, string | number>; fix: PlanEdit[] }[];
}

/**
 * An edit in plan terms: replace characters [from, to) of the string value at `path` with `text`
 * (omit from/to to replace the whole value). The engine maps it to source offsets, keeping the
 * user's quoting, comments and layout.
 */
export interface PlanEdit {
  path: PlanPath;
  from?: number;
  to?: number;
  text: string;
}

export interface RuleContext {
  plan: Plan;
  profile: Profile;
  lang: Lang;
  /** Rule options from dvk.config.yaml, checked against meta.options with its defaults filled in (src/lint/options.ts). */
  options: Record<string, unknown>;
  /** Organisation data from dvk.config.yaml `cai_dat` (viet_tat, kieu_dau_thanh, nhiem_ky), if any. */
  settings: Record<string, unknown>;
  /**
   * The day Party documents switch from HD 36 to HD 05-HD/VPTW (ISO): dvk.config.yaml's top-level
   * `ngay_chuyen_hd05`, else the profile's `ap_dung_tu` (partyCutover in src/profile/resolve.ts);
   * the same date the profile was chosen by.
   */
  partyCutover: string;
  sourceMap: SourceMap;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Identity function that types a rule module. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { TextEdit };

// The intermediate document: what a plan looks like once the profile and the template have
// decided every word, number and punctuation mark, but before any output format. Both backends
// (.docx and Markdown) consume only this, so they cannot disagree on the text.
import type { ComponentName, Profile } from '../profile/index.js';

/** A stretch of text with one style. Component styles come from the profile; these add to them. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A numbered heading: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) …". */
export interface HeadingBlock {
  kind: 'heading';
  /** 0 = phần (I.), 1 = mục (1.), 2 = tiểu mục (a)). */
  level: number;
  label: string;
  runs: Run[];
  style: ComponentName;
}

/** A body paragraph, optionally opened by a number label ("1. Nâng cao nhận thức …"). */
export interface ParagraphBlock {
  kind: 'paragraph';
  label?: string;
  runs: Run[];
  style: ComponentName;
  /** A centred line in the body (a quyết định's "QUYẾT ĐỊNH:"); body text is justified. */
  align?: 'center';
}

/** A "- " or "+ " line. */
export interface BulletBlock {
  kind: 'bullet';
  marker: string;
  runs: Run[];
  style: ComponentName;
}

export type BodyBlock = HeadingBlock | ParagraphBlock | BulletBlock;

export interface HeaderLine {
  text: string;
  style: ComponentName;
}

export interface RenderHeader {
  /** Left column, top to bottom: parent organ, issuing organ (each may span several lines). */
  organ: HeaderLine[];
  /** Under the issuing organ: a short rule (State) or a `*` (Party). */
  underOrgan: 'rule' | 'star';
  /** Length of the organ rule as a share of the issuing organ's name (NĐ 30: 1/3–1/2). */
  organRuleRatio: number;
  number: HeaderLine;
  /** Right column: Quốc hiệu or ĐẢNG CỘNG SẢN VIỆT NAM. */
  title: HeaderLine;
  /** Tiêu ngữ (State only). */
  motto?: HeaderLine;
  /** The rule on the right is as long as this line. */
  ruleUnder: 'motto' | 'title';
  date: HeaderLine;
  /** State: the date shares a line with the number; Party: the date sits under the rule. */
  datePlacement: 'with_number' | 'under_title';
}

export interface RenderDocument {
  profile: Profile;
  /** ISO date used for the file's fixed timestamps (deterministic output). */
  stamp: string;
  marks: { secrecy?: string; urgency?: string; draft?: string };
  header: RenderHeader;
  typeName: HeaderLine;
  subject: HeaderLine;
  /** `title`: tên loại, then the trích yếu under it; `under_number`: a công văn — no tên loại, the trích yếu in the left column under the number. */
  subjectPlacement: 'title' | 'under_number';
  /** State: a short rule under the trích yếu; Party: the "-----" line. */
  subjectSeparator: { kind: 'rule' } | { kind: 'text'; text: string };
  /** Kính gửi: one addressee ends with "."; several are "- …;" lines, the last ending ".". */
  addressees: { label: string; lines: string[] };
  body: BodyBlock[];
  recipients: { label: string; underline: boolean; lines: string[] };
  signature: { authority?: string; titleLines: string[]; name: string };
  appendices: { label: string; title: string; note: string; body: BodyBlock[] }[];
}

/** Plain text of runs (tests, Markdown tables, width measurement). */
export const runsText = (runs: Run[]): string => runs.map((r) => r.text).join('');

// The contract of one .docx layout check (the same idea as src/lint/rule.ts, for layout).
import type { RuleMeta } from '../../lint/rule.js';
import type { Profile } from '../../profile/index.js';
import type { LayoutFix, Severity } from '../../report/finding.js';
import type { Recognition } from '../recognise.js';
import type { DocumentSource } from '../source.js';

export interface LayoutIssue {
  messageId: string;
  data?: Record<string, string | number>;
  /** Offsets in the source text (paragraphs joined by "\n"); omitted = start of the document. */
  start?: number;
  end?: number;
  severity?: Severity;
  /** The exact page-setup fix, when there is one (`--fix-layout`). */
  layoutFix?: LayoutFix;
}

/** A layout check is described like every other catalog entry (src/lint/rule.ts), with kind `layout`. */
export type LayoutCheckMeta = RuleMeta & { kind: 'layout' };

export interface LayoutContext {
  source: DocumentSource;
  recognition: Recognition;
  profile: Profile;
  report(issue: LayoutIssue): void;
}

export interface LayoutCheck {
  meta: LayoutCheckMeta;
  run(context: LayoutContext): void;
}

export const defineLayoutCheck = (check: LayoutCheck): LayoutCheck => check;

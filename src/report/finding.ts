// One result shape for everything dvk reports: YAML problems, schema problems and lint rules.
// Formatters and exit codes consume only this (see docs/architecture.md).

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what VS Code and SARIF viewers count). */
  column: number;
  /** 0-based offset into the decoded NFC text; what fixes use. */
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of the text between two offsets of the decoded source. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  edits: TextEdit[];
}

export interface LegalBasis {
  /** e.g. "NĐ 30/2020/NĐ-CP" */
  source: string;
  /** e.g. "Phụ lục I, mục II.3" */
  where: string;
}

export type PlanPath = (string | number)[];

export interface RelatedPlace {
  file: string;
  range: Range;
  /** Already rendered in the chosen language. */
  message: string;
}

export interface Finding {
  /** 'schema/required', 'yaml/duplicate-key', 'input/encoding', or a lint rule id. */
  ruleId: string;
  severity: Severity;
  /** Already rendered in the chosen language. */
  message: string;
  /** Path of the file as given by the user ('/' separators). */
  file: string;
  range: Range;
  /** Where in the plan, when the input was a YAML plan. */
  path?: PlanPath;
  fix?: Fix;
  suggestions?: { message: string; fix: Fix }[];
  basis?: LegalBasis;
  docsUrl?: string;
  /**
   * Other places the finding is about (a run-level rule: the plan this one duplicates or cites
   * wrongly), each with what is there; SARIF prints them as relatedLocations.
   */
  related?: RelatedPlace[];
  /** True for problems that make the file unusable (exit code 2). */
  fatal?: boolean;
  /** A .docx page-setup fix dvk can make exactly (`--fix-layout`, src/review/layout-fixes.ts). */
  layoutFix?: LayoutFix;
}

export type MarginSide = 'top' | 'bottom' | 'left' | 'right';
/** A margin outside the profile's range [min, max] (mm), to be set to `to` mm; a portrait page to be set to w × h mm. */
export interface LayoutFix {
  margin?: { side: MarginSide; min: number; max: number; to: number };
  pageSize?: { w: number; h: number };
  /** Run formatting to set (docx-font, docx-component-style): where, and what; all or none are applied. */
  format?: FormatFix[];
}

/**
 * Where a wrong font or size comes from, and the value the profile renders: the runs of a body
 * paragraph (0-based reader paragraph, [start, end) in its text), a style of styles.xml, or its
 * w:docDefaults. `font` goes into all four w:rFonts slots (theme attributes removed), `sizePt`
 * into w:sz/w:szCs (half-points).
 */
export interface FormatFix {
  at: { runs: { para: number; start: number; end: number } } | { style: string } | { defaults: true };
  set: { font?: string; sizePt?: number; bold?: boolean; italic?: boolean };
  /** The value before (for the list printed after the report). */
  was?: string;
}

export interface FileReport {
  file: string;
  findings: Finding[];
  /** The decoded source text, when there is one: formatters draw code frames from it. */
  source?: string;
  /** The file could not be used at all (exit code 2). */
  unusable?: boolean;
  /** Text after fixes, with --fix or --fix-dry-run. */
  output?: string;
}

export interface RunReport {
  files: FileReport[];
}

export const START_OF_FILE: Range = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Sorted by line, column, rule id: the order every formatter prints. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/**
 * Exit codes shared by every command: 2 when some input could not be used at all, 1 when there
 * are errors (or more warnings than allowed), 0 otherwise.
 */
export function exitCodeFor(report: RunReport, maxWarnings = -1): 0 | 1 | 2 {
  let errors = 0;
  let warnings = 0;
  for (const file of report.files) {
    if (file.unusable || file.findings.some((f) => f.fatal)) return 2;
    const c = countBySeverity(file.findings);
    errors += c.error;
    warnings += c.warning;
  }
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) return 1;
  return 0;
}

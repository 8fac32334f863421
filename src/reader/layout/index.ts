// The .docx layout checks: what only a real file can get wrong (page, margins, fonts, sizes and
// styles per component, rule lines, page numbers, spacing). One small module per check, each
// with meta like a lint rule; they run on the paragraphs the recogniser assigned to components.
import { localize, type Lang } from '../../i18n/index.js';
import { legalBasisFor, type DatedDocument } from '../../profile/basis.js';
import { ruleInForce } from '../../profile/in-force.js';
import { systemOfProfile } from '../../profile/resolve.js';
import type { Finding } from '../../report/finding.js';
import type { Recognition } from '../recognise.js';
import { positionIn, type DocumentSource } from '../source.js';
import { layoutChecks } from './checks.js';
import type { LayoutIssue } from './check.js';

export function layoutFindings(source: DocumentSource, recognition: Recognition, file: string, lang: Lang, dated: DatedDocument = {}): Finding[] {
  const findings: Finding[] = [];
  const system = systemOfProfile(recognition.profile);
  for (const check of layoutChecks) {
    // A check whose values came with a text not yet in force on the document's date stays silent.
    if (!ruleInForce(check.meta, system, dated.issueDate, dated.config)) continue;
    const issues: LayoutIssue[] = [];
    check.run({ source, recognition, profile: recognition.profile, report: (issue) => issues.push(issue) });
    for (const issue of issues) {
      const start = issue.start ?? 0;
      const end = issue.end ?? start;
      findings.push({
        ruleId: check.meta.id,
        severity: issue.severity ?? check.meta.severity,
        message: localize(check.meta.messages[issue.messageId]!, lang, issue.data),
        file,
        range: { start: positionIn(source, start), end: positionIn(source, end) },
        basis: legalBasisFor(check.meta.id, check.meta.basis, recognition.profile, dated) ?? { source: recognition.profile.can_cu.nguon, where: recognition.profile.can_cu.vi_tri },
        ...(issue.layoutFix ? { layoutFix: issue.layoutFix } : {}),
      });
    }
  }
  return findings;
}

export { layoutChecks };

// Which safe fixes may become tracked changes in a document: every rule with a safe fix is
// classified, so a new one is never written into a .docx before someone decides.
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/catalog.js';
import { DOCUMENT_TEXT_FIXES, PLAN_FORM_FIXES } from '../../src/review/revisions.js';

describe('safe fixes in documents', () => {
  it('every rule with a safe fix is either a document-text fix or a plan-form fix, never both', () => {
    const safe = rules.filter((r) => r.meta.fix === 'safe').map((r) => r.meta.id).sort();
    const classified = [...DOCUMENT_TEXT_FIXES, ...PLAN_FORM_FIXES].sort();
    expect(classified).toEqual(safe);
    for (const id of DOCUMENT_TEXT_FIXES) expect(PLAN_FORM_FIXES.has(id)).toBe(false);
  });
});

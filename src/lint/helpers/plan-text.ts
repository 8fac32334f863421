// Every string value of a plan, in document order, with the role it plays on the page. Text
// rules (quotes, spacing, encoding, abbreviations, citations, dates) walk this list instead of
// knowing the shape of the Plan model.
import type { Block, Plan, Text } from '../../plan/model.js';
import { timed } from '../../shared/timing.js';

/**
 * header: organ names, number, symbol, place; subject: trích yếu; basis: căn cứ; prose: the
 * body (opening, parts, items, closing, appendices); title: a part, item or appendix title;
 * recipient: nơi nhận; signer: the signature block.
 */
export type TextRole = 'header' | 'subject' | 'basis' | 'prose' | 'title' | 'field' | 'recipient' | 'signer';

export interface PlanText extends Text {
  role: TextRole;
}

function* blockTexts(blocks: Block[]): Generator<PlanText> {
  for (const block of blocks) {
    if (block.kind === 'paragraph') yield { text: block.text, path: block.path, role: 'prose' };
    else if (block.kind === 'bullets') for (const item of block.items) yield { ...item, role: 'prose' };
    else {
      if (block.title) yield { ...block.title, role: 'title' };
      yield* blockTexts(block.content);
      for (const field of [block.lead, ...(block.partners ?? []), block.period, block.output]) {
        if (field) yield { ...field, role: 'field' };
      }
    }
  }
}

function* walkPlanTexts(plan: Plan): Generator<PlanText> {
  const header = (t: Text | undefined): PlanText[] => (t ? [{ ...t, role: 'header' }] : []);
  yield* header(plan.secrecy);
  yield* header(plan.urgency);
  yield* header(plan.issuer.parent);
  yield* header(plan.issuer.name);
  yield* header(plan.issuer.code);
  yield* header(plan.number);
  yield* header(plan.symbol);
  yield* header(plan.place);
  yield { ...plan.subject, role: 'subject' };
  for (const a of plan.addressees) yield { ...a, role: 'recipient' };
  // Who decides (a quyết định) is printed in capitals, like the organ names.
  if (plan.authority) yield { ...plan.authority, role: 'header' };
  for (const basis of plan.legalBasis) {
    if (basis.kind === 'text') yield { text: basis.text, path: basis.path, role: 'basis' };
    else {
      for (const t of [basis.docType, basis.numberSymbol, basis.issuer, basis.subject]) if (t) yield { ...t, role: 'basis' };
    }
  }
  for (const o of plan.opening) yield { ...o, role: 'prose' };
  for (const part of plan.parts) {
    if (part.title) yield { ...part.title, role: 'title' };
    yield* blockTexts(part.purposes ?? []);
    yield* blockTexts(part.requirements ?? []);
    yield* blockTexts(part.content);
  }
  yield* blockTexts(plan.body);
  if (plan.closing) yield { ...plan.closing, role: 'prose' };
  for (const appendix of plan.appendices) {
    yield { ...appendix.title, role: 'title' };
    yield* blockTexts(appendix.content);
  }
  for (const r of plan.recipients.to) {
    yield { ...r.name, role: 'recipient' };
    if (r.purpose) yield { ...r.purpose, role: 'recipient' };
  }
  for (const a of plan.recipients.archive) yield { ...a, role: 'recipient' };
  const s = plan.signer;
  for (const t of [s.authority, s.onBehalfOf, s.title, s.name]) if (t) yield { ...t, role: 'signer' };
}

// A dozen rules walk the same list: it is built once per plan (the Plan is immutable once
// loaded) and released with it. The lists and their entries are frozen: rules only read them.
const texts = new WeakMap<Plan, { all: readonly PlanText[]; prose: readonly PlanText[] }>();

function textsOf(plan: Plan): { all: readonly PlanText[]; prose: readonly PlanText[] } {
  let cached = texts.get(plan);
  if (!cached) cached = timed('analysis', 'planTexts', () => {
    const all = Object.freeze([...walkPlanTexts(plan)].map((t) => Object.freeze(t)));
    const prose = Object.freeze(all.filter((t) => t.role !== 'header' && t.role !== 'signer'));
    const made = { all, prose };
    texts.set(plan, made);
    return made;
  });
  return cached;
}

/** All string values of the plan in the order they are printed. */
export function planTexts(plan: Plan): readonly PlanText[] {
  return textsOf(plan).all;
}

/** The texts that are running Vietnamese prose (where quotes, citations and deadlines live). */
export function proseTexts(plan: Plan): readonly PlanText[] {
  return textsOf(plan).prose;
}

/** IN HOA check that ignores characters without case (digits, punctuation). */
export function isUpperCase(text: string): boolean {
  // toUpperCase is toLocaleUpperCase('vi'): ICU has special upper-casing only for tr, az, lt and el (and it is much cheaper).
  return text === text.toUpperCase();
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

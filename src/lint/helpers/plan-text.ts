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

// Written as pushes into one list rather than nested generators: the list is built for every
// plan, and a value passed up through three or four yield* levels cost more than the rules that
// read it. The order is the order the plan prints them in.
function blockTexts(blocks: Block[], out: PlanText[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') out.push({ text: block.text, path: block.path, role: 'prose' });
    else if (block.kind === 'bullets') for (const item of block.items) out.push({ ...item, role: 'prose' });
    else {
      if (block.title) out.push({ ...block.title, role: 'title' });
      blockTexts(block.content, out);
      for (const field of [block.lead, ...(block.partners ?? []), block.period, block.output]) {
        if (field) out.push({ ...field, role: 'field' });
      }
    }
  }
}

function walkPlanTexts(plan: Plan): PlanText[] {
  const out: PlanText[] = [];
  const header = (t: Text | undefined): void => {
    if (t) out.push({ ...t, role: 'header' });
  };
  header(plan.secrecy);
  header(plan.urgency);
  header(plan.issuer.parent);
  header(plan.issuer.name);
  header(plan.issuer.code);
  header(plan.number);
  header(plan.symbol);
  header(plan.place);
  out.push({ ...plan.subject, role: 'subject' });
  for (const a of plan.addressees) out.push({ ...a, role: 'recipient' });
  // Who decides (a quyết định) is printed in capitals, like the organ names.
  if (plan.authority) out.push({ ...plan.authority, role: 'header' });
  for (const basis of plan.legalBasis) {
    if (basis.kind === 'text') out.push({ text: basis.text, path: basis.path, role: 'basis' });
    else {
      for (const t of [basis.docType, basis.numberSymbol, basis.issuer, basis.subject]) if (t) out.push({ ...t, role: 'basis' });
    }
  }
  for (const o of plan.opening) out.push({ ...o, role: 'prose' });
  for (const part of plan.parts) {
    if (part.title) out.push({ ...part.title, role: 'title' });
    blockTexts(part.purposes ?? [], out);
    blockTexts(part.requirements ?? [], out);
    blockTexts(part.content, out);
  }
  blockTexts(plan.body, out);
  if (plan.closing) out.push({ ...plan.closing, role: 'prose' });
  for (const appendix of plan.appendices) {
    out.push({ ...appendix.title, role: 'title' });
    blockTexts(appendix.content, out);
  }
  for (const r of plan.recipients.to) {
    out.push({ ...r.name, role: 'recipient' });
    if (r.purpose) out.push({ ...r.purpose, role: 'recipient' });
  }
  for (const a of plan.recipients.archive) out.push({ ...a, role: 'recipient' });
  const s = plan.signer;
  for (const t of [s.authority, s.onBehalfOf, s.title, s.name]) if (t) out.push({ ...t, role: 'signer' });
  return out;
}

// A dozen rules walk the same list: it is built once per plan (the Plan is immutable once
// loaded) and released with it. The lists and their entries are frozen: rules only read them.
const texts = new WeakMap<Plan, { all: readonly PlanText[]; prose: readonly PlanText[] }>();

function textsOf(plan: Plan): { all: readonly PlanText[]; prose: readonly PlanText[] } {
  let cached = texts.get(plan);
  if (!cached) cached = timed('analysis', 'planTexts', () => {
    const list = walkPlanTexts(plan);
    for (const t of list) Object.freeze(t);
    const all = Object.freeze(list);
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

// Plan + profile + wording → the intermediate document. Everything a reader sees is decided here
// (numbers, punctuation, sentences), so the backends only lay it out.
import { docTypeOf } from '../plan/doc-types.js';
import type { Block, Citation, Item, Plan } from '../plan/model.js';
import type { ComponentName, Profile } from '../profile/index.js';
import type { BodyBlock, RenderDocument, Run } from './document.js';
import { authorityLine, dateLine, dateWords, label, numberLine, numberingLevels, recipientLines, roman, shortDate, type LevelStyle } from './forms.js';
import { cleanLine, cleanText, endWith, parseInline } from './inline.js';
import { organInSentence } from './organ-name.js';
import type { Wording } from './templates.js';

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
const lines = (s: string) => cleanText(s).split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);

const STYLE_BY_KIND: Record<LevelStyle['kind'], ComponentName> = {
  la_ma: 'tieu_de_phan',
  so: 'tieu_de_muc',
  thap_phan: 'tieu_de_muc',
  chu: 'tieu_de_tieu_muc',
  dieu: 'tieu_de_muc',
};

/** The tên loại in running text: the office's wording (`ten_loai.<loai>` in its templates) or the registry's name. */
export const typeNameOf = (plan: Pick<Plan, 'docType'>, wording: Wording): string =>
  wording.text(`ten_loai.${plan.docType}`) || docTypeOf(plan.docType).name;

class BodyWriter {
  readonly out: BodyBlock[] = [];
  constructor(private readonly levels: LevelStyle[], private readonly profile: Profile, private readonly wording: Wording) {}

  paragraph(text: string, style: ComponentName = 'noi_dung', labelText?: string): void {
    const runs = parseInline(cleanLine(text));
    this.out.push(labelText ? { kind: 'paragraph', label: labelText, runs, style } : { kind: 'paragraph', runs, style });
  }

  heading(depth: number, path: number[], title: string, forceStyle?: ComponentName): void {
    const level = this.levels[depth]!;
    const style = forceStyle ?? STYLE_BY_KIND[level.kind];
    const text = style === 'tieu_de_phan' ? upper(cleanLine(title)) : cleanLine(title);
    this.out.push({ kind: 'heading', level: depth, label: label(this.levels, depth, path), runs: parseInline(text), style });
  }

  /** Blocks at numbering depth `depth`; `bulletDepth` counts the bullet levels already open. */
  blocks(blocks: Block[], depth: number, parentPath: number[], bulletDepth = 0): void {
    let n = 0;
    for (const block of blocks) {
      // A plain paragraph after numbered items would read as part of the item above it: it takes
      // the next number ("3. Chế độ báo cáo …"). Paragraphs before the first item stay plain.
      if (block.kind === 'paragraph' && n > 0 && depth < this.levels.length) this.paragraph(block.text, 'noi_dung', label(this.levels, depth, [...parentPath, ++n]));
      else if (block.kind === 'paragraph') this.paragraph(block.text);
      else if (block.kind === 'bullets') for (const item of block.items) this.bullet(item.text, bulletDepth);
      else this.item(block, depth, [...parentPath, ++n], bulletDepth);
    }
  }

  private bullet(text: string, bulletDepth: number): void {
    const marker = bulletDepth === 0 ? this.profile.danh_so.gach : this.profile.danh_so.gach_con;
    this.out.push({ kind: 'bullet', marker, runs: parseInline(cleanLine(text)), style: 'noi_dung' });
  }

  private item(item: Item, depth: number, path: number[], bulletDepth: number): void {
    let content = item.content;
    if (depth >= this.levels.length) {
      // Deeper than the numbering goes: the item becomes a "- " (then "+ ") line.
      const first = item.title ?? (content[0]?.kind === 'paragraph' ? content[0] : undefined);
      if (first) {
        this.bullet(first.text, bulletDepth);
        if (!item.title) content = content.slice(1);
      }
      this.blocks(content, depth, path, bulletDepth + 1);
      this.details(item);
      return;
    }
    if (item.title) {
      this.heading(depth, path, item.title.text);
    } else if (content[0]?.kind === 'paragraph' && this.levels[depth]!.kind === 'dieu') {
      // "Điều 1. Ban hành …": the article's label in bold, its text as written (NĐ 30, Phụ lục III, mẫu 1.4).
      this.out.push({ kind: 'paragraph', runs: [{ text: `${label(this.levels, depth, path)} `, bold: true }, ...parseInline(cleanLine(content[0].text))], style: 'noi_dung' });
      content = content.slice(1);
    } else if (content[0]?.kind === 'paragraph') {
      // "1. Nâng cao nhận thức …": the number opens the item's first paragraph.
      this.paragraph(content[0].text, 'noi_dung', label(this.levels, depth, path));
      content = content.slice(1);
    } else {
      this.out.push({ kind: 'paragraph', label: label(this.levels, depth, path), runs: [], style: 'noi_dung' });
    }
    this.blocks(content, depth + 1, path, bulletDepth);
    this.details(item);
  }

  /** A centred line in capitals: the quyết định's authority and its "QUYẾT ĐỊNH:" line. */
  centredLine(text: string): void {
    if (text) this.out.push({ kind: 'paragraph', runs: [{ text: upper(cleanLine(text)), bold: true }], style: 'tieu_de_phan', align: 'center' });
  }

  /** Chủ trì, phối hợp, thời gian, thời hạn, sản phẩm: one line each, worded by the template. */
  private details(item: Item): void {
    // A detail the item's own text already states ("Giao Văn phòng Sở làm đầu mối …") is not
    // printed again as a line of its own.
    const said = item.content.map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'bullets' ? b.items.map((i) => i.text).join(' ') : '')).join(' ').replace(/\s+/g, ' ');
    const add = (key: string, value: string | undefined) => {
      if (value && !said.includes(value.trim())) this.paragraph(this.wording.text(`thong_tin_nhiem_vu.${key}`, { gia_tri: value }));
    };
    add('chu_tri', item.lead?.text);
    add('phoi_hop', item.partners?.map((p) => p.text.trim()).join(', '));
    add('thoi_gian', item.period?.text);
    add('thoi_han', item.deadline ? shortDate(item.deadline) : undefined);
    add('san_pham', item.output?.text);
  }
}

/** A cited document as one căn cứ sentence. The reader asks this too: import structures a line only when dvk would print it back unchanged. */
export function citationText(citation: Omit<Citation, 'path'>, planSystem: Plan['system'], wording: Wording): string {
  const mode = citation.mode ?? (planSystem === 'party' ? 'thuc_hien' : 'can_cu');
  const system = planSystem === 'party' ? 'dang' : 'nha_nuoc';
  return wording.text(`dan_chieu.${system}`, {
    cach_dan: wording.text(`cach_dan.${mode}`),
    loai: cleanLine(citation.docType.text),
    so_ky_hieu: cleanLine(citation.numberSymbol.text),
    ngay: citation.date ? shortDate(citation.date) : '',
    co_quan: citation.issuer ? cleanLine(citation.issuer.text) : '',
    trich_yeu: citation.subject ? cleanLine(citation.subject.text) : '',
  });
}

/**
 * Who acts in the generated opening sentence, as running text: the issuing organ ("Sở Khoa học và
 * Công nghệ"), or the collective that signs for it when that is a body of the organ ("T/M BAN
 * THƯỜNG VỤ" of "HUYỆN ỦY THẠCH HÀ" → "Ban Thường vụ Huyện ủy Thạch Hà").
 */
export function actorName(plan: Plan): string {
  const organ = organInSentence(cleanLine(plan.issuer.name.text));
  const collective = plan.signer.onBehalfOf ? cleanLine(plan.signer.onBehalfOf.text) : '';
  if (/^(BAN THƯỜNG VỤ|BAN CHẤP HÀNH|THƯỜNG TRỰC)$/iu.test(collective) && !organ.toLocaleUpperCase('vi-VN').startsWith(collective.toLocaleUpperCase('vi-VN'))) {
    return `${organInSentence(collective.toLocaleUpperCase('vi-VN'))} ${organ}`;
  }
  return organ;
}

/** Căn cứ lines, the opening, the parts or body, the closing sentence with the final mark. */
function composeBody(plan: Plan, profile: Profile, wording: Wording): BodyBlock[] {
  const type = docTypeOf(plan.docType);
  const writer = new BodyWriter(numberingLevels(profile, type.body === 'articles' ? 'dieu' : plan.numbering), profile, wording);
  const opening = plan.opening.map((t) => cleanLine(t.text)).join(' ');
  // A citation already written out in the opening (its số ký hiệu appears there) is its first
  // mention; printing it again as a căn cứ line would say the same thing twice.
  const basis = plan.legalBasis.filter((b) => b.kind === 'text' || !opening.includes(b.numberSymbol.text.trim()));
  const basisText = basis.map((b) => (b.kind === 'text' ? cleanLine(b.text) : citationText(b, plan.system, wording)));
  const merge = type.body !== 'articles' && plan.system === 'party' && !opening && basis.length > 0 && basis.every((b) => b.kind === 'citation');
  const common = {
    nha_nuoc: plan.system === 'state',
    dang: plan.system === 'party',
    loai: plan.docType,
    ten_loai: typeNameOf(plan, wording),
    co_quan: cleanLine(plan.issuer.name.text),
    chu_the: actorName(plan),
    trich_yeu: cleanLine(plan.subject.text),
    tham_quyen: plan.authority ? cleanLine(plan.authority.text) : '',
  };
  // A quyết định names who decides above the căn cứ (State) or below them (Party), per its template.
  writer.centredLine(wording.text('dong_tham_quyen_truoc', common));
  if (merge) {
    // Party style: "Thực hiện …; thực hiện …, <câu mở đầu>" in one sentence.
    const joined = basisText.map((t, i) => (i === 0 ? t : t.charAt(0).toLocaleLowerCase('vi-VN') + t.slice(1))).join('; ');
    writer.paragraph(wording.text('mo_dau', { ...common, co_dan_chieu: true, dan_chieu: joined }), 'can_cu');
  } else {
    // One basis a line, each ending ";", the last "." (NĐ 30, Phụ lục I, II.6; the-thuc.md §1.1 ô 6);
    // a template may set the line's form and the last mark (a Party quyết định: "- Căn cứ …;" … ",").
    const lastMark = wording.raw('can_cu_ket') === undefined ? '.' : wording.text('can_cu_ket', common);
    basisText.forEach((t, i) => {
      const line = `${t.replace(/[;.,]+$/, '')}${i === basisText.length - 1 ? lastMark : ';'}`;
      writer.paragraph(wording.raw('can_cu_dong') ? wording.text('can_cu_dong', { ...common, dong: line }) : line, 'can_cu');
    });
    if (plan.opening.length) for (const t of plan.opening) writer.paragraph(t.text);
    else {
      const generated = wording.text('mo_dau', { ...common, co_dan_chieu: false, dan_chieu: '' });
      if (generated) writer.paragraph(generated);
    }
  }

  writer.centredLine(wording.text('dong_tham_quyen_sau', common));
  writer.centredLine(wording.text('dong_quyet_dinh', common));
  if (type.body === 'parts') {
    plan.parts.forEach((part, i) => {
      const title = part.title?.text ?? wording.text(`tieu_de_phan.${part.key}`);
      writer.heading(0, [i + 1], title, 'tieu_de_phan');
      if (part.purposes || part.requirements) {
        let n = 0;
        if (part.purposes) {
          writer.heading(1, [i + 1, ++n], wording.text('tieu_de_muc.muc_dich'));
          writer.blocks(part.purposes, 2, [i + 1, n]);
        }
        if (part.requirements) {
          writer.heading(1, [i + 1, ++n], wording.text('tieu_de_muc.yeu_cau'));
          writer.blocks(part.requirements, 2, [i + 1, n]);
        }
      }
      writer.blocks(part.content, 1, [i + 1]);
    });
  } else if (type.body === 'articles') {
    // Each top-level paragraph of a quyết định is an article of its own: "Điều 1. …".
    writer.blocks(plan.body.map((b): Block => (b.kind === 'paragraph' ? { kind: 'item', content: [b], path: b.path } : b)), 0, []);
  } else {
    writer.blocks(plan.body, 0, []);
  }

  const closing = plan.closing ? plan.closing.text : wording.text('cau_ket', common);
  if (closing) writer.paragraph(closing);
  // The body's final mark ("./." under NĐ 30, "." for Party documents) on the last body line.
  const last = [...writer.out].reverse().find((b) => b.kind !== 'heading');
  if (last) last.runs = endWith(last.runs, profile.dau_ket_thuc);
  return writer.out;
}

/** NĐ 30, Phụ lục I, II.9: one addressee on the line; several as "- …;" lines, the last with ".". */
function addresseeLines(names: string[]): string[] {
  const bare = names.map((n) => n.replace(/[.;,]+$/, ''));
  if (bare.length <= 1) return bare.map((n) => `${n}.`);
  return bare.map((n, i) => `- ${n}${i === bare.length - 1 ? '.' : ';'}`);
}

export interface ComposeOptions {
  profile: Profile;
  wording: Wording;
}

export function composeDocument(plan: Plan, { profile, wording }: ComposeOptions): RenderDocument {
  const state = profile.he_thong === 'nha_nuoc';
  // A công văn has no tên loại line: its trích yếu sits under the number (NĐ 30 ô 5b; HD 36 ô 5b).
  const letter = docTypeOf(plan.docType).heading === 'cong_van';
  const organ = [
    ...(plan.issuer.parent ? lines(plan.issuer.parent.text).map((text) => ({ text: upper(text), style: 'co_quan_cap_tren' as const })) : []),
    ...lines(plan.issuer.name.text).map((text) => ({ text: upper(text), style: 'co_quan_ban_hanh' as const })),
  ];
  const [titleText, ...rest] = profile.dau_trang.tieu_de_phai;
  const draft = plan.draft ? cleanLine(plan.draftLabel ?? wording.text('du_thao')) : undefined;
  const doc: RenderDocument = {
    profile,
    stamp: plan.issueDate ? `${plan.issueDate.iso}${plan.issueDate.day === undefined ? '-01' : ''}` : '2000-01-01',
    marks: {},
    header: {
      organ,
      underOrgan: profile.dau_trang.duoi_co_quan === 'sao' ? 'star' : 'rule',
      organRuleRatio: profile.dau_trang.ti_le_gach_co_quan ?? 0.4,
      number: { text: cleanText(numberLine(plan, profile)).trim(), style: 'so_ky_hieu' },
      title: { text: [titleText ?? '', ...rest].join(' '), style: state ? 'quoc_hieu' : 'tieu_de_dang' },
      ruleUnder: profile.dau_trang.gach_duoi_phai === 'bang_dong_phu' ? 'motto' : 'title',
      date: { text: cleanText(dateLine(plan)).trim(), style: 'dia_danh_ngay' },
      datePlacement: profile.dau_trang.vi_tri_ngay === 'cung_dong_so' ? 'with_number' : 'under_title',
    },
    typeName: { text: upper(typeNameOf(plan, wording)), style: 'ten_loai' },
    subject: { text: cleanLine(plan.subject.text), style: letter ? 'trich_yeu_cong_van' : 'trich_yeu' },
    subjectPlacement: letter ? 'under_number' : 'title',
    subjectSeparator: profile.dau_trang.gach_duoi_trich_yeu ? { kind: 'text', text: profile.dau_trang.gach_duoi_trich_yeu } : { kind: 'rule' },
    addressees: { label: wording.text('kinh_gui'), lines: addresseeLines(plan.addressees.map((a) => cleanLine(a.text))) },
    body: composeBody(plan, profile, wording),
    recipients: {
      label: profile.noi_nhan.nhan,
      underline: profile.noi_nhan.gach_chan_nhan,
      lines: recipientLines(plan, profile, (ten, de) => wording.text('noi_nhan_muc', { ten, de })).map(cleanLine),
    },
    signature: {
      // Titles print in capitals; the joining word "kiêm" between two titles stays lower case.
      titleLines: lines(plan.signer.title.text).map((l) => (l.toLocaleLowerCase('vi-VN') === 'kiêm' ? 'kiêm' : upper(l))),
      name: cleanLine(plan.signer.name.text),
    },
    appendices: [],
  };
  if (profile.dau_trang.dong_phu_phai) doc.header.motto = { text: profile.dau_trang.dong_phu_phai, style: 'tieu_ngu' };
  const authority = authorityLine(plan, profile);
  if (authority) doc.signature.authority = cleanLine(upper(authority));
  if (plan.secrecy) doc.marks.secrecy = upper(cleanLine(plan.secrecy.text));
  if (plan.urgency) doc.marks.urgency = upper(cleanLine(plan.urgency.text));
  if (draft) doc.marks.draft = draft;
  const many = plan.appendices.length > 1;
  doc.appendices = plan.appendices.map((appendix, i) => {
    const writer = new BodyWriter(numberingLevels(profile, plan.numbering), profile, wording);
    writer.blocks(appendix.content, 0, []);
    const so = many ? (profile.phu_luc_danh_so === 'la_ma' ? roman(i + 1) : String(i + 1)) : '';
    const note = wording.text('kem_theo', {
      ten_loai: typeNameOf(plan, wording),
      so_ky_hieu: doc.header.number.text.replace(/^Số:?\s*/, '').replace(/\s+/g, ' '),
      ngay: dateWords(plan.issueDate),
    });
    return { label: wording.text('phu_luc', { so }), title: upper(cleanLine(appendix.title.text)), note, body: writer.out };
  });
  return doc;
}

export type { Run };

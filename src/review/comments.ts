// The comments part and what makes Word find it: word/comments.xml (new, or the document's own
// with dvk's comments added after the existing ones), its relationship from document.xml and
// its content type. Comment text: the finding's message, the rule, the legal basis and the fix,
// in the run's language; the author is "dvk".
import { localize, type Lang } from '../i18n/index.js';
import type { Finding, Severity } from '../report/finding.js';
import { documentFix } from './revisions.js';
import { escapeXml } from './xml.js';

export const AUTHOR = 'dvk';
export const INITIALS = 'dvk';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const text = {
  severity: {
    error: { vi: 'Lỗi', en: 'Error' },
    warning: { vi: 'Cảnh báo', en: 'Warning' },
    info: { vi: 'Gợi ý', en: 'Info' },
  } satisfies Record<Severity, { vi: string; en: string }>,
  rule: { vi: 'Quy tắc: {{id}} (giải thích: dvk explain {{id}})', en: 'Rule: {{id}} (explained by: dvk explain {{id}})' },
  basis: { vi: 'Căn cứ: {{source}}, {{where}}', en: 'Basis: {{source}}, {{where}}' },
  fix: { vi: 'Cách sửa: {{edits}}', en: 'Fix: {{edits}}' },
  fixTracked: { vi: 'Cách sửa: {{edits}} (dvk đã ghi phần sửa này thành thay đổi được theo dõi; chấp nhận hoặc từ chối ở thẻ Review/Xem lại).', en: 'Fix: {{edits}} (dvk wrote this fix as a tracked change; accept or reject it in the Review tab).' },
  replace: { vi: 'thay “{{from}}” bằng “{{to}}”', en: 'replace “{{from}}” with “{{to}}”' },
  remove: { vi: 'bỏ “{{from}}”', en: 'remove “{{from}}”' },
  insert: { vi: 'thêm “{{to}}”', en: 'insert “{{to}}”' },
  suggestion: { vi: 'Gợi ý sửa: {{message}}', en: 'Suggestion: {{message}}' },
  where: { vi: '(Vị trí trong văn bản: dòng {{line}}, cột {{column}}.)', en: '(Place in the document: line {{line}}, column {{column}}.)' },
};

/** Shows spaces and tabs in a quoted fix (“ , ” would hide what changes). */
const visible = (s: string): string => s.replace(/\t/g, '→').replace(/ /g, '·');

/** The comment's paragraphs for one finding. */
export function commentParagraphs(finding: Finding, source: string | undefined, lang: Lang, options: { tracked: boolean; showWhere: boolean }): string[] {
  const out = [`${text.severity[finding.severity][lang]}: ${finding.message}`, localize(text.rule, lang, { id: finding.ruleId })];
  if (finding.basis) out.push(localize(text.basis, lang, { source: finding.basis.source, where: finding.basis.where }));
  const fix = documentFix(finding);
  if (fix && source !== undefined) {
    const edits = fix.edits
      .map((e) => {
        const from = visible(source.slice(e.start, e.end));
        const to = visible(e.text);
        if (e.start === e.end) return localize(text.insert, lang, { to });
        if (e.text === '') return localize(text.remove, lang, { from });
        return localize(text.replace, lang, { from, to });
      })
      .join('; ');
    out.push(localize(options.tracked ? text.fixTracked : text.fix, lang, { edits }));
  }
  for (const s of finding.suggestions ?? []) out.push(localize(text.suggestion, lang, { message: s.message }));
  if (options.showWhere) out.push(localize(text.where, lang, { line: finding.range.start.line, column: finding.range.start.column }));
  return out;
}

export interface NewComment {
  id: number;
  paragraphs: string[];
}

function commentXml(c: NewComment, date: string): string {
  const paras = c.paragraphs
    .map((p, i) => `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)
    .join('');
  return `<w:comment w:id="${c.id}" w:author="${AUTHOR}" w:date="${date}" w:initials="${INITIALS}">${paras}</w:comment>`;
}

/** word/comments.xml: the existing part with the new comments appended, or a new part. */
export function commentsPart(existing: string | undefined, comments: NewComment[], date: string): string {
  const added = comments.map((c) => commentXml(c, date)).join('');
  if (existing !== undefined) {
    const close = existing.lastIndexOf('</w:comments>');
    if (close !== -1) return existing.slice(0, close) + added + existing.slice(close);
    // <w:comments .../>: an empty part written as one tag.
    return existing.replace(/<w:comments\b([^>]*?)\s*\/>/, (_m, attrs: string) => `<w:comments${attrs}>${added}</w:comments>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}">${added}</w:comments>`;
}

/** Where document.xml's relationships point the comments part, if they do ("comments.xml" → "word/comments.xml"). */
export function commentsTarget(rels: string | undefined): string | undefined {
  if (!rels) return undefined;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!m[0].includes(`Type="${COMMENTS_REL}"`)) continue;
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (!target || /\bTargetMode="External"/.test(m[0])) continue;
    return target.startsWith('/') ? target.slice(1) : `word/${target}`.replace(/\/\.\//g, '/');
  }
  return undefined;
}

/** document.xml.rels with a relationship to comments.xml added (an id no other relationship has). */
export function relsWithComments(rels: string | undefined): string {
  const base = rels ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set([...base.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${COMMENTS_REL}" Target="comments.xml"/>`;
  const close = base.lastIndexOf('</Relationships>');
  if (close !== -1) return base.slice(0, close) + rel + base.slice(close);
  return base.replace(/<Relationships\b([^>]*?)\s*\/>/, (_m, attrs: string) => `<Relationships${attrs}>${rel}</Relationships>`);
}

/** [Content_Types].xml with the comments part's type, unless it is already there. */
export function contentTypesWithComments(types: string, partName: string): string {
  if (new RegExp(`PartName="/${partName.replace(/[.]/g, '\\.')}"`, 'i').test(types)) return types;
  const override = `<Override PartName="/${partName}" ContentType="${COMMENTS_TYPE}"/>`;
  const close = types.lastIndexOf('</Types>');
  return close === -1 ? types : types.slice(0, close) + override + types.slice(close);
}

// File names for new plans: the type and the trích yếu in ASCII without diacritics, lowercase,
// joined by hyphens ("ke-hoach-to-chuc-thang-cao-diem-dan-van-nam-2026.yaml"), short enough to
// read in a file list and to survive Windows' path limits.

/** Vietnamese (and other Latin) text without diacritics: "Đảng ủy" → "Dang uy". */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // đ/Đ is a letter of its own, not d with a combining mark, so NFD leaves it alone.
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export function slugify(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest slug kept from the trích yếu; the name is cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

export function trimSlug(slug: string, max = MAX_SLUG_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** "ke_hoach" + "Tổ chức “Tháng cao điểm” dân vận năm 2026" → "ke-hoach-to-chuc-thang-cao-diem-dan-van-nam-2026.yaml". */
export function planFileName(docType: string, subject: string): string {
  const typePart = docType.replace(/_/g, '-');
  const subjectPart = trimSlug(slugify(subject));
  return `${subjectPart ? `${typePart}-${subjectPart}` : typePart}.yaml`;
}

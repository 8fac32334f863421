// The words of the places still to write, in one module: `dvk new` and `dvk import` write them,
// the .txt/.docx reader writes the not-found one, and lint recognises both (src/lint/placeholders.ts
// masks them for every rule but draft-placeholders). One source, so a changed word cannot leave
// lint reading the new marker as prose.

/** "[CẦN BỔ SUNG: …]" (dvk new) and "[CẦN BỔ SUNG]" (dvk import): text a clerk still has to write. */
export const TO_WRITE = 'CẦN BỔ SUNG';

/** "[KHÔNG TÌM THẤY]": where `dvk lint` on a .txt/.docx puts a part the reader did not find. */
export const NOT_FOUND = 'KHÔNG TÌM THẤY';

// The sentence dvk prints for a cited document (“Căn cứ Chỉ thị số 45-CT/TU ngày 27/8/2024 của …”),
// for both directions: the renderer prints it, and the reader structures a căn cứ line only when
// it reads exactly this sentence. The reader reaches the renderer's wording through this module.
import type { Citation, DocType, Plan } from '../plan/model.js';
import { citationText } from '../render/compose.js';
import { loadWording } from '../render/templates.js';

export function printedCitation(citation: Omit<Citation, 'path'>, system: Plan['system'], docType: DocType): string {
  return citationText(citation, system, loadWording(docType));
}

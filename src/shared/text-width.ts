// One measure of printed text for both directions: the renderer sizes rules and columns with it,
// and the reader's layout checks measure a rule against the text above it the same way.
export { textWidth } from '../render/docx/measure.js';

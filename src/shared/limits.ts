// The sizes and counts dvk refuses to go past, in one place (documented in docs/limits.md).
// Each is far above what a real official document reaches (a long plan is a few hundred
// paragraphs, a Nơi nhận list a few dozen lines), and each keeps dvk's time and memory linear
// below it: a hostile or broken input gets one clear refusal (exit 2), never an out-of-memory
// abort or a run that crawls. The byte cap on reading a file is in src/plan/read.ts.

/** A .docx part (word/document.xml, a header, styles…) when unpacked. A 500-page report's document.xml is about 10 MB. */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024;
/** All the parts of a .docx together, unpacked. */
export const MAX_DOCX_TOTAL_BYTES = 128 * 1024 * 1024;
/** Unpacked ÷ packed size of the whole package, and of a part larger than RATIO_FLOOR_BYTES: WordprocessingML packs about 5–30 to 1 (a few hundred for thousands of identical paragraphs); a zip bomb about 1000 to 1, the most deflate can reach. */
export const MAX_COMPRESSION_RATIO = 500;
export const RATIO_FLOOR_BYTES = 1024 * 1024;
/** A part dvk parses (document.xml, styles, headers, footers): parsing costs about 50 bytes of memory per byte of XML. A 300-page report's document.xml is about 5 MB. */
export const MAX_DOCX_XML_BYTES = 10 * 1024 * 1024;
/** Entries in a .docx package (a real one has 10–40; images included, a few hundred). */
export const MAX_DOCX_ENTRIES = 5000;

/** Paragraphs of a .docx, lines of a .txt. */
export const MAX_PARAGRAPHS = 20_000;
/** Characters in one paragraph (.docx/.txt) or one plan value (YAML). */
export const MAX_PARAGRAPH_CHARS = 20_000;
/** Items in one list of a plan (nơi nhận, nhiệm vụ, căn cứ…). */
export const MAX_LIST_ITEMS = 5_000;
/** List items and keys in a whole YAML plan, counted before it is parsed (parsing costs about 1 KB per entry). */
export const MAX_YAML_ENTRIES = 100_000;
/** Nesting depth of a YAML plan (a real plan nests 5–6 levels). */
export const MAX_YAML_DEPTH = 64;
/** Findings shown per file; the rest are summed up in one finding. */
export const MAX_FINDINGS_PER_FILE = 1_000;

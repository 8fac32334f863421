// Validators compiled at build time. In the source this table is empty (the schemas are compiled
// at first use, src/schema/compile.ts); `scripts/build.mjs` replaces this module in the bundle by
// one that imports the standalone code it generated from the same schemas with the same options.
import type { CompiledSchema, CompiledSchemaName } from './compile.js';

export const precompiled: Partial<Record<CompiledSchemaName, CompiledSchema>> = {};

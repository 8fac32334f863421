// Build-time work for start-up (issue 13): what `dvk` would otherwise do at every run. Called by
// scripts/build.mjs (bundled by esbuild and run before the main bundle), it returns the source of
// the modules that replace src/schema/precompiled.ts and src/profile/builtin.ts in the bundle:
// - Ajv standalone code for the plan, config and profile schemas, compiled with the options of
//   src/schema/compile.ts. The code's schema constants point into one copy of the schema that the
//   module exports, so an error's `schema`/`parentSchema` are parts of the schema the messages
//   read (src/schema/validate.ts compares them by identity), as with a validator compiled at run time;
// - every built-in profile, inheritance resolved, checked against the profile schema (a failing
//   profile fails the build), with the text of the files it came from.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { ajvFor, schemaToCompile, type CompiledSchemaName, type Schema } from '../src/schema/compile.js';
import { profileIds } from '../src/profile/ids.js';
import { readProfileData } from '../src/profile/index.js';
import { profileProblems } from '../src/profile/validate.js';

const require = createRequire(import.meta.url);
const standaloneCode = (require('ajv/dist/standalone/index.js') as { default: (ajv: Ajv2020, validate: unknown) => string }).default;
const { _Code } = require('ajv/dist/compile/codegen/code.js') as { _Code: new (code: string) => unknown };

/** Where each object of the schema sits in it, as a JavaScript property path (`["$defs"]["task"]`). */
function objectPaths(root: Schema): Map<object, string> {
  const paths = new Map<object, string>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null || paths.has(node)) return;
    paths.set(node, path);
    for (const [key, value] of Object.entries(node)) walk(value, `${path}[${JSON.stringify(Array.isArray(node) ? Number(key) : key)}]`);
  };
  walk(root, '');
  return paths;
}

/** ESM source of one standalone validator: `export { validate, schema }`. */
export function validatorModule(name: CompiledSchemaName, formatsModule: string): string {
  const schema = schemaToCompile(name);
  const ajv = ajvFor(name, { code: { source: true, esm: true, formats: new _Code('DVK_FORMATS') as never } });
  const validate = ajv.compile(schema);
  // Every schema value the code refers to becomes a path into DVK_SCHEMA instead of a copy.
  const paths = objectPaths(schema);
  const values = (ajv.scope as unknown as { _values: Record<string, Map<unknown, { value?: { ref: unknown; code?: unknown } }>> })._values.schema ?? new Map();
  for (const scopeName of values.values()) {
    const ref = scopeName.value?.ref;
    const path = typeof ref === 'object' && ref !== null ? paths.get(ref) : undefined;
    // Values of other schemas (the meta-schema Ajv checked ours with) are not in this code.
    if (path !== undefined) scopeName.value!.code = new _Code(`DVK_SCHEMA${path}`);
  }
  let code = standaloneCode(ajv, validate);
  if (/const schema\d+ = [{[]/.test(code)) throw new Error(`precompile ${name}: the code holds a copy of part of the schema`);
  // Ajv's runtime helpers are CommonJS `require`s: ESM imports instead (the bundle is ESM). The
  // code reads `require(…).default`; esbuild, which bundles the helpers, gives a namespace import
  // of a CommonJS module marked __esModule that `default`.
  const imports: string[] = [];
  code = code.replace(/require\("([^"]+)"\)/g, (_, spec: string) => {
    const local = `dvkRuntime${imports.length}`;
    imports.push(`import * as ${local} from ${JSON.stringify(spec.endsWith('.js') ? spec : `${spec}.js`)};`);
    return local;
  });
  if (/\brequire\(/.test(code)) throw new Error(`precompile ${name}: a require() is left in the standalone code`);
  const formats = name === 'profile' ? '' : `import { formats as DVK_FORMATS } from ${JSON.stringify(formatsModule)};\n`;
  return `${imports.join('\n')}\n${formats}const DVK_SCHEMA = ${JSON.stringify(schema)};\nexport { DVK_SCHEMA as schema };\n${code.replace(/^"use strict";/, '')}\n`;
}

/** ESM source of the built-in profiles table (src/profile/builtin.ts); throws when one does not match the schema. */
export function builtinProfilesModule(): string {
  const table: Record<string, { files: Record<string, string>; data: Record<string, unknown> }> = {};
  for (const id of profileIds()) {
    const files: Record<string, string> = {};
    const data = readProfileData(id, files);
    const problems = profileProblems(data);
    if (problems.length) throw new Error(`profiles/${id}.yaml does not match schemas/profile.schema.json: ${problems.join('; ')}`);
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data)) throw new Error(`profiles/${id}.yaml holds a value JSON cannot carry`);
    table[id] = { files, data };
  }
  return `export const builtinProfiles = ${JSON.stringify(table)};\n`;
}

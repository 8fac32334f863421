// The one place that says how each JSON Schema of dvk is compiled: its Ajv options, dvk's own
// keyword and format, and the plan schema's `the_thuc` list taken from profiles/. Two callers:
// `scripts/build.mjs` compiles them once, at build time, into standalone validator code that the
// bundle imports (`src/schema/precompiled.ts`, replaced in the bundle), so the installed `dvk`
// never runs the Ajv compiler at start-up; and the code run from source (tests, tsx) compiles
// them here at first use. Both use the same options, so both report the same errors.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv';
import { profileIds } from '../profile/ids.js';
import { dataPath } from '../shared/paths.js';
import { checkIsoDate } from '../shared/dates.js';

export type Schema = Record<string, any>;
export type CompiledSchemaName = 'plan' | 'config' | 'profile';

export interface CompiledSchema {
  validate: ValidateFunction;
  /** The schema the validator was compiled from: its errors' `schema`/`parentSchema` are parts of this object. */
  schema: Schema;
}

/** Formats dvk defines; the standalone code imports this table (build.mjs names it). */
export const formats = {
  'ngay-ban-hanh': { type: 'string' as const, validate: (value: string) => value === '' || checkIsoDate(value).ok },
};

const PLAN_OPTIONS: Options = { allErrors: true, verbose: true, coerceTypes: true, strict: true, strictRequired: false, allowUnionTypes: true };
export const AJV_OPTIONS: Record<CompiledSchemaName, Options> = {
  plan: PLAN_OPTIONS,
  config: PLAN_OPTIONS,
  // Profiles are checked for dvk's own sake ("a built-in profile that fails is a dvk bug"): plain messages.
  profile: { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true },
};

/** The schema as dvk compiles it: the file, with the plan's `the_thuc` enum set to the profile ids. */
export function schemaToCompile(name: CompiledSchemaName): Schema {
  const schema = JSON.parse(readFileSync(dataPath('schemas', `${name}.schema.json`), 'utf8')) as Schema;
  // `the_thuc` names a profile: the files of profiles/ decide which exist. The schema files list
  // today's ids for editors (test/plan/profile.test.ts keeps them equal).
  const pin = (schema as { properties?: { the_thuc?: { enum?: string[] } } }).properties?.the_thuc;
  if (pin?.enum) pin.enum = [...profileIds()];
  return schema;
}

type AjvClass = typeof import('ajv/dist/2020.js').Ajv2020;

/** A configured Ajv instance (loaded only when something is compiled: the bundle never needs it at start-up). */
export function ajvFor(name: CompiledSchemaName, extra: Options = {}): InstanceType<AjvClass> {
  // Required lazily and synchronously: validation is synchronous, and importing Ajv costs ~40 ms.
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as { Ajv2020: AjvClass };
  const ajv = new Ajv2020({ ...AJV_OPTIONS[name], ...extra });
  if (name !== 'profile') {
    ajv.addKeyword({ keyword: 'x-goi-y', schemaType: 'string' });
    for (const [format, definition] of Object.entries(formats)) ajv.addFormat(format, definition);
  }
  return ajv;
}

/** Compiles a schema now (the path taken when running from source). */
export function compileAtRunTime(name: CompiledSchemaName): CompiledSchema {
  const schema = schemaToCompile(name);
  return { validate: ajvFor(name).compile(schema), schema };
}

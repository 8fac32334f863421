// Profiles are data, so they are checked like data: against schemas/profile.schema.json, after
// inheritance is resolved. A built-in profile that fails is a dvk bug, reported as such.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { dataPath } from '../shared/paths.js';

let validator: ValidateFunction | undefined;

/** Problems in a resolved profile, as "path: message" lines (empty when valid). */
export function profileProblems(data: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(dataPath('schemas', 'profile.schema.json'), 'utf8')) as object;
    validator = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
  }
  if (validator(data)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}

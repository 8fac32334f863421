// Profiles are data, so they are checked like data: against schemas/profile.schema.json, after
// inheritance is resolved. A built-in profile that fails is a dvk bug, reported as such. The
// bundle checks its built-in profiles at build time (src/profile/builtin.ts); this check runs for
// a profile file that is not the one built in, and from source.
import type { ValidateFunction } from 'ajv';
import { compileAtRunTime } from '../schema/compile.js';
import { precompiled } from '../schema/precompiled.js';

let validator: ValidateFunction | undefined;

/** Problems in a resolved profile, as "path: message" lines (empty when valid). */
export function profileProblems(data: unknown): string[] {
  validator ??= (precompiled.profile ?? compileAtRunTime('profile')).validate;
  if (validator(data)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}

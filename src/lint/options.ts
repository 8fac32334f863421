// Rule options (`quy_tac: { <id>: { tuy_chon: {…} } }`) are checked against the rule's own JSON
// Schema (`meta.options`), once here: the config check reports what does not fit, and the engine
// gives a rule its options with the schema's defaults filled in. A rule without a schema takes no
// options. Nothing is compiled unless a rule declares options.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { RuleMeta } from './rule.js';

let ajv: Ajv2020 | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

function validatorOf(schema: Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // Required only here (synchronously): loading Ajv costs every `dvk lint` ~40 ms otherwise.
    const { Ajv2020: AjvClass } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    ajv ??= new AjvClass({ allErrors: true, strict: true, useDefaults: true, allowUnionTypes: true });
    validate = ajv.compile({ type: 'object', ...schema });
    compiled.set(schema, validate);
  }
  return validate;
}

/** What is wrong with these options for this rule, one line each (empty when they fit); 'none' for a rule that takes no options. */
export function optionProblems(meta: Pick<RuleMeta, 'id' | 'options'>, given: Record<string, unknown>): string[] | 'none' {
  if (!meta.options) return Object.keys(given).length ? 'none' : [];
  const validate = validatorOf(meta.options);
  if (validate(structuredClone(given))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}

/** The options a rule runs with: the given ones with the schema's defaults, or the defaults alone when the given ones do not fit. */
export function ruleOptions(meta: Pick<RuleMeta, 'options'>, given: Record<string, unknown>): Record<string, unknown> {
  if (!meta.options) return given;
  const validate = validatorOf(meta.options);
  const options = structuredClone(given);
  if (validate(options)) return options;
  const defaults: Record<string, unknown> = {};
  validate(defaults);
  return defaults;
}

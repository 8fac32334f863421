// Plain plan data → schema Findings with positions. Ajv is compiled once per process; each
// error is turned into one Vietnamese (or English) message that names the part in the clerk's
// words, with "did you mean" for misspelt keys and values.
import type { ErrorObject } from 'ajv';
import { compileAtRunTime, type CompiledSchema, type Schema } from './compile.js';
import { precompiled } from './precompiled.js';
import { nearest } from '../shared/did-you-mean.js';
import { localize, type Lang } from '../i18n/index.js';
import type { SourceMap } from '../plan/source-map.js';
import type { Finding, PlanPath } from '../report/finding.js';
import { dataPath } from '../shared/paths.js';
import { schemaMessages as m, typeNames } from './messages.js';
import { checkIsoDate } from '../shared/dates.js';

export type SchemaName = 'plan' | 'config';

const compiled = new Map<SchemaName, CompiledSchema>();

export function loadSchema(name: SchemaName): Schema {
  return compiler(name).schema;
}

// The bundle carries validators compiled at build time (src/schema/precompiled.ts); from source
// they are compiled at first use, with the same options (src/schema/compile.ts).
function compiler(name: SchemaName): CompiledSchema {
  let entry = compiled.get(name);
  if (!entry) {
    entry = precompiled[name] ?? compileAtRunTime(name);
    compiled.set(name, entry);
  }
  return entry;
}

const pointerToPath = (pointer: string): PlanPath =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** Validates (and coerces "1" → 1, "true" → true in place) the data; returns findings. */
export function validatePlanData(data: unknown, sourceMap: SourceMap, file: string, lang: Lang): Finding[] {
  return validateAgainst('plan', data, sourceMap, file, lang);
}

export function validateAgainst(name: SchemaName, data: unknown, sourceMap: SourceMap, file: string, lang: Lang): Finding[] {
  const { validate, schema } = compiler(name);
  if (validate(data)) return [];
  const errors = pruneAnyOf(validate.errors ?? [], schema);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const all = errors.map((error) => ({ error, described: describe(error, schema, lang, name) }));
  // A misspelt required key gives "unknown key" and "missing key": the did-you-mean says both.
  const misspelt = new Set(all.flatMap(({ described }) => (described?.suggestionPath ? [described.suggestionPath.join('/')] : [])));
  for (const { error, described } of all) {
    if (!described) continue;
    if (error.keyword === 'required' && misspelt.has(described.path.join('/'))) continue;
    const key = `${described.path.join('/')}|${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      ruleId: `schema/${error.keyword}`,
      severity: 'error',
      message: described.message,
      file,
      path: described.path,
      range: sourceMap.locate(described.path, described.part),
    });
  }
  return findings;
}

interface Described {
  message: string;
  path: PlanPath;
  part: 'key' | 'value';
  /** For an unknown key: the path of the key it probably meant. */
  suggestionPath?: PlanPath;
}

function resolveRef(schema: Schema, node: Schema): Schema {
  let current = node;
  for (let i = 0; i < 10 && typeof current?.$ref === 'string'; i++) {
    const parts = (current.$ref as string).replace(/^#\//, '').split('/');
    let target: any = schema;
    for (const p of parts) target = target?.[p];
    current = target;
  }
  return current;
}

const jsonType = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;

function branchTypes(schema: Schema, branch: Schema): string[] {
  const b = resolveRef(schema, branch);
  if (b?.type) return Array.isArray(b.type) ? b.type : [b.type];
  if (b?.anyOf) return (b.anyOf as Schema[]).flatMap((x) => branchTypes(schema, x));
  return [];
}

/**
 * Ajv reports every failed branch of an anyOf. Keep only the branch the clerk evidently meant:
 * the one whose type matches the data and, among object branches, the one that knows most of
 * the keys written. Errors of the other branches are noise ("missing gach" when a task was meant).
 */
function pruneAnyOf(errors: ErrorObject[], schema: Schema): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = ((anyOf.schema as Schema[]) ?? []).map((b) => resolveRef(schema, b));
    const data = anyOf.data;
    const type = jsonType(data);
    const typed = branches.filter((b) => branchTypes(schema, b).some((t) => t === type || (t === 'number' && type === 'integer')));
    let best: Schema | undefined = typed[0];
    if (type === 'object' && typed.length > 1) {
      const keys = Object.keys(data as object);
      let bestScore = -1;
      for (const b of typed) {
        const props = resolveRef(schema, b)?.properties ?? {};
        const score = keys.filter((k) => k in props).length;
        if (score > bestScore) { bestScore = score; best = b; }
      }
    }
    const under = errors.filter((e) => e !== anyOf && (e.instancePath === anyOf.instancePath || e.instancePath.startsWith(`${anyOf.instancePath}/`)));
    for (const e of under) {
      if (e.instancePath !== anyOf.instancePath) continue;
      const parent = e.parentSchema as Schema | undefined;
      const isBranch = branches.includes(parent as Schema);
      if (e.keyword === 'type' && (isBranch || !best)) drop.add(e);
      else if (isBranch && parent !== best) drop.add(e);
    }
    // Deeper errors that belong to a losing object branch (its `properties`) are dropped too.
    if (best) {
      for (const e of under) {
        if (e.instancePath === anyOf.instancePath || drop.has(e)) continue;
        const owner = branches.find((b) => b !== best && b.properties && Object.values(b.properties).some((p) => resolveRef(schema, p as Schema) === e.parentSchema || p === e.parentSchema));
        if (owner && !(best.properties && Object.values(best.properties).some((p) => resolveRef(schema, p as Schema) === e.parentSchema || p === e.parentSchema))) drop.add(e);
      }
    }
    if (under.some((e) => !drop.has(e))) drop.add(anyOf);
  }
  return errors.filter((e) => !drop.has(e) && e.keyword !== 'if');
}

function titleAt(schema: Schema, path: PlanPath): string {
  // Walk the schema along the path to find the nearest `title` (for messages in clerk's words).
  let node: Schema | undefined = schema;
  let title = 'Kế hoạch';
  for (const part of path) {
    node = resolveRef(schema, node ?? {});
    let next: Schema | undefined;
    if (typeof part === 'number') next = node?.items;
    else next = node?.properties?.[part];
    if (!next && node?.anyOf) {
      for (const b of node.anyOf as Schema[]) {
        const rb = resolveRef(schema, b);
        next = typeof part === 'number' ? rb?.items : rb?.properties?.[part];
        if (next) break;
      }
    }
    if (!next) return typeof part === 'string' ? part : title;
    if (next.title) title = next.title;
    else if (typeof part === 'string') title = part;
    node = next;
    const resolved = resolveRef(schema, node);
    if (!next.title && resolved?.title) title = resolved.title;
  }
  return title;
}

function hintOf(error: ErrorObject, lang: Lang): string {
  const hint = (error.parentSchema as Schema | undefined)?.['x-goi-y'];
  return lang === 'vi' && typeof hint === 'string' ? localize(m.hint, lang, { hint }) : '';
}

function describe(error: ErrorObject, schema: Schema, lang: Lang, name: SchemaName): Described | undefined {
  const path = pointerToPath(error.instancePath);
  const title = titleAt(schema, path);
  const parent = error.parentSchema as Schema;
  const value = typeof error.data === 'string' || typeof error.data === 'number' ? String(error.data) : '';
  switch (error.keyword) {
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const prop = resolveRef(schema, parent?.properties?.[key] ?? {});
      const keyTitle = parent?.properties?.[key]?.title ?? prop?.title ?? titleAt(schema, [...path, key]);
      const message = path.length === 0
        ? localize(m.requiredRoot, lang, { title: keyTitle, key })
        : localize(m.required, lang, { title: keyTitle, key, parent: path.join('.') });
      return { message, path: [...path, key], part: 'key' };
    }
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
      let message = localize(name === 'config' ? m.unknownConfigKey : m.unknownKey, lang, { key });
      const suggestion = nearest(key, allowed);
      if (suggestion) {
        const sTitle = parent.properties[suggestion]?.title ?? resolveRef(schema, parent.properties[suggestion])?.title ?? suggestion;
        message += localize(m.didYouMean, lang, { suggestion, title: sTitle });
        return { message, path: [...path, key], part: 'key', suggestionPath: [...path, suggestion] };
      }
      // A key of the top level written one level too deep (`cai_dat: { ngay_chuyen_hd05: … }`).
      const topLevel = path.length > 0 ? (schema.properties as Record<string, Schema> | undefined)?.[key] : undefined;
      if (topLevel) {
        return { message: localize(m.topLevelKey, lang, { key, title: topLevel.title ?? key, parent: path.join('.') }), path: [...path, key], part: 'key' };
      }
      if (allowed.length > 0 && allowed.length <= 12) {
        message += localize(m.allowedKeys, lang, { keys: allowed.map((k) => `\`${k}\``).join(', ') });
      }
      return { message, path: [...path, key], part: 'key' };
    }
    case 'type': {
      const expectedTypes = String((error.params as { type: string }).type).split(',');
      const expected = expectedTypes.map((t) => typeNames[t]?.[lang] ?? t).join(lang === 'vi' ? ' hoặc ' : ' or ');
      const actual = typeNames[jsonType(error.data)]?.[lang] ?? jsonType(error.data);
      return { message: localize(m.type, lang, { title, expected, actual }) + hintOf(error, lang), path, part: 'value' };
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      let message = localize(m.enum, lang, { title, value, allowed: allowed.join(', ') });
      const folded = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[\s-]+/g, '_');
      const suggestion = allowed.find((a) => a === folded) ?? nearest(folded, allowed);
      if (suggestion && suggestion !== value) {
        message += localize(m.enumDidYouMean, lang, { suggestion });
      }
      return { message, path, part: 'value' };
    }
    case 'const': {
      if (path.length === 1 && path[0] === 'dvk') return { message: localize(m.version, lang, { value }), path, part: 'value' };
      return { message: localize(m.const, lang, { title, value, expected: String((error.params as { allowedValue: unknown }).allowedValue) }), path, part: 'value' };
    }
    case 'format':
    case 'pattern': {
      if (parent?.format === 'ngay-ban-hanh') {
        // Both keywords fail for a badly shaped date; report once, from `pattern`.
        const check = checkIsoDate(value);
        if (error.keyword === 'format' && !check.shapeOk) return undefined;
        if (check.shapeOk && !check.ok) {
          return { message: localize(m.dateImpossible, lang, { title, value, month: check.month, year: check.year, days: check.daysInMonth }), path, part: 'value' };
        }
        return { message: localize(m.dateShape, lang, { title, value }), path, part: 'value' };
      }
      return { message: localize(m.pattern, lang, { title, value }) + hintOf(error, lang), path, part: 'value' };
    }
    case 'minLength':
    case 'minProperties':
      return { message: localize(m.empty, lang, { title }), path, part: 'value' };
    case 'minItems':
      return { message: localize(m.emptyList, lang, { title, min: String((error.params as { limit: number }).limit) }), path, part: 'value' };
    case 'anyOf': {
      const branches = ((error.schema as Schema[]) ?? []).flatMap((b) => branchTypes(schema, b));
      const expected = [...new Set(branches)].map((t) => typeNames[t]?.[lang] ?? t).join(lang === 'vi' ? ' hoặc ' : ' or ');
      return { message: localize(m.anyOf, lang, { title, expected }), path, part: 'value' };
    }
    default:
      return { message: localize(m.generic, lang, { title, detail: error.message ?? error.keyword }), path, part: 'value' };
  }
}

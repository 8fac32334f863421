// The document-type registry is the one table of types: the schema's `loai` values, its
// per-type required keys, the profiles' ký hiệu codes, the templates and skeletons must agree
// with it, so that adding a type is one entry plus its wording.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_TYPE_IDS, DOC_TYPE_REGISTRY, NEW_DOC_TYPES } from '../../src/plan/doc-types.js';
import { loadProfile } from '../../src/profile/index.js';
import { parseDocType } from '../../src/scaffold/doc-types.js';

const schema = JSON.parse(readFileSync('schemas/plan.schema.json', 'utf8'));

/** The keys the schema requires for a plan of this type, from its if/then/else clauses. */
function schemaRequired(type: string): string[] {
  const keys = new Set<string>();
  for (const clause of schema.allOf as any[]) {
    const matches = clause.if?.properties?.loai?.const === type;
    for (const key of (matches ? clause.then?.required : clause.else?.required) ?? []) keys.add(key);
  }
  return [...keys].sort();
}

describe('document-type registry', () => {
  it('lists exactly the schema’s loai values', () => {
    expect([...schema.properties.loai.enum].sort()).toEqual([...DOC_TYPE_IDS].sort());
  });

  it.each(DOC_TYPE_IDS)('%s: the schema requires the registry’s parts', (id) => {
    expect(schemaRequired(id)).toEqual([...DOC_TYPE_REGISTRY[id].required].sort());
  });

  it.each([['nd30', 'state'], ['dang-hd36', 'party'], ['dang-hd05', 'party']] as const)('%s agrees with the registry’s ký hiệu codes', (id, system) => {
    const profile = loadProfile(id);
    for (const type of DOC_TYPE_IDS) {
      expect([type, profile.viet_tat_ten_loai[type] ?? null]).toEqual([type, DOC_TYPE_REGISTRY[type].code[system]]);
    }
  });

  it('every type dvk new starts has a skeleton and a wording file', () => {
    expect(NEW_DOC_TYPES.map((e) => e.newWord)).toEqual(['kehoach', 'huongdan', 'baocao', 'thongbao', 'quyetdinh', 'congvan']);
    for (const entry of NEW_DOC_TYPES) {
      expect(existsSync(`templates/skeletons/${entry.id}.yaml.hbs`)).toBe(true);
      expect(existsSync(`templates/${entry.id}.yaml`)).toBe(true);
    }
  });

  it('dvk new takes the command word, the code and the English name', () => {
    for (const [word, type] of [['quyetdinh', 'quyet_dinh'], ['QĐ', 'quyet_dinh'], ['quyết định', 'quyet_dinh'], ['decision', 'quyet_dinh'], ['congvan', 'cong_van'], ['CV', 'cong_van'], ['công văn', 'cong_van']]) {
      expect(parseDocType(word!)).toEqual({ type });
    }
  });
});

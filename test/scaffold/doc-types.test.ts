import { describe, expect, it } from 'vitest';
import { parseDocType } from '../../src/scaffold/doc-types.js';

describe('document types for dvk new', () => {
  it.each([
    ['kehoach', 'ke_hoach'], ['ke_hoach', 'ke_hoach'], ['ke-hoach', 'ke_hoach'], ['Kế hoạch', 'ke_hoach'], ['KH', 'ke_hoach'],
    ['huongdan', 'huong_dan'], ['huong-dan', 'huong_dan'], ['baocao', 'bao_cao'], ['bao_cao', 'bao_cao'], ['thongbao', 'thong_bao'], ['thông báo', 'thong_bao'],
  ])('accepts %s', (word, type) => {
    expect(parseDocType(word)).toEqual({ type });
  });

  it('suggests the nearest type for a typo', () => {
    const result = parseDocType('kehoch');
    expect('error' in result && result.suggestion).toBe('ke_hoach');
    const far = parseDocType('bienban');
    expect('error' in far && far.suggestion).toBeFalsy();
  });
});
